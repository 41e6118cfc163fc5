import type { MoneySpan, StatedAmount } from '../core/segment.js';
import { convert, type ConvertOptions } from './convert.js';
import type { RateTable, RateUsed } from './rate-table.js';

/** A conversion stated in the text that the rate table does not bear out. */
export interface StatedConversionFinding {
  /** The amount the text gives, in `currency`. */
  readonly stated: number;
  /** The amount the rates give for the article date. */
  readonly computed: number;
  readonly currency: string;
  readonly rates: readonly RateUsed[];
  /** |stated − computed| / computed. */
  readonly deviation: number;
}

/**
 * Checks one equivalent the text states after an amount ("60 KZT (10 rubles)";
 * each of "$9.37bn" and "£4.8bn" in "260.75bn roubles ($9.37bn: £4.8bn)")
 * against the rates in force on the article date. Returns `null` when the
 * stated amount is within `tolerance` (a fraction: 0.05 is 5 %) of the computed
 * one, else a finding for the `money/stated-conversion` rule.
 *
 * @throws RateError when the table cannot convert the pair on that date.
 */
export function checkStatedConversion(
  span: MoneySpan,
  stated: StatedAmount,
  table: RateTable,
  articleDate: string,
  tolerance = 0.05,
  options: ConvertOptions = {},
): StatedConversionFinding | null {
  const conversion = convert(span.amount, span.currency, stated.currency, articleDate, table, options);
  const computed = conversion.value;
  const deviation = computed === 0 ? (stated.amount === 0 ? 0 : Infinity) : Math.abs(stated.amount - computed) / computed;
  if (deviation <= tolerance) return null;
  return { stated: stated.amount, computed, currency: stated.currency, rates: conversion.rates, deviation };
}
