/**
 * The figures of `glossa stats`. Source-side figures (segments, words,
 * numbers, placeholders, terms) count each distinct sentence of an article
 * once, like an XLIFF file or a vendor's analysis; a repeated sentence is
 * translated once.
 */
export interface StatsFigures {
  /** Distinct segment ids. */
  readonly segments: number;
  /** Words of those segments (see `countMessage`). */
  readonly words: number;
  /** Numbers written in digits that are not placeholders. */
  readonly numbers: number;
  /** Protected amounts, numbers and dates (`{m1}`, `{n1}`, `{d1}`), one each. */
  readonly placeholders: number;
  readonly translated: number;
  /** Untranslated, with a translation-memory suggestion of at least 70%. */
  readonly fuzzy: number;
  /** Untranslated, with no suggestion. translated + fuzzy + untranslated = segments. */
  readonly untranslated: number;
  /** Translations whose id is no longer a segment of the article. */
  readonly stale: number;
  /** translated / segments in percent, rounded down to one decimal so that only a complete translation shows 100; 100 when there is nothing to translate. */
  readonly percentTranslated: number;
  /** Glossary term occurrences in the source segments. */
  readonly terms: number;
  /** Distinct glossary concepts those terms name (a union in totals, never a sum). */
  readonly concepts: number;
}

export interface ArticleLocaleStats extends StatsFigures {
  readonly article: string;
  /** The source file, relative to the project root. */
  readonly file: string;
  readonly locale: string;
}

export interface LocaleStats extends StatsFigures {
  readonly locale: string;
}

export interface StatsReport {
  readonly sourceLocale: string;
  readonly locales: readonly string[];
  /** One row per article and locale, articles in path order, locales in configured order. */
  readonly rows: readonly ArticleLocaleStats[];
  /** Sums over the articles, per locale. */
  readonly totals: readonly LocaleStats[];
  /** Sums over every row: source figures count once per locale, as the work to translate does. */
  readonly total: StatsFigures;
}
