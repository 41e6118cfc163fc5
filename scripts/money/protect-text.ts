import { ConfigError, InputError } from '../core/errors.js';
import { partsToMessage, type MessagePart } from '../core/message.js';
import type { DateSpan, MoneySpan, NumberSpan, ProtectedSpan, StatedAmount } from '../core/segment.js';
import {
  approximateGroup,
  compileDetectionPattern,
  mainMoneyGroups,
  numberGroup,
  percentGroup,
  statedMoneyGroups,
  type DetectionPattern,
  type MoneyGroups,
} from './detection-pattern.js';
import { dayNumberOf, formatIsoDate, parseIsoDate } from './iso-date.js';
import { sourceVocabularies } from './vocabulary/index.js';
import { inferYear } from './year-inference.js';
import { compileToMachineCode } from '../util/machine-code-regex.js';

export interface ProtectOptions {
  /** Language of the text (BCP 47); its primary subtag picks the vocabulary. */
  readonly lang: string;
  /** Publication date of the article, YYYY-MM-DD; completes dates written without a year. */
  readonly articleDate: string;
}

export interface ProtectedText {
  /** Sorted by `start`; placeholders are numbered per kind in order of appearance: m1, m2…, n1…, d1…. */
  readonly spans: ProtectedSpan[];
  /** The text as an ICU message, each span replaced by its `{placeholder}`. */
  readonly message: string;
}

const patterns = new Map<string, DetectionPattern>(
  [...sourceVocabularies].map(([lang, vocabulary]) => [lang, compileDetectionPattern(vocabulary)]),
);

/** Every detectable expression contains a digit; text without one is skipped without a scan. */
const digit = /\d/;

/** Source languages `protectText` can read. */
export const protectableLanguages: readonly string[] = [...patterns.keys()];

/**
 * Finds the money amounts, numbers and dates in a source text that translators
 * must not retype, and returns them as spans together with the text as an ICU
 * message in which each one is a placeholder.
 *
 * What counts as a number: a digit sequence that stands for a quantity
 * ("3,000", "26", "1.5", the "15" of "15 years"); a percent sign right after
 * it belongs to the span ("5%"). Left as text: number words ("Eighteen"),
 * digits inside words or identifiers ("COVID-19", "G7", "F-16", "2021/22",
 * "10:30", "5th"), numbers after a label word of the language ("Chapter 11",
 * "Article 5", "Boeing 737"), digits joined by a hyphen ("3-1"), numbers
 * with a leading zero, and integers of four or more digits written without
 * grouping ("2022", "1000"), because English writes quantities from 1,000 with
 * a separator and an ungrouped one is a year, an address or an id that locale
 * grouping would corrupt. Digits that belong to a date or an amount of money
 * are part of that span.
 *
 * A parenthesis that states the amount in other currencies right after it
 * ("60 KZT (10 rubles)", "260.75bn roubles ($9.37bn: £4.8bn)") belongs to the
 * money span and fills `stated`, one entry per equivalent.
 *
 * @throws ConfigError when there is no vocabulary for `lang`.
 * @throws InputError when `articleDate` is not a real YYYY-MM-DD date.
 */
export function protectText(text: string, options: ProtectOptions): ProtectedText {
  const pattern = patternFor(options.lang);
  if (parseIsoDate(options.articleDate) === null) {
    throw new InputError(`article date must be a real date written YYYY-MM-DD, got "${options.articleDate}"`);
  }
  if (!digit.test(text)) return { spans: [], message: partsToMessage([{ type: 'text', value: text }]) };

  const spans: ProtectedSpan[] = [];
  const counters = { money: 0, number: 0, date: 0 };
  const scan = pattern.scan;
  scan.lastIndex = 0;
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const groups = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (groups[numberGroup] !== undefined) {
      const number = numberSpan(pattern, groups[numberGroup], start, counters, groups[percentGroup]);
      if (number) spans.push(number);
    } else if (groups['dmDay'] !== undefined || groups['mdDay'] !== undefined) {
      const date = dateSpan(pattern, groups, start, end, options.articleDate, counters);
      if (date) {
        spans.push(date);
      } else {
        // Not a real day ("31 February"): read the day as a plain number and go on after it.
        const dayStart = groups['dmDay'] !== undefined ? start : start + groups['mdMonth']!.length + 1;
        pattern.numberAt.lastIndex = dayStart;
        const number = pattern.numberAt.exec(text);
        const numberText = number?.groups?.[numberGroup];
        const fallback = numberText === undefined ? undefined : numberSpan(pattern, numberText, dayStart, counters, number?.groups?.[percentGroup]);
        if (fallback) spans.push(fallback);
        scan.lastIndex = numberText === undefined ? dayStart + 1 : dayStart + numberText.length;
      }
    } else {
      spans.push(moneySpan(pattern, groups, start, end, counters, match[0]));
    }
  }
  return { spans, message: messageOf(text, spans) };
}

/** The patterns this thread has had compiled to machine code (`compileToMachineCode`). */
const compiledPatterns = new Set<DetectionPattern>();

function patternFor(lang: string): DetectionPattern {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const pattern = patterns.get(primary);
  if (!pattern) {
    throw new ConfigError(
      `no number, money and date vocabulary for source language "${lang}"; available: ${protectableLanguages.join(', ')}`,
    );
  }
  if (!compiledPatterns.has(pattern)) {
    for (const regex of [pattern.scan, pattern.numberAt, pattern.statedItem]) compileToMachineCode(regex);
    compiledPatterns.add(pattern);
  }
  return pattern;
}

type Counters = Record<ProtectedSpan['kind'], number>;

function nextPlaceholder(kind: ProtectedSpan['kind'], counters: Counters): string {
  counters[kind] += 1;
  return `${kind.charAt(0)}${counters[kind]}`;
}

interface ParsedAmount {
  readonly value: number;
  readonly fractionDigits: number;
  readonly grouped: boolean;
}

function parseAmount(pattern: DetectionPattern, text: string): ParsedAmount {
  let digits = '';
  let fractionDigits = 0;
  let grouped = false;
  let inFraction = false;
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      digits += char;
      if (inFraction) fractionDigits++;
    } else if (!inFraction && char === pattern.decimalSeparator) {
      digits += '.';
      inFraction = true;
    } else if (pattern.groupSeparators.has(char)) {
      grouped = true;
    }
  }
  return { value: Number(digits), fractionDigits, grouped };
}

function numberSpan(
  pattern: DetectionPattern,
  text: string,
  start: number,
  counters: Counters,
  percentSign: string | undefined,
): NumberSpan | null {
  const amount = parseAmount(pattern, text);
  const integerDigits = text.length;
  const isInteger = amount.fractionDigits === 0;
  if (isInteger && !amount.grouped && integerDigits >= 4) return null;
  if (isInteger && !amount.grouped && integerDigits > 1 && text.startsWith('0')) return null;
  const span: NumberSpan = {
    kind: 'number',
    start,
    end: start + text.length + (percentSign?.length ?? 0),
    placeholder: nextPlaceholder('number', counters),
    value: amount.value,
    fractionDigits: amount.fractionDigits,
  };
  return percentSign === undefined ? span : { ...span, percent: true };
}

function dateSpan(
  pattern: DetectionPattern,
  groups: Record<string, string | undefined>,
  start: number,
  end: number,
  articleDate: string,
  counters: Counters,
): DateSpan | null {
  const dayMonth = groups['dmDay'] !== undefined;
  const day = Number(dayMonth ? groups['dmDay'] : groups['mdDay']);
  const month = pattern.monthByName.get((dayMonth ? groups['dmMonth'] : groups['mdMonth']) ?? '');
  const yearText = dayMonth ? groups['dmYear'] : groups['mdYear'];
  if (month === undefined) return null;
  let date: string | null;
  if (yearText !== undefined) {
    const dayNumber = dayNumberOf(Number(yearText), month, day);
    date = dayNumber === null ? null : formatIsoDate(dayNumber);
  } else {
    date = inferYear(month, day, articleDate);
  }
  if (date === null) return null;
  return {
    kind: 'date',
    start,
    end,
    placeholder: nextPlaceholder('date', counters),
    date,
    yearStated: yearText !== undefined,
  };
}

function moneySpan(
  pattern: DetectionPattern,
  groups: Record<string, string | undefined>,
  start: number,
  end: number,
  counters: Counters,
  matched: string,
): MoneySpan {
  const main = readMoney(pattern, groups, mainMoneyGroups);
  const base: MoneySpan = {
    kind: 'money',
    start,
    end,
    placeholder: nextPlaceholder('money', counters),
    amount: main.amount,
    currency: main.currency,
    ...(main.compact ? { compact: true } : {}),
  };
  const statedText = groups['stated'];
  if (statedText === undefined) return base;
  const statedStart = start + matched.length - statedText.length;
  const stated: StatedAmount[] = [];
  const items = pattern.statedItem;
  items.lastIndex = 0;
  for (let item = items.exec(statedText); item !== null; item = items.exec(statedText)) {
    const itemGroups = item.groups!;
    const money = readMoney(pattern, itemGroups, statedMoneyGroups);
    stated.push({
      ...money,
      approximate: itemGroups[approximateGroup] !== undefined,
      start: statedStart + item.index,
      end: statedStart + item.index + item[0].length,
    });
  }
  return { ...base, stated };
}

function readMoney(
  pattern: DetectionPattern,
  groups: Record<string, string | undefined>,
  names: MoneyGroups,
): { amount: number; currency: string; compact: boolean } {
  const prefixed = groups[names.prefixAmount] !== undefined;
  const amountText = (prefixed ? groups[names.prefixAmount] : groups[names.suffixAmount]) ?? '';
  const scaleText = (prefixed ? groups[names.prefixScale] : groups[names.suffixScale])?.trim();
  const currencyText = prefixed
    ? groups[names.prefixCurrency]
    : (groups[names.suffixCurrency] ?? groups[names.suffixName]);
  const scale = scaleText === undefined ? 1 : (pattern.scaleByWord.get(scaleText) ?? 1);
  const value = parseAmount(pattern, amountText).value * scale;
  return {
    // Scaling by a power of ten can leave binary noise (1.1 × 10^6); the source had no such digits.
    amount: scale === 1 ? value : Number(value.toPrecision(15)),
    currency: pattern.currencyByToken.get(currencyText ?? '') ?? '',
    compact: scale !== 1,
  };
}

function messageOf(text: string, spans: readonly ProtectedSpan[]): string {
  const parts: MessagePart[] = [];
  let position = 0;
  for (const span of spans) {
    if (span.start > position) parts.push({ type: 'text', value: text.slice(position, span.start) });
    parts.push({ type: 'placeholder', name: span.placeholder });
    position = span.end;
  }
  if (position < text.length) parts.push({ type: 'text', value: text.slice(position) });
  return partsToMessage(parts);
}
