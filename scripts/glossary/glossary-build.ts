import type { Term, TermStatus } from './model.js';
import { termStatuses } from './model.js';

/** A writable copy of a readonly model type, for building values field by field. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Terms in listing order: preferred, admitted, deprecated; the source order kept within each status. */
export function sortByStatus(terms: readonly Term[]): Term[] {
  const rank = (status: TermStatus): number => termStatuses.indexOf(status);
  return terms
    .map((term, index) => ({ term, index }))
    .sort((a, b) => rank(a.term.status) - rank(b.term.status) || a.index - b.index)
    .map(({ term }) => term);
}
