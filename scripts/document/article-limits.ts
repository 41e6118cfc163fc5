import { InputError } from '../core/errors.js';
import { LimitError, limits } from '../core/limits.js';
import { LineIndex } from '../core/position.js';

/** C0 and C1 controls other than tab, line feed and carriage return (CRLF files are fine). */
const forbiddenControl = /[^\P{Cc}\t\n\r]/u;

/**
 * Refuses, before the Markdown parser sees it, article text that no news
 * article holds and that would make parsing slow or the output unsafe: more
 * bytes than `articleFileSize`, a line longer than `articleLineLength`,
 * containers nested deeper than `markdownContainerDepth`, more list items
 * than `markdownListItems`, and control
 * characters (a NUL would be written into every locale file). Each refusal
 * names the line and column.
 */
export function checkArticleText(text: string, file: string): void {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > limits.articleFileSize) {
    throw new LimitError('articleFileSize', `the article is ${size.toLocaleString('en')} bytes`, file);
  }
  let lines: LineIndex | undefined;
  const at = (offset: number) => (lines ??= new LineIndex(text)).positionAt(offset);

  const control = forbiddenControl.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new InputError(`control character U+${code} in the article; remove it (only tab and line breaks are allowed)`, file, at(control.index));
  }

  let lineStart = 0;
  let listItems = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > limits.articleLineLength) {
      throw new LimitError('articleLineLength', `a line of ${(lineEnd - lineStart).toLocaleString('en')} characters`, file, at(lineStart));
    }
    const depth = containerDepth(text, lineStart, lineEnd);
    if (depth.depth > limits.markdownContainerDepth) {
      throw new LimitError('markdownContainerDepth', `block quotes and lists nested deeper than ${limits.markdownContainerDepth}`, file, at(depth.offset));
    }
    listItems += depth.listItems;
    if (listItems > limits.markdownListItems) {
      throw new LimitError('markdownListItems', `more than ${limits.markdownListItems.toLocaleString('en')} list items`, file, at(lineStart));
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * How deeply a line nests containers, estimated from its start: each ">"
 * and each list marker ("-", "*", "+", "1." or "1)" before a space) opens one,
 * and every two columns of indentation before a marker stand for an enclosing
 * list item. Returns the depth and where the limit was passed.
 */
function containerDepth(text: string, start: number, end: number): { depth: number; offset: number; listItems: number } {
  let depth = 0;
  let listItems = 0;
  let indent = 0;
  let i = start;
  while (i < end) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20) {
      indent++;
      i++;
    } else if (ch === 0x09) {
      indent += 4;
      i++;
    } else if (ch === 0x3e /* > */) {
      depth += 1 + (indent >> 1);
      indent = 0;
      i++;
    } else {
      const marker = listMarkerLength(text, i, end);
      if (marker === 0) break;
      depth += 1 + (indent >> 1);
      indent = 0;
      i += marker;
      listItems++;
    }
    if (depth > limits.markdownContainerDepth) return { depth, offset: i, listItems };
  }
  return { depth, offset: i, listItems };
}

/** Length of a list marker at `i` followed by a space, tab or the line's end; 0 when there is none. */
function listMarkerLength(text: string, i: number, end: number): number {
  const ch = text[i];
  let length = 0;
  if (ch === '-' || ch === '*' || ch === '+') length = 1;
  else {
    while (length < 9 && i + length < end && /[0-9]/.test(text[i + length]!)) length++;
    if (length === 0 || (text[i + length] !== '.' && text[i + length] !== ')')) return 0;
    length++;
  }
  const after = i + length;
  return after === end || text[after] === ' ' || text[after] === '\t' ? length : 0;
}
