import { messageToParts, type MessagePart } from '../core/message.js';
import { isProtected, type ProtectedSpan, type Segment } from '../core/segment.js';
import type { TermHint } from './model.js';

/** What the writer puts into a `<source>` or `<target>`, independent of the XLIFF version. */
export type ContentItem =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'placeholder'; readonly name: string }
  | { readonly kind: 'term'; readonly hint: TermHint; readonly items: readonly ContentItem[] };

/** Text and placeholders of an ICU message. Throws `MessageSyntaxError` for anything else. */
export function messageContent(message: string): ContentItem[] {
  return messageToParts(message).map(partToItem);
}

/**
 * The source of a segment: its text with protected spans as placeholders and
 * glossary terms marked.
 *
 * Term offsets refer to `segment.text`, so terms can only be marked when the
 * text and spans agree with `segment.message`. If they do not, the message wins
 * (it is what translations are checked against) and terms stay unmarked; the
 * glossary note still lists them. Terms that overlap an earlier term, or cut
 * through a placeholder, are not marked either.
 */
export function sourceContent(segment: Segment, terms: readonly TermHint[]): ContentItem[] {
  const messageParts = messageToParts(segment.message);
  const spans = segment.spans.filter(isProtected).toSorted((a, b) => a.start - b.start);
  const whole = plainContent(segment.text, spans, 0, segment.text.length);
  if (!sameContent(whole, messageParts.map(partToItem))) return messageParts.map(partToItem);

  const items: ContentItem[] = [];
  let position = 0;
  for (const term of markableTerms(terms, spans, segment.text.length)) {
    items.push(...plainContent(segment.text, spans, position, term.start));
    items.push({ kind: 'term', hint: term, items: plainContent(segment.text, spans, term.start, term.end) });
    position = term.end;
  }
  items.push(...plainContent(segment.text, spans, position, segment.text.length));
  return items;
}

/** Placeholder names of some content, in order, duplicates kept. */
export function placeholderNames(items: readonly ContentItem[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'placeholder' ? [item.name] : item.kind === 'term' ? placeholderNames(item.items) : [],
  );
}

function partToItem(part: MessagePart): ContentItem {
  return part.type === 'text' ? { kind: 'text', value: part.value } : { kind: 'placeholder', name: part.name };
}

/** Text and placeholders of `text[from, to)`; spans must not cross the range ends. */
function plainContent(text: string, spans: readonly ProtectedSpan[], from: number, to: number): ContentItem[] {
  const items: ContentItem[] = [];
  let position = from;
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    if (span.start > position) items.push({ kind: 'text', value: text.slice(position, span.start) });
    items.push({ kind: 'placeholder', name: span.placeholder });
    position = span.end;
  }
  if (to > position) items.push({ kind: 'text', value: text.slice(position, to) });
  return items;
}

function markableTerms(terms: readonly TermHint[], spans: readonly ProtectedSpan[], length: number): TermHint[] {
  const sorted = terms.toSorted((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermHint[] = [];
  let lastEnd = 0;
  for (const term of sorted) {
    if (term.start < lastEnd || term.start >= term.end || term.end > length) continue;
    const cutsPlaceholder = spans.some(
      (span) => span.start < term.end && span.end > term.start && (span.start < term.start || span.end > term.end),
    );
    if (cutsPlaceholder) continue;
    kept.push(term);
    lastEnd = term.end;
  }
  return kept;
}

function sameContent(a: readonly ContentItem[], b: readonly ContentItem[]): boolean {
  const left = mergeText(a);
  const right = mergeText(b);
  return (
    left.length === right.length &&
    left.every((item, i) => {
      const other = right[i]!;
      if (item.kind === 'text') return other.kind === 'text' && other.value === item.value;
      return item.kind === 'placeholder' && other.kind === 'placeholder' && other.name === item.name;
    })
  );
}

function mergeText(items: readonly ContentItem[]): ContentItem[] {
  const merged: ContentItem[] = [];
  for (const item of items) {
    const last = merged.at(-1);
    if (item.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', value: last.value + item.value };
    else if (item.kind !== 'text' || item.value !== '') merged.push(item);
  }
  return merged;
}
