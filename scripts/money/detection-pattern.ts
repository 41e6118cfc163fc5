import { currencyCodes } from './currency-codes.js';
import type { SourceVocabulary } from './vocabulary/index.js';

/**
 * The compiled form of one source language's vocabulary: a single global
 * regular expression that finds dates, money and numbers in one pass, and the
 * lookup tables that turn its captures into values.
 *
 * Alternatives are tried in this order at each position, so the longer reading
 * wins: a date ("7 January"), then money ("60 KZT (10 rubles)"), then a bare
 * number ("3,000").
 */
export interface DetectionPattern {
  readonly lang: string;
  /** Global and Unicode-aware; reset `lastIndex` before each scan. */
  readonly scan: RegExp;
  /** Sticky: a bare number exactly at `lastIndex`, for a date candidate that names no real day. */
  readonly numberAt: RegExp;
  /** Global: each equivalent inside the `stated` capture of `scan` ("$9.37bn" and "£4.8bn" of "($9.37bn: £4.8bn)"). */
  readonly statedItem: RegExp;
  readonly monthByName: ReadonlyMap<string, number>;
  /** ISO codes, symbols and names, each mapped to its ISO 4217 code. */
  readonly currencyByToken: ReadonlyMap<string, string>;
  readonly scaleByWord: ReadonlyMap<string, number>;
  readonly groupSeparators: ReadonlySet<string>;
  readonly decimalSeparator: string;
}

/** Group names of one money expression; the main amount and a stated conversion each have a set. */
export interface MoneyGroups {
  readonly prefixCurrency: string;
  readonly prefixAmount: string;
  readonly prefixScale: string;
  readonly suffixAmount: string;
  readonly suffixScale: string;
  readonly suffixCurrency: string;
  readonly suffixName: string;
}

export const mainMoneyGroups = moneyGroups('m');
export const statedMoneyGroups = moneyGroups('s');

/** Group names of the number alternative, of a percent sign after it and of the "about" before an equivalent. */
export const numberGroup = 'number';
export const percentGroup = 'percent';
export const approximateGroup = 'approximate';

function moneyGroups(tag: string): MoneyGroups {
  return {
    prefixCurrency: `${tag}PrefixCurrency`,
    prefixAmount: `${tag}PrefixAmount`,
    prefixScale: `${tag}PrefixScale`,
    suffixAmount: `${tag}SuffixAmount`,
    suffixScale: `${tag}SuffixScale`,
    suffixCurrency: `${tag}SuffixCurrency`,
    suffixName: `${tag}SuffixName`,
  };
}

const space = '\\s';
/**
 * Not inside a word or an identifier: no letter or digit right before, nor a
 * letter or digit joined by a hyphen, dash, slash, dot or colon ("COVID-19",
 * "F-16", "2021/22", "v1.2", "10:30"), nor a digit and a comma.
 */
const notAfterWordOrId = '(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}][\\-\\u2010-\\u2013/.:]|\\p{N},)';
/** The same at the end: no letter or digit follows, nor a joiner and a digit ("2-1", "1.2.3", "10:30"). */
const notBeforeWordOrId = '(?![\\p{L}\\p{N}_]|[\\-\\u2010-\\u2013/:.,]\\p{N})';

export function compileDetectionPattern(vocabulary: SourceVocabulary): DetectionPattern {
  const monthByName = new Map<string, number>();
  vocabulary.months.forEach((names, index) => {
    for (const name of withCapitalized(names)) monthByName.set(name, index + 1);
  });

  const ambiguous = new Set(vocabulary.ambiguousCodes);
  const codes = [...currencyCodes].filter((code) => !ambiguous.has(code));
  const symbols = Object.keys(vocabulary.currencySymbols);
  const names = Object.values(vocabulary.currencyNames).flatMap((forms) => withCapitalized(forms));

  const currencyByToken = new Map<string, string>();
  for (const code of codes) currencyByToken.set(code, code);
  for (const [symbol, code] of Object.entries(vocabulary.currencySymbols)) currencyByToken.set(symbol, code);
  for (const [code, forms] of Object.entries(vocabulary.currencyNames)) {
    for (const form of withCapitalized(forms)) currencyByToken.set(form, code);
  }

  const scaleByWord = new Map<string, number>([
    ...Object.entries(vocabulary.scaleWords),
    ...Object.entries(vocabulary.scaleSuffixes),
  ]);

  const amount = amountSource(vocabulary);
  const codeOrSymbol = alternation([...codes, ...symbols]);
  const scale = [
    Object.keys(vocabulary.scaleWords).length > 0 ? `${space}(?:${alternation(Object.keys(vocabulary.scaleWords))})` : '',
    Object.keys(vocabulary.scaleSuffixes).length > 0 ? `(?:${alternation(Object.keys(vocabulary.scaleSuffixes))})` : '',
  ]
    .filter((part) => part !== '')
    .join('|');

  // Without group names (`null`) for the repeated equivalents of a stated group: a name may occur only once.
  const group = (name: string | undefined): string => (name === undefined ? '(?:' : `(?<${name}>`);
  const money = (groups: MoneyGroups | null): string =>
    `(?:${group(groups?.prefixCurrency)}${codeOrSymbol})${space}?${group(groups?.prefixAmount)}${amount})${scale === '' ? '' : `${group(groups?.prefixScale)}${scale})?`}` +
    `|${group(groups?.suffixAmount)}${amount})${scale === '' ? '' : `${group(groups?.suffixScale)}${scale})?`}` +
    `(?:${space}?${group(groups?.suffixCurrency)}${codeOrSymbol})|${space}${group(groups?.suffixName)}${alternation(names)})))`;

  const approximately = withCapitalized(vocabulary.approximately);
  const opener = (name: string | undefined): string => `${group(name)}(?:${alternation(approximately)})${space}|[≈~]${space}?)?`;
  const item = (groups: MoneyGroups | null): string =>
    `${opener(groups === null ? undefined : approximateGroup)}${money(groups)}${notBeforeWordOrId}`;
  const marks = vocabulary.equivalentSeparators.filter((separator) => !/\p{L}/u.test(separator));
  const words = vocabulary.equivalentSeparators.filter((separator) => /\p{L}/u.test(separator));
  const wordSeparator = words.length > 0 ? `(?:${alternation(words)})${space}+` : '';
  const separator = [
    marks.length > 0 ? `${space}*(?:${alternation(marks)})${space}*${wordSeparator === '' ? '' : `(?:${wordSeparator})?`}` : '',
    wordSeparator === '' ? '' : `${space}+${wordSeparator}`,
  ]
    .filter((part) => part !== '')
    .join('|');
  const more = separator === '' ? '' : `(?:(?:${separator})${item(null)})*`;
  const stated = `(?<stated>${space}?\\(${space}*${item(null)}${more}${space}*\\))?`;

  const labels = withCapitalized(vocabulary.labelWords);
  // "Chapter 11", "Article 5": the number names something; a label word counts only as a whole word.
  const notAfterLabel = labels.length > 0 ? `(?<!(?<![\\p{L}\\p{N}_])(?:${alternation(labels)})${space})` : '';
  const bareNumber = `${notAfterLabel}(?<${numberGroup}>${amount})(?:(?<${percentGroup}>[ \\u00A0\\u202F]?%)|${notBeforeWordOrId})`;

  const months = alternation([...monthByName.keys()]);
  const daySuffix = vocabulary.daySuffixes.length > 0 ? `(?:${alternation(vocabulary.daySuffixes)})?` : '';
  const yearSuffix =
    vocabulary.yearSuffixes.length > 0 ? `(?:${space}(?:${alternation(vocabulary.yearSuffixes)}))?` : '';
  const year = (name: string): string => `(?:,?${space}(?<${name}>\\d{4})${yearSuffix})?`;

  const alternatives: string[] = [];
  if (vocabulary.dateOrders.includes('day-month')) {
    alternatives.push(
      `(?<dmDay>\\d{1,2})${daySuffix}${space}(?<dmMonth>${months})${year('dmYear')}${notBeforeWordOrId}`,
    );
  }
  if (vocabulary.dateOrders.includes('month-day')) {
    alternatives.push(
      `(?<mdMonth>${months})${space}(?<mdDay>\\d{1,2})${daySuffix}${year('mdYear')}${notBeforeWordOrId}`,
    );
  }
  alternatives.push(`${money(mainMoneyGroups)}${notBeforeWordOrId}${stated}`);
  alternatives.push(bareNumber);

  return {
    lang: vocabulary.lang,
    scan: new RegExp(`${notAfterWordOrId}(?:${alternatives.join('|')})`, 'gu'),
    numberAt: new RegExp(`${notAfterWordOrId}${bareNumber}`, 'uy'),
    statedItem: new RegExp(item(statedMoneyGroups), 'gu'),
    monthByName,
    currencyByToken,
    scaleByWord,
    groupSeparators: new Set(vocabulary.groupSeparators),
    decimalSeparator: vocabulary.decimalSeparator,
  };
}

/** Digits grouped by threes with the language's separators, or plain digits; an optional decimal part. */
function amountSource(vocabulary: SourceVocabulary): string {
  const group = `[${vocabulary.groupSeparators.map(escapeInClass).join('')}]`;
  const decimal = escapeRegExp(vocabulary.decimalSeparator);
  return `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}\\d+)?`;
}

/** Longest first, so "US$" is tried before "$" and "Russian rubles" before "Russian ruble". */
function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(escapeRegExp)
    .join('|');
}

function withCapitalized(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const capitalized = word.charAt(0).toLocaleUpperCase() + word.slice(1);
    return capitalized === word ? [word] : [word, capitalized];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeInClass(char: string): string {
  return /[\\\]^-]/.test(char) ? `\\${char}` : char;
}
