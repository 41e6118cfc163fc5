import type { Diagnostic } from '../core/diagnostic.js';
import type { TermStatus } from '../core/segment.js';
import type { SegmentStatus } from '../stats/index.js';

/** Everything the review page shows; built from a project by `collectReport`, rendered by `renderReportPage`. */
export interface ReportData {
  readonly sourceLocale: string;
  readonly locales: readonly ReportLocale[];
}

export interface ReportLocale {
  readonly locale: string;
  /** The language's name in itself ("Русский"), from CLDR. */
  readonly label: string;
  /** Distinct segments over every article, and how many of them are translated. */
  readonly segments: number;
  readonly translated: number;
  readonly articles: readonly ReportArticle[];
  /** Findings of this locale (or of the source) that no shown segment carries. */
  readonly unplaced: readonly Diagnostic[];
}

export interface ReportArticle {
  readonly name: string;
  readonly file: string;
  /** The title in the source language. */
  readonly title: string;
  readonly segments: number;
  readonly translated: number;
  readonly rows: readonly ReportRow[];
  /** Translations whose id is no longer in the article's source. */
  readonly stale: readonly StaleRow[];
}

export interface ReportRow {
  readonly id: string;
  readonly occurrences: number;
  readonly status: SegmentStatus;
  readonly source: readonly SourcePiece[];
  /** The translation as text and values; absent when untranslated. */
  readonly target?: readonly TargetPiece[];
  /** The best translation-memory match, for untranslated segments. */
  readonly suggestion?: { readonly quality: number; readonly target: readonly TargetPiece[] };
  /** Findings on the source sentence (shown with the source) and on the translation (shown with it). */
  readonly sourceDiagnostics: readonly Diagnostic[];
  readonly targetDiagnostics: readonly Diagnostic[];
}

export interface StaleRow {
  readonly id: string;
  readonly target: readonly TargetPiece[];
  readonly diagnostics: readonly Diagnostic[];
}

export type SourcePiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string; readonly placeholder: string }
  | {
      readonly kind: 'term';
      readonly text: string;
      readonly conceptId: string;
      /** Status of the term as written in the source. */
      readonly status: TermStatus;
      /** The approved (preferred) term of the intended concept in the page's locale, if the glossary has one. */
      readonly approved?: string;
      /** The glossary's note on that approved term or, failing that, on the concept. */
      readonly note?: string;
    };

export type TargetPiece =
  | { readonly kind: 'text'; readonly text: string }
  /** A placeholder with its value formatted for the locale; `text` is `{name}` when the source has no such value. */
  | { readonly kind: 'value'; readonly text: string; readonly placeholder: string; readonly known: boolean };
