/**
 * How an amount and its converted equivalent are put together, per locale, as
 * ICU messages: `both` for "60 ₸ (≈10 ₽)", `convertedOnly` for "≈10 ₽". This is
 * the only composition around amounts; the amounts themselves come from Intl.
 */
export interface EquivalentPatterns {
  /** Arguments: `{original}` and `{converted}`, both already formatted. */
  readonly both: string;
  /** Argument: `{converted}`. */
  readonly convertedOnly: string;
}

const approximateInParentheses: EquivalentPatterns = {
  both: '{original} (≈{converted})',
  convertedOnly: '≈{converted}',
};

/** By language subtag; a locale without an entry uses `fallbackEquivalentPatterns`. */
export const equivalentPatterns: Readonly<Record<string, EquivalentPatterns>> = {
  en: approximateInParentheses,
  ru: approximateInParentheses,
  uk: approximateInParentheses,
  kk: approximateInParentheses,
  de: approximateInParentheses,
};

export const fallbackEquivalentPatterns = approximateInParentheses;

export function equivalentPatternsFor(locale: string): EquivalentPatterns {
  return equivalentPatterns[locale] ?? equivalentPatterns[locale.split('-')[0] ?? ''] ?? fallbackEquivalentPatterns;
}
