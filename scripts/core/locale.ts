const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A well-formed BCP 47 tag whose language CLDR knows ("ru", "kk", "de-AT").
 * Catches typos such as "kz" (a country, not a language) or "ua".
 */
export function isKnownLocale(code: string): boolean {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(code);
  } catch {
    return false;
  }
  const language = new Intl.Locale(canonical).language;
  return languageNames.of(language) !== undefined && languageNames.of(language) !== language;
}
