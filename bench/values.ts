/**
 * Amounts, numbers and dates as English news writes them ("$2 million",
 * "60 KZT (10 rubles)", "3,000", "7 January"), formatted with Intl's en
 * locale data. Stated conversions use the Bank of Russia rates of
 * glossary/rates.yaml, so most agree with what Glossa computes and a few,
 * deliberately off, give the money rule something to find.
 */
import type { Random } from './random.js';

export type ValueKind = 'date' | 'money' | 'price' | 'salary' | 'num' | 'pct' | 'years' | 'rate';

export const valueKinds: readonly ValueKind[] = ['date', 'money', 'price', 'salary', 'num', 'pct', 'years', 'rate'];

/** Rubles per tenge and per dollar, Bank of Russia, 31 December 2021 – 10 January 2022. */
const rubPerKzt = 16.9 / 100;
const rubPerUsd = 74.2926;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthDay = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A value of `kind` in English; `articleDate` (YYYY-MM-DD) anchors dates to the days before publication. */
export function englishValue(kind: ValueKind, random: Random, articleDate: string): string {
  switch (kind) {
    case 'date':
      return englishDate(random, articleDate);
    case 'money':
      return englishMoney(random);
    case 'price':
      return englishPrice(random);
    case 'salary':
      return `${grouped.format(random.int(180, 420) * 1_000)} tenge`;
    case 'num':
      return grouped.format(Math.round(Math.exp(random.next() * Math.log(150_000))) + 1);
    case 'pct':
      // With its sign: the sign is part of the placeholder, placed by each locale ("12 %" in German).
      return `${grouped.format(random.chance(0.3) ? random.int(11, 199) / 10 : random.int(2, 40))}%`;
    case 'years':
      return String(random.int(2, 25));
    case 'rate':
      return `${grouped.format(random.int(430, 520))} tenge`;
  }
}

function englishDate(random: Random, articleDate: string): string {
  const day = new Date(Date.parse(`${articleDate}T00:00:00Z`) - random.int(0, 6) * 86_400_000);
  return (random.chance(0.6) ? dayMonth : monthDay).format(day);
}

/** A price of fuel or a share: tenge, often with the conversion the reporter stated ("120 KZT (20 rubles)"). */
function englishPrice(random: Random): string {
  const tenge = random.pick([60, 80, 95, 120, 150, 180, 200, 250, 320, 500]);
  if (random.chance(0.3)) return `${grouped.format(tenge)} tenge`;
  const off = random.chance(0.1) ? 1.4 : 1;
  return `${grouped.format(tenge)} KZT (${grouped.format(Math.round(tenge * rubPerKzt * off))} rubles)`;
}

/** A sum a company, a budget or an investor moves. */
function englishMoney(random: Random): string {
  const roll = random.next();
  if (roll < 0.15) {
    const billions = random.pick([1.5, 2.3, 4, 12, 40, 150]);
    const millionsUsd = (billions * 1_000 * rubPerKzt) / rubPerUsd;
    const off = random.chance(0.1) ? 1.4 : 1;
    return `${grouped.format(billions)} billion tenge ($${grouped.format(Math.round(millionsUsd * off * 10) / 10)} million)`;
  }
  if (roll < 0.45) return `$${grouped.format(random.pick([1.2, 2, 3.5, 15, 45, 120, 300, 750]))} million`;
  if (roll < 0.65) return `${grouped.format(random.pick([1.5, 2.3, 12, 40, 150, 320]))} billion tenge`;
  if (roll < 0.8) return `€${grouped.format(random.int(100, 900) * 1_000)}`;
  if (roll < 0.95) return `${grouped.format(random.int(2, 900))} million rubles`;
  return `$${grouped.format(random.int(50, 950) * 1_000)}`;
}
