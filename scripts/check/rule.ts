import type { Severity } from '../core/diagnostic.js';
import type { Position } from '../core/position.js';
import type { Segment } from '../core/segment.js';
import type { Glossary, TermMatcher } from '../glossary/index.js';
import type { RateTable } from '../money/index.js';

/** What a rule says about itself: every user-facing sentence lives here, keyed by message id. */
export interface RuleMeta {
  /** Equals the rule's file name below scripts/check/rules and its test's name. */
  readonly id: string;
  readonly type: 'problem' | 'suggestion';
  readonly description: string;
  /** One severity, or one for source articles and one for translations. */
  readonly defaultSeverity: Severity | { readonly source: Severity; readonly translation: Severity };
  readonly fixable?: boolean;
  readonly messages: Readonly<Record<string, string>>;
  /**
   * Rules whose finding on the same word this rule's finding replaces when
   * both are equally severe: the engine keeps one finding per word.
   */
  readonly supersedes?: readonly string[];
  /**
   * The rule reads translations to judge source sentences (a sentence with no
   * translation): a check of the sources alone still gives it the translations.
   */
  readonly judgesSourcesByTranslations?: boolean;
}

/** Maps offsets in a unit's text to its file. */
export interface UnitLocation {
  position(textOffset: number): Position;
  /** Where a range ending at `textOffset` ends, when that is not where the next character starts (markup between them). */
  endPosition?(textOffset: number): Position;
  /** Offset in the file, where the unit's text stands in it verbatim (source articles); needed for fixes. */
  fileOffset?(textOffset: number): number;
}

/** A source sentence at one place in an article. */
export interface SourceUnit {
  readonly side: 'source';
  readonly article: string;
  readonly file: string;
  readonly locale: string;
  /** The article's date (YYYY-MM-DD): rates and year inference depend on it. */
  readonly articleDate: string;
  readonly segment: Segment;
  /** The unit's text, as rules read it. */
  readonly text: string;
  readonly location: UnitLocation;
}

/** A translation of one segment id, from a locale resource or an XLIFF target. */
export interface TranslationUnit {
  readonly side: 'translation';
  readonly article: string;
  readonly file: string;
  readonly locale: string;
  readonly id: string;
  /** Where the translation was read: a locale resource or an XLIFF file given to the check. */
  readonly origin: 'resource' | 'xliff';
  /** The ICU message. */
  readonly text: string;
  /** The current source segment with this id, if any. */
  readonly source?: Segment;
  readonly location: UnitLocation;
}

export type CheckUnit = SourceUnit | TranslationUnit;

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly unit: CheckUnit;
  /** Offsets into `unit.text`; the engine maps them to file positions. */
  readonly start?: number;
  readonly end?: number;
  /** Replace [start, end) of the unit text with this (source units only). */
  readonly fix?: string;
}

export interface RuleContext {
  readonly sourceLocale: string;
  readonly targetLocales: readonly string[];
  readonly glossary?: Glossary;
  readonly rates?: RateTable;
  /** Whether a missing rate may be replaced by the nearest earlier one. */
  readonly allowEarlierRates: boolean;
  matcher(locale: string): TermMatcher | undefined;
  report(report: Report): void;
}

export interface RuleVisitor {
  source?(unit: SourceUnit): void;
  translation?(unit: TranslationUnit): void;
  /** After an article's sources and every translation of it were visited: for rules that judge an article whole. */
  endArticle?(article: string): void;
  /** After every unit was visited: for rules that compare across the project. */
  end?(): void;
  /**
   * For a rule that compares across articles, when the articles are spread
   * over threads: what it gathered in this thread, as plain data, instead of
   * reporting at `end`. The thread that finishes the run gives every share's
   * to `takeOver`, then calls `end`.
   */
  handOver?(): unknown;
  takeOver?(gathered: unknown): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}

/** Fills `{name}` slots of a rule message. */
export function fillMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in data ? String(data[name]) : slot));
}
