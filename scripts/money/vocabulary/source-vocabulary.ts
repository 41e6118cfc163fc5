/**
 * The words and conventions of one source language that money, number and date
 * detection needs. Everything language-specific lives here as data; the
 * detection pattern is built from it once, at module load.
 */
export interface SourceVocabulary {
  /** Language subtag, e.g. `en`. */
  readonly lang: string;
  /** Characters allowed between groups of three digits ("3,000", "3 000", "3.000"). */
  readonly groupSeparators: readonly string[];
  readonly decimalSeparator: string;
  /**
   * Month names and abbreviations as they appear in dates, twelve entries from
   * January. Matched as written and with the first letter upper-cased.
   */
  readonly months: readonly (readonly string[])[];
  /** Orders in which day and month are written: "7 January" is day-month, "January 7" month-day. */
  readonly dateOrders: readonly ('day-month' | 'month-day')[];
  /** Optional marks right after the day number: "th" in "5th", "." in German "2. Januar". */
  readonly daySuffixes: readonly string[];
  /** Optional words after the year that belong to the date: Russian "2022 года". */
  readonly yearSuffixes: readonly string[];
  /** Currency names written after an amount, by ISO 4217 code; every form that can follow a number. */
  readonly currencyNames: Readonly<Record<string, readonly string[]>>;
  /** Currency symbols, written before or after an amount, and the ISO 4217 code each stands for. */
  readonly currencySymbols: Readonly<Record<string, string>>;
  /** Scale words written after a number and a space: "5 million", "5 млн". */
  readonly scaleWords: Readonly<Record<string, number>>;
  /** Scale abbreviations written directly after the digits: "$2bn", "3m". */
  readonly scaleSuffixes: Readonly<Record<string, number>>;
  /** Words that may open a stated conversion in parentheses: "(about $0.14)". */
  readonly approximately: readonly string[];
  /**
   * What may stand between two equivalents stated in one parenthesis:
   * "($9.37bn: £4.8bn)", "($5bn / £4bn)", "($5bn or £4bn)". Marks and words;
   * a word needs spaces around it.
   */
  readonly equivalentSeparators: readonly string[];
  /**
   * Words after which a number is a name, not a quantity: "Chapter 11",
   * "Article 5", "Boeing 737". Matched as written and with the first letter
   * upper-cased; the number stays text.
   */
  readonly labelWords: readonly string[];
  /** ISO 4217 codes that are also common upper-case words here ("ALL", "TOP"); not taken as currencies. */
  readonly ambiguousCodes: readonly string[];
}

/** Symbols whose meaning does not depend on the language of the text. */
export const commonCurrencySymbols: Readonly<Record<string, string>> = {
  'US$': 'USD',
  'A$': 'AUD',
  'C$': 'CAD',
  'HK$': 'HKD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₸': 'KZT',
  '₽': 'RUB',
  '₴': 'UAH',
  '₹': 'INR',
  '₺': 'TRY',
  '₾': 'GEL',
};
