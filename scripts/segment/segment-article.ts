import { escapeMessageText } from '../core/message.js';
import { segmentId } from '../core/segment-id.js';
import type { ProtectedSpan, Segment, Span, TermSpan } from '../core/segment.js';
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

/** Splits every block of an article into segments, in document order (duplicates kept: the skeleton needs each place). */
export function segmentArticle(document: ArticleDocument, stages: SegmentationStages): Segment[] {
  const segments: Segment[] = [];
  for (const block of document.blocks) {
    for (const range of stages.split(block.text)) {
      const text = block.text.slice(range.start, range.end);
      const protectedResult = stages.protect?.(text, document.frontMatter.date);
      const protectedSpans = protectedResult?.spans ?? [];
      const terms = (stages.findTerms?.(text) ?? [])
        .filter((term) => !protectedSpans.some((span) => span.start < term.end && term.start < span.end))
        .map((term): TermSpan => ({ kind: 'term', start: term.start, end: term.end, conceptId: term.conceptId, status: term.status }));
      const spans: Span[] = [...protectedSpans, ...terms].sort((a, b) => a.start - b.start);
      segments.push({
        id: segmentId(text),
        text,
        message: protectedResult?.message ?? escapeMessageText(text),
        spans,
        block: block.index,
        // For the title this points into the front matter.
        offset: block.start + range.start,
      });
    }
  }
  return segments;
}

/** The source resource: each distinct segment id once, in document order. */
export function sourceMessages(segments: readonly Segment[]): Map<string, string> {
  const messages = new Map<string, string>();
  for (const segment of segments) if (!messages.has(segment.id)) messages.set(segment.id, segment.message);
  return messages;
}
