import { isProtected, type DateSpan, type MoneySpan, type NumberSpan, type ProtectedSpan, type Span, type StatedAmount } from '../core/segment.js';
import { RateError, resolveRate, type RatePath } from './convert.js';
import { parseIsoDate } from './iso-date.js';
import { formatDay, formatNumber as formatNumberIn, formatOrList, formatPattern, patternIds, type AmountFormatOptions } from './locale-intl.js';
import type { LocaleMoneyPolicy } from './money-policy.js';
import type { Conversion, RateTable } from './rate-table.js';

export interface ValueFormatterOptions {
  /** Target locale, BCP 47. */
  readonly locale: string;
  readonly policy: LocaleMoneyPolicy;
  readonly rates: RateTable;
  /** Amounts are converted with the rates in force on this day, YYYY-MM-DD. */
  readonly articleDate: string;
  /** Use the nearest earlier rate when none is in force on the article date (reported in the conversion's warnings). */
  readonly allowEarlierRates?: boolean;
  /** The article the values belong to (its file), named when a rate is missing. */
  readonly article?: string;
}

export interface ValueFormatter {
  /** The span's value as the locale writes it: "60 ₸ (10 ₽)", "3 000", "30 %", "2 января". */
  format(span: ProtectedSpan): string;
  /** Placeholder → formatted value for the protected spans among `spans` (terms are skipped). */
  values(spans: readonly Span[]): Record<string, string>;
  /** Every conversion made so far, one per converted amount, with the rates used. */
  readonly conversions: readonly Conversion[];
}

/** Compact notation is used only for amounts this round ("1.5 billion", not 1,234,567). */
const maxCompactSignificantDigits = 3;

/**
 * Formats protected values for one target locale. Numbers, amounts, percentages
 * and dates come from ICU through `@formatjs/intl`; money follows the locale's
 * policy. Numbers keep the fraction digits of the source; an amount written
 * with a scale word keeps it in the locale's compact form ("260.75bn" → ru
 * "260,75 млрд"); equivalents the source states are kept, and one in the
 * policy's target currency is computed only when neither the amount nor a
 * stated equivalent is in it. Dates written without a year are rendered
 * without one.
 *
 * @throws RateError from `format` when an amount must be converted and the
 *   table has no rate for the article date (see `allowEarlierRates`); the
 *   message names the pair, the date and the article.
 */
export function createValueFormatter(options: ValueFormatterOptions): ValueFormatter {
  const { locale, policy, rates, articleDate } = options;
  const formatNumber = (value: number, numberOptions: AmountFormatOptions): string => formatNumberIn(locale, value, numberOptions);
  const conversions: Conversion[] = [];
  const routes = new Map<string, RatePath>();
  const convertOptions = { allowEarlier: options.allowEarlierRates ?? false };

  const routeTo = (from: string, to: string): RatePath => {
    const key = `${from}>${to}`;
    let route = routes.get(key);
    if (!route) {
      try {
        route = resolveRate(from, to, articleDate, rates, convertOptions);
      } catch (error) {
        if (!(error instanceof RateError) || options.article === undefined) throw error;
        throw new RateError(`${error.message}; the ${locale} edition of ${options.article} needs it`, error.file ?? rates.file, error.pair, error.date);
      }
      routes.set(key, route);
    }
    return route;
  };

  /** An amount in its own currency; `written` when the source used a scale word ("260.75bn"). */
  const formatAmount = (amount: number, currency: string, written: boolean): string => {
    const base: AmountFormatOptions = { style: 'currency', currency, currencyDisplay: policy.display };
    const significant = significantDigits(amount);
    if (written || (Math.abs(amount) >= policy.compactFrom && significant <= maxCompactSignificantDigits)) {
      return formatNumber(amount, { ...base, ...compactFor(policy.display), maximumSignificantDigits: Math.min(significant, 21) });
    }
    if (Number.isInteger(amount)) return formatNumber(amount, { ...base, maximumFractionDigits: 0 });
    const digits = Math.max(currencyMinorDigits(currency), decimalsOf(amount));
    return formatNumber(amount, { ...base, minimumFractionDigits: digits, maximumFractionDigits: digits });
  };

  const approximate = (amount: string): string => formatPattern(locale, patternIds.approximate, { amount });

  const formatStated = (stated: StatedAmount): string => {
    const text = formatAmount(stated.amount, stated.currency, stated.compact);
    return stated.approximate ? approximate(text) : text;
  };

  const formatConverted = (value: number, currency: string): string => {
    const base: AmountFormatOptions = { style: 'currency', currency, currencyDisplay: policy.equivalentDisplay };
    const rounding = policy.rounding;
    if (Math.abs(value) >= policy.compactFrom) {
      // Whole units of a scale word would be too coarse ("4 billion" for 3.5): compact figures keep three digits.
      const digits = 'maximumSignificantDigits' in rounding ? rounding.maximumSignificantDigits : maxCompactSignificantDigits;
      return formatNumber(value, { ...base, ...compactFor(policy.equivalentDisplay), maximumSignificantDigits: digits });
    }
    if ('maximumFractionDigits' in rounding) {
      const scale = 10 ** rounding.maximumFractionDigits;
      // An amount that would round to nothing ("0 ₽") is shown with two significant digits instead.
      if (value !== 0 && Math.round(Math.abs(value) * scale) === 0) {
        return formatNumber(value, { ...base, maximumSignificantDigits: 2 });
      }
      return formatNumber(value, { ...base, minimumFractionDigits: 0, maximumFractionDigits: rounding.maximumFractionDigits });
    }
    return formatNumber(value, { ...base, maximumSignificantDigits: rounding.maximumSignificantDigits });
  };

  const computedEquivalent = (span: MoneySpan, target: string): string => {
    const route = routeTo(span.currency, target);
    const value = span.amount * route.factor;
    conversions.push({
      amount: span.amount,
      from: span.currency,
      to: target,
      date: articleDate,
      value,
      rates: route.rates,
      warnings: route.warnings,
    });
    return approximate(formatConverted(value, target));
  };

  const formatMoney = (span: MoneySpan): string => {
    const original = formatAmount(span.amount, span.currency, span.compact ?? false);
    const stated = span.stated ?? [];
    const target = policy.mode === 'keep' ? undefined : policy.target;
    const statedInTarget = stated.find((equivalent) => equivalent.currency === target);
    if (policy.mode === 'convert' && target !== undefined && span.currency !== target) {
      return statedInTarget ? formatStated(statedInTarget) : computedEquivalent(span, target);
    }
    const equivalents = stated.map(formatStated);
    if (target !== undefined && span.currency !== target && !statedInTarget) equivalents.push(computedEquivalent(span, target));
    if (equivalents.length === 0) return original;
    return formatPattern(locale, patternIds.withEquivalents, { original, equivalents: formatOrList(locale, equivalents) });
  };

  const formatNumberSpan = (span: NumberSpan): string => {
    const digits = { minimumFractionDigits: span.fractionDigits, maximumFractionDigits: span.fractionDigits };
    return span.percent ? formatNumber(span.value / 100, { style: 'percent', ...digits }) : formatNumber(span.value, digits);
  };

  const formatDateSpan = (span: DateSpan): string => {
    const dayNumber = parseIsoDate(span.date);
    if (dayNumber === null) throw new RangeError(`date span ${span.placeholder} holds "${span.date}", not YYYY-MM-DD`);
    const time = dayNumber * 86_400_000;
    return formatDay(locale, time, span.yearStated);
  };

  const format = (span: ProtectedSpan): string => {
    switch (span.kind) {
      case 'money':
        return formatMoney(span);
      case 'number':
        return formatNumberSpan(span);
      case 'date':
        return formatDateSpan(span);
    }
  };

  return {
    format,
    values(spans) {
      const values: Record<string, string> = {};
      for (const span of spans) if (isProtected(span)) values[span.placeholder] = format(span);
      return values;
    },
    conversions,
  };
}

/**
 * Short scale words beside symbols and codes ("2 млрд $"), spelled out beside
 * currency names ("2 billion US dollars"); grouped even past the largest scale
 * word ("3,049 trillion"), where compact notation alone would not group.
 */
function compactFor(display: LocaleMoneyPolicy['display']): AmountFormatOptions {
  return { notation: 'compact', compactDisplay: display === 'name' ? 'long' : 'short', useGrouping: 'always' };
}

const minorDigitsByCurrency = new Map<string, number>();

/** Decimals a currency is normally written with (2 for KZT, 0 for JPY), from ICU. */
function currencyMinorDigits(currency: string): number {
  let digits = minorDigitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsByCurrency.set(currency, digits);
  }
  return digits;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point === -1 || text.includes('e') ? 0 : text.length - point - 1;
}

/** Significant digits of a value as written: 5000000 → 1, 1500000000 → 2, 10.14 → 4. */
function significantDigits(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) return 21;
  const digits = text.replace('.', '').replace(/^0+/, '');
  const trimmed = Number.isInteger(value) ? digits.replace(/0+$/, '') : digits;
  return Math.max(1, trimmed.length);
}
