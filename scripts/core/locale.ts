const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const checked = new Map<string, LanguageCodeCheck>();

export type LanguageCodeCheck =
  | { readonly ok: true; readonly canonical: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Accepts a BCP 47 language tag that `Intl.getCanonicalLocales` accepts and
 * whose language subtag CLDR knows by name ("kk", "de-CH", "sr-Latn"); rejects
 * malformed tags and unknown languages ("xx", "qaa", "kz" — a country). Returns
 * the canonical spelling, which may differ in case ("EN" → "en").
 */
export function checkLanguageCode(code: string): LanguageCodeCheck {
  let result = checked.get(code);
  if (!result) {
    result = check(code);
    checked.set(code, result);
  }
  return result;
}

/** Whether `code` passes `checkLanguageCode`. */
export function isKnownLocale(code: string): boolean {
  return checkLanguageCode(code).ok;
}

function check(code: string): LanguageCodeCheck {
  let canonical: string;
  let language: string;
  try {
    const [first] = Intl.getCanonicalLocales(code);
    if (first === undefined) return { ok: false, reason: `'${code}' is not a BCP 47 language tag` };
    canonical = first;
    language = new Intl.Locale(canonical).language;
  } catch {
    return { ok: false, reason: `'${code}' is not a BCP 47 language tag` };
  }
  let name: string | undefined;
  try {
    name = languageNames.of(language);
  } catch {
    name = undefined;
  }
  if (name === undefined || name === language || language === 'und') {
    return { ok: false, reason: `unknown language code '${code}' (CLDR has no language '${language}')` };
  }
  return { ok: true, canonical };
}
