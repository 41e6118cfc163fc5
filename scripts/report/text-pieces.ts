import { messageToParts, MessageSyntaxError } from '../core/message.js';
import type { Segment, TermSpan } from '../core/segment.js';
import type { Glossary } from '../glossary/model.js';
import { findConcept, preferredTerm } from '../glossary/term-lookup.js';
import type { SourcePiece, TargetPiece } from './model.js';

/**
 * The source sentence cut into plain text, protected values and glossary
 * terms. `intended` are the segment's term spans in order, each with the
 * concept its context asks for; the approved term shown is that concept's
 * preferred term in `locale`.
 */
export function sourcePieces(segment: Segment, intended: readonly TermSpan[], glossary: Glossary | undefined, locale: string): SourcePiece[] {
  const pieces: SourcePiece[] = [];
  let cursor = 0;
  let termIndex = 0;
  const text = (end: number) => {
    if (end > cursor) pieces.push({ kind: 'text', text: segment.text.slice(cursor, end) });
  };
  for (const span of segment.spans) {
    const conceptId = span.kind === 'term' ? (intended[termIndex++]?.conceptId ?? span.conceptId) : undefined;
    // Spans never overlap when the segmenter builds them; a malformed one is shown as plain text.
    if (span.start < cursor || span.end > segment.text.length) continue;
    text(span.start);
    const written = segment.text.slice(span.start, span.end);
    if (span.kind === 'term' && conceptId !== undefined) {
      const concept = glossary ? findConcept(glossary, conceptId) : undefined;
      const approved = concept ? preferredTerm(concept, locale) : undefined;
      const note = approved?.note ?? concept?.note;
      pieces.push({
        kind: 'term',
        text: written,
        conceptId,
        status: span.status,
        ...(approved ? { approved: approved.text } : {}),
        ...(note ? { note } : {}),
      });
    } else if (span.kind !== 'term') {
      pieces.push({ kind: 'value', text: written, placeholder: span.placeholder });
    }
    cursor = span.end;
  }
  text(segment.text.length);
  return pieces;
}

/**
 * A translation (an ICU message) as text and values: each `{placeholder}`
 * becomes its value from `values` (formatted for the locale), or stays
 * `{name}` and is flagged unknown when the source has no such value. A
 * message that is not valid ICU is shown verbatim.
 */
export function targetPieces(message: string, values: ReadonlyMap<string, string>): TargetPiece[] {
  let parts;
  try {
    parts = messageToParts(message);
  } catch (error) {
    if (error instanceof MessageSyntaxError) return [{ kind: 'text', text: message }];
    throw error;
  }
  return parts.map((part): TargetPiece => {
    if (part.type === 'text') return { kind: 'text', text: part.value };
    const value = values.get(part.name);
    return value === undefined
      ? { kind: 'value', text: `{${part.name}}`, placeholder: part.name, known: false }
      : { kind: 'value', text: value, placeholder: part.name, known: true };
  });
}
