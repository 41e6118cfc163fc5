import { createIntl, createIntlCache, type FormatNumberOptions, type IntlShape } from '@formatjs/intl';
import { equivalentPatternsFor } from './equivalent-patterns.js';

/** Message ids of the composition patterns in every locale's intl object. */
export const patternIds = { withEquivalents: 'money.withEquivalents', approximate: 'money.approximate' } as const;

const cache = createIntlCache();
const intlByLocale = new Map<string, IntlShape>();

/**
 * The one intl object of a locale, shared by every formatter: its Intl
 * formatters are created once per set of options and reused for every value.
 * Dates are formatted in UTC, so an ISO date never shifts by a day.
 */
export function intlFor(locale: string): IntlShape {
  let intl = intlByLocale.get(locale);
  if (!intl) {
    const patterns = equivalentPatternsFor(locale);
    intl = createIntl(
      {
        locale,
        timeZone: 'UTC',
        messages: { [patternIds.withEquivalents]: patterns.withEquivalents, [patternIds.approximate]: patterns.approximate },
        onError: (error) => {
          throw error;
        },
      },
      cache,
    );
    intlByLocale.set(locale, intl);
  }
  return intl;
}

/** The number options Glossa formats with; the formatter cache below is keyed by exactly these. */
export type AmountFormatOptions = Pick<
  FormatNumberOptions,
  'style' | 'currency' | 'currencyDisplay' | 'notation' | 'compactDisplay' | 'useGrouping' | 'minimumFractionDigits' | 'maximumFractionDigits' | 'maximumSignificantDigits'
>;

/** A number format, and what it gave for the values it formatted: an archive's figures repeat (years, counts, prices). */
interface KeptNumberFormat {
  readonly format: Intl.NumberFormat;
  readonly formatted: Map<number, string>;
}

const numberFormats = new Map<string, KeptNumberFormat>();

/** Values kept per number format; past it, the format starts over (an archive of random figures gains nothing). */
const formattedValuesKept = 4_096;

/**
 * `intl.formatNumber`, with each Intl.NumberFormat kept under a key made from
 * the few options Glossa sets. FormatJS finds its cached formatter by
 * serialising the locale and the options on every call, which was a few
 * percent of a build; the formatter itself is still made by FormatJS. A value
 * formatted before is not formatted again: ICU's call is the larger part of
 * the cost, and two of three values in a build of the bench corpus repeat.
 */
export function formatNumber(locale: string, value: number, options: AmountFormatOptions): string {
  const key = `${locale}|${options.style}|${options.currency}|${options.currencyDisplay}|${options.notation}|${options.compactDisplay}|${options.useGrouping}|${options.minimumFractionDigits}|${options.maximumFractionDigits}|${options.maximumSignificantDigits}`;
  let kept = numberFormats.get(key);
  if (!kept) {
    kept = { format: intlFor(locale).formatters.getNumberFormat(locale, options), formatted: new Map() };
    numberFormats.set(key, kept);
  }
  // A Map takes -0 for 0, which ICU writes "-0".
  if (Object.is(value, -0)) return kept.format.format(value);
  let text = kept.formatted.get(value);
  if (text === undefined) {
    text = kept.format.format(value);
    if (kept.formatted.size >= formattedValuesKept) kept.formatted.clear();
    kept.formatted.set(value, text);
  }
  return text;
}

type PatternId = (typeof patternIds)[keyof typeof patternIds];

const patternFormats = new Map<string, { format(values: Record<string, string>): unknown }>();

/**
 * `intl.formatMessage` of one of the composition patterns, with its compiled
 * message kept per locale: FormatJS's own lookup serialises the arguments and
 * merges its format settings on every call.
 */
export function formatPattern(locale: string, id: PatternId, values: Record<string, string>): string {
  const key = `${locale}|${id}`;
  let format = patternFormats.get(key);
  if (!format) {
    const patterns = equivalentPatternsFor(locale);
    const pattern = id === patternIds.withEquivalents ? patterns.withEquivalents : patterns.approximate;
    format = intlFor(locale).formatters.getMessageFormat(pattern, locale);
    patternFormats.set(key, format);
  }
  const formatted = format.format(values);
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

const orLists = new Map<string, Intl.ListFormat>();

/** `intl.formatList(items, { type: 'disjunction' })` for plain strings: CLDR's "or" list, its formatter kept per locale. */
export function formatOrList(locale: string, items: readonly string[]): string {
  let format = orLists.get(locale);
  if (!format) {
    format = intlFor(locale).formatters.getListFormat(locale, { type: 'disjunction' });
    orLists.set(locale, format);
  }
  return format.format(items);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A day (milliseconds since the epoch, UTC) as "7 January 2022", or "7 January" without the year; formatters kept per locale. */
export function formatDay(locale: string, time: number, withYear: boolean): string {
  const key = `${locale}|${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withYear ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { month: 'long', day: 'numeric', timeZone: 'UTC' };
    format = intlFor(locale).formatters.getDateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format.format(time);
}
