import { InputError } from '../core/errors.js';
import { isCurrencyCode } from './currency-codes.js';
import { parseIsoDate } from './iso-date.js';
import { pairName, type Conversion, type RateRow, type RateTable, type RateUsed } from './rate-table.js';

/** No usable rate for a pair on a date, or a currency or date the table cannot work with. */
export class RateError extends InputError {
  override name = 'RateError';

  constructor(
    message: string,
    file: string,
    /** The pair asked for, "KZT/EUR". */
    readonly pair: string,
    /** The day asked for, YYYY-MM-DD. */
    readonly date: string,
  ) {
    super(message, file);
  }
}

export interface ConvertOptions {
  /** When no rate is in force on the day, use the nearest earlier one and say so in `warnings`. */
  readonly allowEarlier?: boolean;
}

/** How `convert` gets from one currency to another on a day: the product of the rows' rates. */
export interface RatePath {
  /** Multiply an amount in `from` by this to get `to`. */
  readonly factor: number;
  readonly rates: readonly RateUsed[];
  readonly warnings: readonly string[];
}

/** Longest chain of rows tried between two currencies. */
const maxLegs = 3;

/**
 * Converts `amount` of `from` into `to` with the rates in force on `date`.
 *
 * A pair is used directly, or inverted when the table only has the reverse
 * (a EUR/RUB row converts RUB to EUR). Without either, the conversion goes
 * through common currencies, up to three rows. When several routes exist, the
 * choice is fixed: fewest distinct sources first (both legs from the Bank of
 * Russia beat one from the Bank of Russia and one from the ECB), then fewest
 * rows, then the most recent rates, then the order of currency codes and
 * source names.
 *
 * @throws RateError when a currency is not an ISO 4217 code, the date is not
 *   YYYY-MM-DD, or no route exists on the date (with `allowEarlier`, only when
 *   there is none on any earlier date either).
 */
export function convert(
  amount: number,
  from: string,
  to: string,
  date: string,
  table: RateTable,
  options: ConvertOptions = {},
): Conversion {
  const path = resolveRate(from, to, date, table, options);
  return { amount, from, to, date, value: amount * path.factor, rates: path.rates, warnings: path.warnings };
}

/** The route `convert` takes, without an amount; callers that convert many amounts can reuse it. */
export function resolveRate(
  from: string,
  to: string,
  date: string,
  table: RateTable,
  options: ConvertOptions = {},
): RatePath {
  const pair = pairName(from, to);
  for (const code of [from, to]) {
    if (!isCurrencyCode(code)) throw new RateError(`unknown currency code "${code}" (not in ISO 4217)`, table.file, pair, date);
  }
  const day = parseIsoDate(date);
  if (day === null) throw new RateError(`cannot convert ${pair}: "${date}" is not a YYYY-MM-DD date`, table.file, pair, date);
  if (from === to) return { factor: 1, rates: [], warnings: [] };

  const index = indexOf(table);
  const inForce = bestPath(from, to, (currency) => edgesInForce(index, currency, day));
  if (inForce) return { factor: inForce.factor, rates: inForce.rates, warnings: [] };

  const earlier = bestPath(from, to, (currency) => latestEdgesUpTo(index, currency, day));
  if (earlier && options.allowEarlier) {
    const warnings = earlier.legs
      .filter((leg) => leg.staleDays > 0)
      .map(
        (leg) =>
          `no ${pairName(leg.row.base, leg.row.quote)} rate in force on ${date}; used the ${leg.row.source.name} rate ` +
          `of ${periodOf(leg.row)} (${table.file}:${leg.row.line})`,
      );
    return { factor: earlier.factor, rates: earlier.rates, warnings };
  }
  const hint = earlier
    ? `; the latest earlier route uses rates of ${earlier.legs.map((leg) => leg.row.validFrom).join(', ')} (allow earlier rates to use it)`
    : '';
  throw new RateError(`no exchange rate for ${pair} in force on ${date} in ${table.file}${hint}`, table.file, pair, date);
}

interface Edge {
  readonly row: RateRow;
  readonly inverse: boolean;
  readonly target: string;
  /** Days between the last day the row was in force and the day asked for; 0 when in force. */
  readonly staleDays: number;
}

interface Route {
  readonly legs: readonly Edge[];
  readonly factor: number;
  readonly rates: readonly RateUsed[];
}

function bestPath(from: string, to: string, edgesFrom: (currency: string) => readonly Edge[]): Route | null {
  let best: { route: Route; key: readonly (number | string)[] } | null = null;
  const visit = (currency: string, legs: Edge[], visited: Set<string>): void => {
    for (const edge of edgesFrom(currency)) {
      if (visited.has(edge.target)) continue;
      const next = [...legs, edge];
      if (edge.target === to) {
        const key = rankKey(next);
        if (best === null || compareKeys(key, best.key) < 0) best = { route: routeOf(next), key };
      } else if (next.length < maxLegs) {
        visited.add(edge.target);
        visit(edge.target, next, visited);
        visited.delete(edge.target);
      }
    }
  };
  visit(from, [], new Set([from]));
  return (best as { route: Route } | null)?.route ?? null;
}

function rankKey(legs: readonly Edge[]): (number | string)[] {
  const sources = new Set(legs.map((leg) => leg.row.source.name)).size;
  const staleness = legs.reduce((sum, leg) => sum + leg.staleDays, 0);
  // Older rows of a series come first in an ISO date sort, so rank by the negated recency.
  const age = -legs.reduce((sum, leg) => sum + (parseIsoDate(leg.row.validFrom) ?? 0), 0);
  const inverses = legs.filter((leg) => leg.inverse).length;
  const text = legs.map((leg) => `${leg.row.base}/${leg.row.quote}@${leg.row.source.name}`).join(' ');
  return [sources, legs.length, staleness, age, inverses, text];
}

function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

function routeOf(legs: readonly Edge[]): Route {
  let factor = 1;
  const rates: RateUsed[] = [];
  for (const leg of legs) {
    const perUnit = leg.row.rate / leg.row.unit;
    factor *= leg.inverse ? 1 / perUnit : perUnit;
    rates.push({ ...leg.row, inverse: leg.inverse });
  }
  return { legs, factor, rates };
}

type RateIndex = ReadonlyMap<string, readonly IndexedRow[]>;

interface IndexedRow {
  readonly row: RateRow;
  readonly from: number;
  readonly to: number;
}

const indexes = new WeakMap<RateTable, RateIndex>();

/** Rows by each currency they mention; built once per table. */
function indexOf(table: RateTable): RateIndex {
  let index = indexes.get(table);
  if (!index) {
    const byCurrency = new Map<string, IndexedRow[]>();
    for (const row of table.rows) {
      const from = parseIsoDate(row.validFrom) ?? Number.NaN;
      const indexed = { row, from, to: row.validTo === undefined ? from : (parseIsoDate(row.validTo) ?? from) };
      for (const currency of [row.base, row.quote]) {
        const list = byCurrency.get(currency) ?? [];
        list.push(indexed);
        byCurrency.set(currency, list);
      }
    }
    index = byCurrency;
    indexes.set(table, index);
  }
  return index;
}

function edgeOf(indexed: IndexedRow, currency: string, day: number): Edge {
  const inverse = indexed.row.quote === currency;
  return {
    row: indexed.row,
    inverse,
    target: inverse ? indexed.row.base : indexed.row.quote,
    staleDays: Math.max(0, day - indexed.to),
  };
}

function edgesInForce(index: RateIndex, currency: string, day: number): Edge[] {
  return (index.get(currency) ?? [])
    .filter((indexed) => indexed.from <= day && day <= indexed.to)
    .map((indexed) => edgeOf(indexed, currency, day));
}

/** Per pair and source, the row in force on the day or else the last one before it. */
function latestEdgesUpTo(index: RateIndex, currency: string, day: number): Edge[] {
  const latest = new Map<string, IndexedRow>();
  for (const indexed of index.get(currency) ?? []) {
    if (indexed.from > day) continue;
    const series = `${indexed.row.base}/${indexed.row.quote}@${indexed.row.source.name}`;
    const current = latest.get(series);
    if (!current || indexed.from > current.from) latest.set(series, indexed);
  }
  return [...latest.values()].map((indexed) => edgeOf(indexed, currency, day));
}

function periodOf(row: RateRow): string {
  return row.validTo === undefined ? row.validFrom : `${row.validFrom}, in force until ${row.validTo}`;
}
