import { closestMatch } from './edit-distance.js';

// Made on first use: loading the display-name data costs every command a few milliseconds at start.
let languageNames: Intl.DisplayNames | undefined;
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

/** Which ICU data `checkLanguageCode`'s answers come from: they hold for as long as it is the same. */
export const languageDataVersion = `icu ${process.versions.icu ?? '-'}, cldr ${process.versions.cldr ?? '-'}, unicode ${process.versions.unicode ?? '-'}`;

/** The codes `checkLanguageCode` accepted in this process, each with its canonical spelling. */
export function acceptedLanguageCodes(): Record<string, string> {
  return Object.fromEntries([...checked].flatMap(([code, result]) => (result.ok ? [[code, result.canonical]] : [])));
}

/**
 * Takes codes accepted in an earlier process with the same `languageDataVersion`
 * (`acceptedLanguageCodes`), so they are not checked against CLDR again:
 * making ICU's display names costs a command 15 to 25 ms at start.
 * Anything but a map of strings to strings is ignored.
 */
export function adoptAcceptedLanguageCodes(codes: unknown): void {
  if (typeof codes !== 'object' || codes === null || Array.isArray(codes)) return;
  for (const [code, canonical] of Object.entries(codes)) {
    if (typeof canonical === 'string' && !checked.has(code)) checked.set(code, { ok: true, canonical });
  }
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
    name = (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(language);
  } catch {
    name = undefined;
  }
  if (name === undefined || name === language || language === 'und') {
    return { ok: false, reason: `unknown language code '${code}' (CLDR has no language '${language}')` };
  }
  return { ok: true, canonical };
}

let regionNames: Intl.DisplayNames | undefined;
let twoLetterLanguages: string[] | undefined;

/** Every two-letter language code CLDR names, computed once and only when a suggestion is needed. */
function knownTwoLetterLanguages(): string[] {
  if (!twoLetterLanguages) {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    twoLetterLanguages = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter((code) => isKnownLocale(code));
  }
  return twoLetterLanguages;
}

/**
 * The locale code someone most likely meant by an unknown or unexpected
 * `code`: the nearest of `preferred` (the project's locales) by spelling; else,
 * when `code` is no language but a country code ("kz", "ua"), the language of
 * that country (by CLDR's likely subtags) spelled closest to it ("kk", "uk"),
 * or its most likely language ("cn" → "zh").
 */
export function suggestLocale(code: string, preferred: readonly string[] = []): string | undefined {
  const near = closestMatch(code, preferred);
  if (near !== undefined || isKnownLocale(code)) return near;
  const region = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) return undefined;
  let regionName: string | undefined;
  try {
    regionName = (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })).of(region);
  } catch {
    regionName = undefined;
  }
  if (regionName === undefined || regionName === region) return undefined;
  const spoken = knownTwoLetterLanguages().filter((language) => language !== code.toLowerCase() && new Intl.Locale(language).maximize().region === region);
  return closestMatch(code, spoken) ?? new Intl.Locale(`und-${region}`).maximize().language;
}

/** ` (did you mean "kk"?)` or nothing, for the end of an error message. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}
