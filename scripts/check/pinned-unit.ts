import type { TranslationUnit } from './rule.js';

/**
 * Where a range of a translation stands, and nothing else: what a rule that
 * reports only after every article was checked keeps instead of the unit,
 * whose location holds its whole file.
 */
export interface PinnedRange {
  readonly file: string;
  readonly locale: string;
  readonly article: string;
  readonly id: string;
  readonly origin: TranslationUnit['origin'];
  /** The range's offsets in the unit's text. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function pinRange(unit: TranslationUnit, start: number, end: number): PinnedRange {
  const from = unit.location.position(start);
  const to = unit.location.endPosition?.(end) ?? unit.location.position(end);
  const { file, locale, article, id, origin } = unit;
  return { file, locale, article, id, origin, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** A unit to report the pinned range on: its location answers the range's start and end, whatever the offsets. */
export function unitOfPinned(pinned: PinnedRange): TranslationUnit {
  const { file, locale, article, id, origin } = pinned;
  const start = { line: pinned.line, column: pinned.column };
  const end = { line: pinned.endLine, column: pinned.endColumn };
  return { side: 'translation', origin, article, file, locale, id, text: '', location: { position: () => start, endPosition: () => end } };
}
