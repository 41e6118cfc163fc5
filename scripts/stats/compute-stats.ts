import type { Segment } from '../core/segment.js';
import type { MemoryEntry } from '../xliff/index.js';
import type { ArticleLocaleStats, LocaleStats, StatsFigures, StatsReport } from './model.js';
import { segmentStates, staleIds, type SegmentStatus } from './segment-status.js';
import { countMessage } from './word-count.js';

/** One article in one target locale, as read from the project. */
export interface ArticleLocaleInput {
  readonly article: string;
  readonly file: string;
  readonly locale: string;
  /** The article's segments in document order, repeats included. */
  readonly segments: readonly Segment[];
  /** The locale's translations of the article, by segment id. */
  readonly translations: ReadonlyMap<string, string>;
  /** Retired source sentences with their translations, for fuzzy matches. */
  readonly memory: readonly MemoryEntry[];
}

interface Tally {
  readonly figures: Omit<StatsFigures, 'percentTranslated' | 'concepts'>;
  readonly concepts: ReadonlySet<string>;
}

/** The figures of every article and locale, with totals per locale and overall. */
export function computeStats(sourceLocale: string, locales: readonly string[], inputs: readonly ArticleLocaleInput[]): StatsReport {
  const tallies = inputs.map((input) => ({ input, tally: tallyArticle(input) }));
  const rows = tallies.map(({ input, tally }): ArticleLocaleStats => ({ article: input.article, file: input.file, locale: input.locale, ...finish(tally) }));
  const totals = locales.map((locale): LocaleStats => ({ locale, ...finish(sum(tallies.filter(({ input }) => input.locale === locale).map(({ tally }) => tally))) }));
  return { sourceLocale, locales, rows, totals, total: finish(sum(tallies.map(({ tally }) => tally))) };
}

/** The percentage shown for `done` of `all`: rounded down to one decimal, 100 for nothing to do. */
export function percentOf(done: number, all: number): number {
  if (all === 0) return 100;
  return Math.floor((done * 1000) / all) / 10;
}

function tallyArticle(input: ArticleLocaleInput): Tally {
  const states = segmentStates(input.segments, input.translations, input.memory);
  let words = 0;
  let numbers = 0;
  let placeholders = 0;
  let terms = 0;
  const concepts = new Set<string>();
  for (const { segment } of states) {
    const count = countMessage(segment.message);
    words += count.words;
    numbers += count.numbers;
    placeholders += count.placeholders;
    for (const span of segment.spans) {
      if (span.kind !== 'term') continue;
      terms++;
      concepts.add(span.conceptId);
    }
  }
  const counted = (status: SegmentStatus) => states.filter((state) => state.status === status).length;
  return {
    figures: {
      segments: states.length,
      words,
      numbers,
      placeholders,
      translated: counted('translated'),
      fuzzy: counted('fuzzy'),
      untranslated: counted('untranslated'),
      stale: staleIds(input.segments, input.translations).length,
      terms,
    },
    concepts,
  };
}

function sum(tallies: readonly Tally[]): Tally {
  const figures = { segments: 0, words: 0, numbers: 0, placeholders: 0, translated: 0, fuzzy: 0, untranslated: 0, stale: 0, terms: 0 };
  const concepts = new Set<string>();
  for (const tally of tallies) {
    for (const key of Object.keys(figures) as (keyof typeof figures)[]) figures[key] += tally.figures[key];
    for (const concept of tally.concepts) concepts.add(concept);
  }
  return { figures, concepts };
}

/** The figures in the order the table shows them. */
function finish({ figures, concepts }: Tally): StatsFigures {
  return {
    segments: figures.segments,
    words: figures.words,
    numbers: figures.numbers,
    placeholders: figures.placeholders,
    translated: figures.translated,
    fuzzy: figures.fuzzy,
    untranslated: figures.untranslated,
    stale: figures.stale,
    percentTranslated: percentOf(figures.translated, figures.segments),
    terms: figures.terms,
    concepts: concepts.size,
  };
}
