/** Money, numbers and dates: detection as protected placeholders, dated currency conversion, per-locale formatting. */
export { protectText, protectableLanguages, type ProtectOptions, type ProtectedText } from './protect-text.js';
export { inferYear } from './year-inference.js';
export { sourceVocabularies, type SourceVocabulary } from './vocabulary/index.js';
export { loadRates, parseRates } from './parse-rates.js';
export { convert, resolveRate, RateError, type ConvertOptions, type RatePath } from './convert.js';
export { pairName, type Conversion, type RateRow, type RateSource, type RateTable, type RateUsed } from './rate-table.js';
export {
  defaultPolicyFor,
  parseMoneyPolicy,
  policyForLocale,
  type CurrencyDisplay,
  type LocaleMoneyPolicy,
  type MoneyMode,
  type MoneyOverride,
  type MoneyPolicy,
  type MoneyRounding,
} from './money-policy.js';
export { equivalentPatterns, type EquivalentPatterns } from './equivalent-patterns.js';
export { createValueFormatter, type ValueFormatter, type ValueFormatterOptions } from './value-formatter.js';
export { checkStatedConversion, type StatedConversionFinding } from './stated-conversion.js';
export { currencyCodes, isCurrencyCode } from './currency-codes.js';
export { plainAmount } from './plain-amount.js';
export { readerCurrency } from './reader-currency.js';
export type { MoneySpan, NumberSpan, DateSpan, ProtectedSpan, StatedAmount } from '../core/segment.js';
