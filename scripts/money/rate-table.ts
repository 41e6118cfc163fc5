/** Where a published rate can be checked. */
export interface RateSource {
  readonly name: string;
  readonly url: string;
}

/** One row of the rate table: `unit` of `base` cost `rate` of `quote` from `validFrom` to `validTo`. */
export interface RateRow {
  /** ISO 4217 code of the currency being priced. */
  readonly base: string;
  /** ISO 4217 code of the currency the price is given in. */
  readonly quote: string;
  readonly rate: number;
  /** How many units of `base` the rate is for, as published: 1, 100, … */
  readonly unit: number;
  /** First day in force, YYYY-MM-DD. */
  readonly validFrom: string;
  /** Last day in force, inclusive; absent for a rate of a single day. */
  readonly validTo?: string;
  readonly source: RateSource;
  /** 1-based line of the row in the rates file. */
  readonly line: number;
}

export interface RateTable {
  /** The file the rows come from, as given to the parser. */
  readonly file: string;
  readonly rows: readonly RateRow[];
}

/** A row used in a conversion; `inverse` when it was applied from `quote` to `base`. */
export interface RateUsed extends RateRow {
  readonly inverse: boolean;
}

/** The result of converting an amount, with the rows it rests on. */
export interface Conversion {
  readonly amount: number;
  readonly from: string;
  readonly to: string;
  /** The day whose rates were asked for, YYYY-MM-DD. */
  readonly date: string;
  readonly value: number;
  /** Rows applied, in order from `from` to `to`; empty when the currencies are the same. */
  readonly rates: readonly RateUsed[];
  /** Set when a rate from before `date` stood in for a missing one. */
  readonly warnings: readonly string[];
}

/** Human-readable name of a currency pair, "KZT/RUB". */
export function pairName(base: string, quote: string): string {
  return `${base}/${quote}`;
}
