import { boundedEditDistance } from '../core/edit-distance.js';
import type { Candidate } from './model.js';

/** A source sentence translated earlier, as ICU messages. */
export interface MemoryEntry {
  readonly source: string;
  readonly target: string;
}

export interface FuzzyOptions {
  /** Lowest similarity in percent worth suggesting; 70 by default, as in common CAT tool settings. */
  readonly minQuality?: number;
  /** Most suggestions to return; 3 by default. */
  readonly max?: number;
}

interface PreparedEntry {
  readonly entry: MemoryEntry;
  readonly tokens: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const prepared = new WeakMap<readonly MemoryEntry[], PreparedEntry[]>();

/**
 * The memory entries most similar to `text`, best first, as translation
 * candidates. Similarity is the word-level edit distance (insertions,
 * deletions, substitutions of words, punctuation marks and `{placeholders}`)
 * relative to the longer sentence, in whole percent rounded down, so only an
 * identical word sequence scores 100.
 *
 * Entries that cannot reach `minQuality` are ruled out by length and shared
 * words before any distance is computed, and the tokenized memory is cached per
 * array, so calling this for every segment against thousands of entries is cheap.
 */
export function bestCandidates(text: string, memory: readonly MemoryEntry[], options: FuzzyOptions = {}): Candidate[] {
  const minQuality = options.minQuality ?? 70;
  const max = options.max ?? 3;
  const query = tokenize(text);
  if (query.length === 0 || max <= 0) return [];
  const queryCounts = countTokens(query);

  const found: Array<{ candidate: Candidate; order: number }> = [];
  const seen = new Set<string>();
  prepare(memory).forEach((item, order) => {
    const longer = Math.max(query.length, item.tokens.length);
    if (item.tokens.length === 0 || (Math.min(query.length, item.tokens.length) / longer) * 100 < minQuality) return;
    if ((sharedTokens(queryCounts, item.counts) / longer) * 100 < minQuality) return;
    const allowed = Math.floor(longer * (1 - minQuality / 100) + 1e-9);
    const distance = boundedEditDistance(query, item.tokens, allowed);
    if (distance === undefined) return;
    const quality = Math.floor((1 - distance / longer) * 100 + 1e-9);
    const key = `${item.entry.source}\u0000${item.entry.target}`;
    if (quality < minQuality || seen.has(key)) return;
    seen.add(key);
    found.push({ candidate: { source: item.entry.source, target: item.entry.target, quality }, order });
  });
  return found
    .sort((a, b) => b.candidate.quality - a.candidate.quality || a.order - b.order)
    .slice(0, max)
    .map((item) => item.candidate);
}

/** Words, punctuation and `{placeholders}`, white space dropped. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const piece of text.split(/(\{[^{}]*\})/u)) {
    if (/^\{[^{}]*\}$/u.test(piece)) {
      tokens.push(piece);
      continue;
    }
    for (const { segment } of wordSegmenter.segment(piece)) {
      if (segment.trim() !== '') tokens.push(segment);
    }
  }
  return tokens;
}

function prepare(memory: readonly MemoryEntry[]): PreparedEntry[] {
  let entries = prepared.get(memory);
  if (!entries) {
    entries = memory.map((entry) => {
      const tokens = tokenize(entry.source);
      return { entry, tokens, counts: countTokens(tokens) };
    });
    prepared.set(memory, entries);
  }
  return entries;
}

function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function sharedTokens(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const [token, count] of a) shared += Math.min(count, b.get(token) ?? 0);
  return shared;
}
