/**
 * The one shape a sentence has from the segmenter through XLIFF to the renderer.
 *
 * Offsets in `spans` are UTF-16 offsets into `text`. `offset` is where `text`
 * starts in the source file, so any finding inside a segment maps to a file
 * position with `positionAt` (scripts/core/position.ts).
 */
export interface Segment {
  /** Short content hash of the normalized source text; identical sentences share it. */
  readonly id: string;
  /** The sentence exactly as it stands in the source (trimmed). */
  readonly text: string;
  /** ICU message: `text` with every protected span replaced by its `{placeholder}`. */
  readonly message: string;
  /** Terms, money, numbers and dates found in `text`, sorted by `start`. */
  readonly spans: readonly Span[];
  /** Index of the block (paragraph, heading, …) the segment belongs to. */
  readonly block: number;
  /** Offset of `text` in the source file. */
  readonly offset: number;
}

interface SpanBase {
  readonly start: number;
  readonly end: number;
}

/** A glossary concept found in the text. Terms are not placeholders: translators translate them. */
export interface TermSpan extends SpanBase {
  readonly kind: 'term';
  readonly conceptId: string;
  readonly status: TermStatus;
}

export type TermStatus = 'preferred' | 'admitted' | 'deprecated';

/** A protected span becomes an ICU argument (`{m1}`, `{n1}`, `{d1}`) that translators keep. */
export interface MoneySpan extends SpanBase {
  readonly kind: 'money';
  readonly placeholder: string;
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  /** The source wrote a scale word ("260.75bn"): the amount is shown compactly in every locale. */
  readonly compact?: boolean;
  /**
   * Equivalents the text states right after the amount, in order: "60 KZT (10 rubles)",
   * "260.75bn roubles ($9.37bn: £4.8bn)". Covered by the span.
   */
  readonly stated?: readonly StatedAmount[];
}

/** One equivalent stated in the text; `start`/`end` locate it in the segment text. */
export interface StatedAmount {
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  /** Written with "about", "≈" and the like. */
  readonly approximate: boolean;
  readonly compact: boolean;
  readonly start: number;
  readonly end: number;
}

export interface NumberSpan extends SpanBase {
  readonly kind: 'number';
  readonly placeholder: string;
  readonly value: number;
  /** Digits after the decimal point in the source, kept when formatting. */
  readonly fractionDigits: number;
  /** Written with a percent sign ("30%"): the sign is part of the span and placed per locale ("30 %"). */
  readonly percent?: boolean;
}

export interface DateSpan extends SpanBase {
  readonly kind: 'date';
  readonly placeholder: string;
  /** ISO date (YYYY-MM-DD); the year is inferred from the article date when the text has none. */
  readonly date: string;
  /** Whether the source named the year; a date without one is rendered without one. */
  readonly yearStated: boolean;
}

export type ProtectedSpan = MoneySpan | NumberSpan | DateSpan;
export type Span = TermSpan | ProtectedSpan;

export function isProtected(span: Span): span is ProtectedSpan {
  return span.kind !== 'term';
}
