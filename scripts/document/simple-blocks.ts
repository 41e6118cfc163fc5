import type { BlockKind } from './model.js';

/** A block's kind and where its inline content starts and ends in the body, as the Markdown tree gives them. */
export interface BlockSpan {
  readonly kind: Exclude<BlockKind, 'title'>;
  readonly start: number;
  readonly end: number;
}

/**
 * The blocks of a body written in the plain Markdown most articles use,
 * found line by line without building a Markdown tree (which took most of
 * the time an article takes to read): paragraphs, ATX headings (`## …`),
 * one-line quotes (`> …`) and lists of one-line items (`- …`), separated
 * as CommonMark separates them. Undefined for a body with anything else at
 * the start of a line (indentation, other list markers, fences, HTML,
 * tables, link definitions, setext underlines, a quote or an item over two
 * lines, a list or quote right under a paragraph), which the Markdown
 * parser then reads: where this answers, it answers as the parser does.
 */
export function simpleBlocks(body: string): BlockSpan[] | undefined {
  // A carriage return on its own ends a line for CommonMark, and NUL is replaced: both are left to the parser.
  if (body.includes('\0') || (body.includes('\r') && /\r(?!\n)/.test(body))) return undefined;
  const spans: BlockSpan[] = [];
  /** The block the line before belongs to: its kind, where its content starts and ends, and whether a line of it holds a pipe. */
  let open: { kind: 'paragraph' | 'quote' | 'listItem'; start: number; end: number; pipe: boolean } | undefined;
  let lineStart = 0;
  const close = () => {
    if (open) spans.push({ kind: open.kind, start: open.start, end: open.end });
    open = undefined;
  };
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    const atLast = lineEnd === -1;
    if (atLast) lineEnd = body.length;
    const next = lineEnd + 1;
    if (lineEnd > lineStart && body.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    const contentEnd = trimmedEnd(body, lineStart, lineEnd);
    if (contentEnd === lineStart) {
      // A blank line (spaces and tabs only) ends whatever was open.
      close();
    } else {
      const first = body.charCodeAt(lineStart);
      if (first === 0x23 /* # */) {
        const heading = atxHeading(body, lineStart, contentEnd);
        if (heading === undefined) return undefined;
        close();
        if (heading.end > heading.start) spans.push({ kind: 'heading', start: heading.start, end: heading.end });
      } else if (first === 0x3e /* > */ || (first === 0x2d /* - */ && body.charCodeAt(lineStart + 1) === 0x20)) {
        // A quote or a list item of one line: after a blank line, an item after an item.
        const previousIsItem = open?.kind === 'listItem';
        if (open && !(first === 0x2d && previousIsItem)) return undefined;
        if (first === 0x3e && body.charCodeAt(lineStart + 1) !== 0x20) return undefined;
        const textStart = lineStart + 2;
        if (textStart >= contentEnd || !startsPlainText(body, textStart, contentEnd)) return undefined;
        close();
        open = { kind: first === 0x3e ? 'quote' : 'listItem', start: textStart, end: contentEnd, pipe: false };
      } else {
        if (!startsPlainText(body, lineStart, contentEnd)) return undefined;
        const pipe = body.slice(lineStart, contentEnd).includes('|');
        if (open) {
          // A second line of a paragraph; a quote or an item would take it in lazily, which is left to the parser.
          // A pipe in a paragraph of two lines or more may make it a table.
          if (open.kind !== 'paragraph' || open.pipe || pipe) return undefined;
          open.end = contentEnd;
        } else {
          open = { kind: 'paragraph', start: lineStart, end: contentEnd, pipe };
        }
      }
    }
    if (atLast) break;
    lineStart = next;
  }
  close();
  return spans;
}

/** Where the line's content ends, without trailing spaces and tabs. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return end;
}

/** The content of an ATX heading line (`#` to `######`, a space, text, an optional closing run of `#`), or undefined when the line is not one. */
function atxHeading(text: string, lineStart: number, contentEnd: number): { start: number; end: number } | undefined {
  let level = 0;
  while (text.charCodeAt(lineStart + level) === 0x23) level++;
  const afterMarks = lineStart + level;
  if (level > 6 || (afterMarks < contentEnd && text.charCodeAt(afterMarks) !== 0x20)) return undefined;
  let start = afterMarks;
  while (start < contentEnd && text.charCodeAt(start) === 0x20) start++;
  if (start < contentEnd && text.charCodeAt(start) === 0x09) return undefined;
  // A closing run of `#` goes when a space or a tab stands before it (or it is all there is).
  let end = contentEnd;
  let closing = end;
  while (closing > start && text.charCodeAt(closing - 1) === 0x23) closing--;
  const before = text.charCodeAt(closing - 1);
  if (closing < end && (closing === start || before === 0x20 || before === 0x09)) end = trimmedEnd(text, start, closing);
  // A backslash before the closing run, or text made only of `#`, is left to the parser.
  if (end > start && text.charCodeAt(end - 1) === 0x5c) return undefined;
  return { start, end };
}

/**
 * Whether a line whose text starts at `start` is plain paragraph text that
 * cannot start another kind of block: not indented, and not beginning with a
 * character that opens a list, quote, heading, fence, thematic break,
 * setext underline, HTML block, table row or link definition.
 */
function startsPlainText(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 0x20 || first === 0x09 || '>-*+#=_`~<|[:!'.includes(text[start]!)) return false;
  // A number followed by `.` or `)` and a space (or nothing) starts an ordered list item.
  let digits = start;
  while (digits < end && digits - start < 10 && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++;
  if (digits > start) {
    const after = text.charCodeAt(digits);
    if ((after === 0x2e || after === 0x29) && (digits + 1 >= end || text.charCodeAt(digits + 1) === 0x20 || text.charCodeAt(digits + 1) === 0x09)) return false;
  }
  return true;
}
