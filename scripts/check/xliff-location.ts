import { readFileSync } from 'node:fs';
import { escapeMessageText, partsToMessage, type MessagePart } from '../core/message.js';
import { LineIndex, type Position } from '../core/position.js';
import type { ParsedUnit } from '../xliff/index.js';
import type { UnitLocation } from './rule.js';

/** Elements of XLIFF 1.2 whose content is native code, not text. */
const nativeCodeElements = new Set(['bpt', 'ept', 'ph', 'it']);

/**
 * Where the message of an XLIFF target stands in its file: a finding inside
 * the target is placed at its word, mapped back through inline codes,
 * entities and CDATA. The file is read (once, on the first finding) only when
 * a position is asked for. When the file cannot be read or does not hold what
 * the parser read (it changed since), every offset maps to the `<target>`.
 */
export function xliffTargetLocation(unit: ParsedUnit, fileText: () => string | undefined): UnitLocation {
  const fallback: Position = { line: unit.targetLine ?? unit.line, column: unit.targetColumn ?? unit.column };
  let map: TargetMap | undefined | null = null;
  const mapped = (): TargetMap | undefined => {
    if (map === null) map = targetMap(unit, fileText());
    return map;
  };
  return {
    position: (offset) => {
      const target = mapped();
      return target ? target.lines.positionAt(target.fileOffset(offset)) : fallback;
    },
    endPosition: (offset) => {
      const target = mapped();
      return target && offset > 0 ? target.lines.positionAt(target.fileOffset(offset - 1) + 1) : (target?.lines.positionAt(target.fileOffset(offset)) ?? fallback);
    },
  };
}

/** Reads a file once, on first use; undefined when it cannot be read. */
export function lazyFileText(path: string): () => string | undefined {
  let text: string | undefined | null = null;
  return () => {
    if (text === null) {
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = undefined;
      }
    }
    return text;
  };
}

interface TargetMap {
  readonly lines: LineIndex;
  /** File offset of the message character at `offset` (of the end of the target for offsets past it). */
  fileOffset(offset: number): number;
}

/** The line index of the last file text asked about: every unit of a file asks with the same text. */
let lastIndexed: { readonly text: string; readonly lines: LineIndex } | undefined;

function linesOf(text: string): LineIndex {
  if (lastIndexed?.text !== text) lastIndexed = { text, lines: new LineIndex(text) };
  return lastIndexed.lines;
}

function targetMap(unit: ParsedUnit, text: string | undefined): TargetMap | undefined {
  if (text === undefined || !unit.target || !unit.targetContent) return undefined;
  const lines = linesOf(text);
  const decoded: string[] = [];
  const offsets: number[] = [];
  let end = 0;
  for (const position of unit.targetContent) {
    const scanned = scanContent(text, lines.offsetAt(position));
    if (!scanned) return undefined;
    decoded.push(scanned.text);
    for (const offset of scanned.offsets) offsets.push(offset);
    end = scanned.end;
  }
  const parts: MessagePart[] = [];
  for (const part of unit.target) {
    const last = parts.at(-1);
    if (part.type === 'text' && last?.type === 'text') parts[parts.length - 1] = { type: 'text', value: last.value + part.value };
    else if (part.type === 'text') parts.push({ type: 'text', value: part.value });
    else if (part.type === 'placeholder') parts.push({ type: 'placeholder', name: part.name });
  }
  const plain = parts.map((part) => (part.type === 'text' ? part.value : '')).join('');
  if (plain !== decoded.join('')) return undefined;
  // Message offset → offset into the plain text, through the quoting partsToMessage adds.
  const toPlain: number[] = [];
  let plainOffset = 0;
  for (const part of parts) {
    if (part.type === 'text') {
      alignQuoted(escapeMessageText(part.value), part.value, plainOffset, toPlain);
      plainOffset += part.value.length;
    } else {
      for (let k = 0; k < part.name.length + 2; k++) toPlain.push(plainOffset);
    }
  }
  if (toPlain.length !== partsToMessage(parts).length) return undefined;
  return {
    lines,
    fileOffset: (offset) => offsets[toPlain[offset] ?? plain.length] ?? end,
  };
}

/** Maps each character of `quoted` (ICU text) to the offset of the plain character it writes; a quote mark to the next one. */
function alignQuoted(quoted: string, plain: string, base: number, out: number[]): void {
  let j = 0;
  for (let i = 0; i < quoted.length; i++) {
    out.push(base + j);
    if (j < plain.length && quoted[i] === plain[j]) j++;
  }
}

/**
 * The text content of the element whose start tag begins at `start`, as an
 * XML parser reads it (entities and CDATA resolved, CRLF as LF, native code
 * and markup left out), with the file offset of every UTF-16 unit.
 */
function scanContent(xml: string, start: number): { text: string; offsets: number[]; end: number } | undefined {
  let i = tagEnd(xml, start);
  if (i < 0) return undefined;
  if (xml[i - 2] === '/') return { text: '', offsets: [], end: i };
  let text = '';
  const offsets: number[] = [];
  let depth = 0;
  let skipDepth = -1;
  const add = (value: string, at: number) => {
    if (skipDepth >= 0) return;
    text += value;
    for (let k = 0; k < value.length; k++) offsets.push(at);
  };
  while (i < xml.length) {
    const ch = xml[i]!;
    if (ch === '<') {
      if (xml.startsWith('<!--', i)) {
        i = xml.indexOf('-->', i) + 3;
      } else if (xml.startsWith('<![CDATA[', i)) {
        const close = xml.indexOf(']]>', i);
        if (close < 0) return undefined;
        for (let k = i + 9; k < close; k++) add(xml[k]!, k);
        i = close + 3;
      } else if (xml.startsWith('<?', i)) {
        i = xml.indexOf('?>', i) + 2;
      } else if (xml[i + 1] === '/') {
        if (depth === 0) return { text, offsets, end: i };
        if (skipDepth === depth) skipDepth = -1;
        depth--;
        i = xml.indexOf('>', i) + 1;
      } else {
        const name = /^<([^\s/>]+)/u.exec(xml.slice(i, i + 200))?.[1] ?? '';
        const local = name.slice(name.indexOf(':') + 1);
        const tagStart = i;
        i = tagEnd(xml, i);
        if (i < 0) return undefined;
        const selfClosing = xml[i - 2] === '/';
        if (local === 'cp') {
          const hex = /hex\s*=\s*["']([0-9A-Fa-f]{1,6})["']/u.exec(xml.slice(tagStart, i))?.[1];
          if (hex !== undefined) add(String.fromCodePoint(Number.parseInt(hex, 16)), tagStart);
        }
        if (!selfClosing) {
          depth++;
          if (nativeCodeElements.has(local) && skipDepth < 0) skipDepth = depth;
        }
      }
      if (i <= 0) return undefined;
    } else if (ch === '&') {
      const close = xml.indexOf(';', i);
      if (close < 0) return undefined;
      add(decodeEntity(xml.slice(i + 1, close)), i);
      i = close + 1;
    } else if (ch === '\r') {
      add('\n', i);
      i += xml[i + 1] === '\n' ? 2 : 1;
    } else {
      add(ch, i);
      i++;
    }
  }
  return undefined;
}

/** Offset just past the `>` of the tag starting at `start`, honouring quoted attribute values; -1 when there is none. */
function tagEnd(xml: string, start: number): number {
  let quote: string | undefined;
  for (let i = start + 1; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return namedEntities[name] ?? '';
}
