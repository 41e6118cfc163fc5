import { escapeMessageText } from '../core/message.js';
import { segmentId } from '../core/segment-id.js';
import type { ProtectedSpan, Segment, TermSpan } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';

export interface SentenceSplitter {
  (text: string): ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

export interface TextProtector {
  (text: string, articleDate: string): { readonly spans: readonly ProtectedSpan[]; readonly message: string };
}

export interface TermFinder {
  (text: string): ReadonlyArray<Omit<TermSpan, 'kind'>>;
}

export interface SegmentationStages {
  readonly split: SentenceSplitter;
  /** Money, numbers and dates become placeholders; without it the message is the quoted text. */
  readonly protect?: TextProtector;
  /** Glossary terms become term spans; without it there are none. */
  readonly findTerms?: TermFinder;
}

/** The stages that need no termbase. */
export type SplitStages = Pick<SegmentationStages, 'split' | 'protect'>;

/** Splits every block of an article into segments, in document order (duplicates kept: the skeleton needs each place). */
export function segmentArticle(document: ArticleDocument, stages: SegmentationStages): Segment[] {
  const segments = segmentWithoutTerms(document, stages);
  return stages.findTerms ? withTermSpans(segments, stages.findTerms) : segments;
}

/**
 * The segments without term spans: all of segmentation that needs no
 * termbase, so that it can run while the termbase is still being read.
 * `withTermSpans` adds them.
 */
export function segmentWithoutTerms(document: ArticleDocument, stages: SplitStages): Segment[] {
  const segments: Segment[] = [];
  for (const block of document.blocks) {
    for (const range of stages.split(block.text)) {
      const text = block.text.slice(range.start, range.end);
      const protectedResult = stages.protect?.(text, document.frontMatter.date);
      segments.push({
        id: segmentId(text),
        text,
        message: protectedResult?.message ?? escapeMessageText(text),
        spans: [...(protectedResult?.spans ?? [])].sort((a, b) => a.start - b.start),
        block: block.index,
        // For the title this points into the front matter.
        offset: block.start + range.start,
      });
    }
  }
  return segments;
}

/** The segments with the glossary terms `findTerms` finds in each, except where a placeholder stands. */
export function withTermSpans(segments: readonly Segment[], findTerms: TermFinder): Segment[] {
  return segments.map((segment) => {
    const terms = findTerms(segment.text)
      .filter((term) => !segment.spans.some((span) => span.start < term.end && term.start < span.end))
      .map((term): TermSpan => ({ kind: 'term', start: term.start, end: term.end, conceptId: term.conceptId, status: term.status }));
    return terms.length === 0 ? segment : { ...segment, spans: [...segment.spans, ...terms].sort((a, b) => a.start - b.start) };
  });
}

/** The source resource: each distinct segment id once, in document order. */
export function sourceMessages(segments: readonly Segment[]): Map<string, string> {
  const messages = new Map<string, string>();
  for (const segment of segments) if (!messages.has(segment.id)) messages.set(segment.id, segment.message);
  return messages;
}
