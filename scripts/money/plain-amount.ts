import { formatNumber } from './locale-intl.js';

/**
 * An amount as messages for people print it, in English with grouping:
 * "9,369,385,555.16 USD", never a raw float. `fractionDigits` fixes the
 * decimals (computed figures); without it, the value's own decimals are kept.
 */
export function plainAmount(value: number, currency: string, fractionDigits?: number): string {
  const digits = fractionDigits === undefined ? { maximumFractionDigits: 20 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return `${formatNumber('en', value, digits)} ${currency}`;
}
