import type { Segment } from '../core/segment.js';

/** The XLIFF versions Glossa writes. Files declaring 2.1 are read as 2.0 (same namespace, compatible). */
export type XliffVersion = '1.2' | '2.0';

/**
 * Translation progress of a unit, in the terms of XLIFF 2.0. XLIFF 1.2 files
 * use other names (`new`, `signed-off`, …); see `states.ts` for the mapping.
 */
export type UnitState = 'initial' | 'translated' | 'reviewed' | 'final';

/** A glossary concept found in a segment, shown to translators as a note, a glossary entry and an inline mark. */
export interface TermHint {
  /** UTF-16 offset into `segment.text` where the term starts. */
  readonly start: number;
  /** UTF-16 offset into `segment.text` where the term ends (exclusive). */
  readonly end: number;
  readonly conceptId: string;
  /** The source-language term as the glossary lists it. */
  readonly sourceTerm: string;
  /** The preferred term of the target language, when the glossary has one. */
  readonly targetTerm?: string;
  /** Target-language variants translators must not use. */
  readonly forbidden: readonly string[];
  readonly definition?: string;
}

/** What a `{placeholder}` of the segment's message stands for. */
export interface PlaceholderInfo {
  /** Placeholder name as in the ICU message, e.g. `m1`. */
  readonly name: string;
  readonly kind: 'money' | 'number' | 'date';
  /** The source text the placeholder replaces, e.g. "60 KZT (10 rubles)". */
  readonly display: string;
  /** Extra help for the translator, e.g. amount, currency and the converted value used for this locale. */
  readonly note?: string;
}

/** A translation suggestion from earlier work (fuzzy match), never written as the target. */
export interface Candidate {
  /** ICU message of the earlier source sentence. */
  readonly source: string;
  /** ICU message of its translation. */
  readonly target: string;
  /** Similarity in percent, 0–100, like a CAT tool's fuzzy match. */
  readonly quality: number;
  readonly origin?: string;
}

/** One segment to translate; becomes one XLIFF unit whose id is `segment.id`. */
export interface UnitInput {
  readonly segment: Segment;
  /** ICU message of the current translation, if there is one. */
  readonly target?: string;
  /** Defaults to `translated` when a target is given and `initial` otherwise. */
  readonly state?: UnitState;
  /**
   * Without a target, write the source as the target (state `initial`, 1.2
   * `needs-translation`), for tools that translate the target text (OmegaT).
   */
  readonly prefill?: boolean;
  /** Free-form notes for the translator. */
  readonly notes: readonly string[];
  readonly terms: readonly TermHint[];
  readonly placeholders: readonly PlaceholderInfo[];
  readonly candidates: readonly Candidate[];
}

/** One block of the article (heading, paragraph, quote, list item …); becomes one XLIFF group. */
export interface GroupInput {
  readonly id: string;
  /** Block type, e.g. `heading`, `paragraph`, `quote`, `listItem`. */
  readonly type: string;
  readonly units: readonly UnitInput[];
}

/** Everything `writeXliff` needs for one article and one target language. */
export interface XliffFileInput {
  readonly version: XliffVersion;
  /** Path of the source article relative to the project root, e.g. `source/article.md`. */
  readonly original: string;
  /** Article identifier (used as the XLIFF 2.0 file id). */
  readonly article: string;
  readonly srcLang: string;
  readonly trgLang: string;
  readonly groups: readonly GroupInput[];
}
