import type { Segment } from '../core/segment.js';
import { bestCandidates, type Candidate, type MemoryEntry } from '../xliff/index.js';

/** Lowest fuzzy-match quality, in percent, that makes an untranslated segment "fuzzy". */
export const fuzzyThreshold = 70;

/**
 * Where a distinct source segment stands in one locale:
 * - `translated`: the locale has a non-blank translation for its id;
 * - `fuzzy`: no translation, but the translation memory holds a sentence at
 *   least `fuzzyThreshold`% similar, whose translation is the suggestion;
 * - `untranslated`: neither.
 */
export type SegmentStatus = 'translated' | 'fuzzy' | 'untranslated';

export interface SegmentState {
  /** The first occurrence of the sentence in the article. */
  readonly segment: Segment;
  /** How often the sentence occurs in the article (1 unless it repeats). */
  readonly occurrences: number;
  readonly status: SegmentStatus;
  /** The ICU translation, when `status` is `translated`. */
  readonly translation?: string;
  /** The best memory match, when `status` is `fuzzy`. */
  readonly suggestion?: Candidate;
}

/** The translation of a distinct sentence counts only when it has text; blank entries are untranslated. */
export function hasTranslation(translation: string | undefined): translation is string {
  return translation !== undefined && translation.trim() !== '';
}

/** Every distinct segment of an article, in order of first occurrence, with its status in one locale. */
export function segmentStates(
  segments: readonly Segment[],
  translations: ReadonlyMap<string, string>,
  memory: readonly MemoryEntry[],
): SegmentState[] {
  const occurrences = new Map<string, number>();
  const first: Segment[] = [];
  for (const segment of segments) {
    const seen = occurrences.get(segment.id);
    if (seen === undefined) first.push(segment);
    occurrences.set(segment.id, (seen ?? 0) + 1);
  }
  return first.map((segment): SegmentState => {
    const count = occurrences.get(segment.id)!;
    const translation = translations.get(segment.id);
    if (hasTranslation(translation)) return { segment, occurrences: count, status: 'translated', translation };
    const [suggestion] = memory.length > 0 ? bestCandidates(segment.message, memory, { minQuality: fuzzyThreshold, max: 1 }) : [];
    return suggestion ? { segment, occurrences: count, status: 'fuzzy', suggestion } : { segment, occurrences: count, status: 'untranslated' };
  });
}

/** Ids of the locale's translations that no segment of the article has any more, in file order. */
export function staleIds(segments: readonly Segment[], translations: ReadonlyMap<string, string>): string[] {
  const current = new Set(segments.map((segment) => segment.id));
  return [...translations.keys()].filter((id) => !current.has(id));
}
