/**
 * Well-formed BCP 47 language tags (RFC 5646 §2.1, "langtag", "privateuse" and the irregular
 * grandfathered tags); validity against the IANA registry is not checked.
 */
const alnum = '[a-z0-9]';
const langtag =
  `(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})` +
  `(?:-[a-z]{4})?` +
  `(?:-(?:[a-z]{2}|[0-9]{3}))?` +
  `(?:-(?:${alnum}{5,8}|[0-9]${alnum}{3}))*` +
  `(?:-[0-9a-wyz](?:-${alnum}{2,8})+)*` +
  `(?:-x(?:-${alnum}{1,8})+)?`;
const privateUse = `x(?:-${alnum}{1,8})+`;
const irregular =
  'en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de';
const pattern = new RegExp(`^(?:${langtag}|${privateUse}|${irregular})$`, 'i');

export function isWellFormedLanguageTag(tag: string): boolean {
  return pattern.test(tag);
}

/** BCP 47 tags compare without regard to case. */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
