/**
 * How an amount and its equivalents are put together, per locale, as ICU
 * messages: `withEquivalents` for "60 ₸ (10 ₽)", `approximate` for a
 * computed or approximately stated equivalent, "≈10 ₽". Several equivalents
 * are joined as CLDR's "or" list ("9,37 млрд $ или 4,8 млрд £"). This is the
 * only composition around amounts; the amounts themselves come from Intl.
 */
export interface EquivalentPatterns {
  /** Arguments: `{original}` and `{equivalents}`, both already formatted. */
  readonly withEquivalents: string;
  /** Argument: `{amount}`. */
  readonly approximate: string;
}

const inParentheses: EquivalentPatterns = {
  withEquivalents: '{original} ({equivalents})',
  approximate: '≈{amount}',
};

/** By language subtag; a locale without an entry uses `fallbackEquivalentPatterns`. */
export const equivalentPatterns: Readonly<Record<string, EquivalentPatterns>> = {
  en: inParentheses,
  ru: inParentheses,
  uk: inParentheses,
  kk: inParentheses,
  de: inParentheses,
};

export const fallbackEquivalentPatterns = inParentheses;

export function equivalentPatternsFor(locale: string): EquivalentPatterns {
  return equivalentPatterns[locale] ?? equivalentPatterns[locale.split('-')[0] ?? ''] ?? fallbackEquivalentPatterns;
}
