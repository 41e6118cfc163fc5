import { dateParts, dayNumberOf, formatIsoDate, parseIsoDate } from './iso-date.js';

/** A date without a year is taken to lie at most this many days from the article date. */
const maxDistanceDays = 184;

/**
 * Completes a day and month written without a year: picks the year that puts
 * the date closest to the article date (a December date in a January article
 * falls in the previous year). Ties go to the article's own year, then to the
 * past, since news mostly reports what has happened. Returns `null` when no
 * year within about six months gives a real date (29 February).
 */
export function inferYear(month: number, day: number, articleDate: string): string | null {
  const articleDay = parseIsoDate(articleDate);
  if (articleDay === null) throw new RangeError(`article date must be YYYY-MM-DD, got "${articleDate}"`);
  const articleYear = dateParts(articleDay).year;
  let best: { dayNumber: number; distance: number } | null = null;
  for (const year of [articleYear, articleYear - 1, articleYear + 1]) {
    const dayNumber = dayNumberOf(year, month, day);
    if (dayNumber === null) continue;
    const distance = Math.abs(dayNumber - articleDay);
    if (best === null || distance < best.distance) best = { dayNumber, distance };
  }
  return best !== null && best.distance <= maxDistanceDays ? formatIsoDate(best.dayNumber) : null;
}
