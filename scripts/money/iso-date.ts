/** Calendar dates as `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01), always in UTC. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** Day number of a real calendar date, or `null` when the parts do not name one (e.g. 29 February 2022). */
export function dayNumberOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC maps years 0-99 to 1900-1999, so check the year as well as the roll-over.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / msPerDay;
}

/** Day number of a `YYYY-MM-DD` string, or `null` when it is not one or names no real day. */
export function parseIsoDate(text: string): number | null {
  const match = isoDatePattern.exec(text);
  if (!match) return null;
  return dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The `YYYY-MM-DD` string of a day number. */
export function formatIsoDate(dayNumber: number): string {
  return new Date(dayNumber * msPerDay).toISOString().slice(0, 10);
}

/** Calendar parts of a day number. */
export function dateParts(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
