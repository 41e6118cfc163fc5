import type { Position } from '../core/position.js';
import type { TranslationUnit } from './rule.js';

/**
 * A copy of a translation unit that knows its place only for the given
 * offsets. A rule that reports after every article was checked keeps these
 * instead of the units, whose locations hold their whole file.
 */
export function pinTranslation(unit: TranslationUnit, offsets: readonly number[]): TranslationUnit {
  const starts = new Map<number, Position>();
  const ends = new Map<number, Position>();
  for (const offset of offsets) {
    starts.set(offset, unit.location.position(offset));
    ends.set(offset, unit.location.endPosition?.(offset) ?? starts.get(offset)!);
  }
  const first = starts.get(offsets[0]!) ?? { line: 1, column: 1 };
  const { side, origin, article, file, locale, id, text } = unit;
  return {
    side,
    origin,
    article,
    file,
    locale,
    id,
    text,
    location: { position: (offset) => starts.get(offset) ?? first, endPosition: (offset) => ends.get(offset) ?? starts.get(offset) ?? first },
  };
}
