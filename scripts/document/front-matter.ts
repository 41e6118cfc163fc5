import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../core/errors.js';
import { isKnownLocale } from '../core/locale.js';
import { collectionAliasMessage, firstCollectionAlias } from '../core/yaml-aliases.js';
import type { FrontMatter } from './model.js';

export interface ParsedFrontMatter {
  readonly frontMatter: FrontMatter;
  /** Offset of the title's first character inside the file, for diagnostics. */
  readonly titleStart: number;
  readonly bodyStart: number;
}

const fence = /^---[ \t]*\r?\n/;
const closingFence = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * Reads the YAML front matter at the top of an article. The title, date,
 * publisher and lang (or language) keys are required.
 */
export function parseFrontMatter(text: string, file: string): ParsedFrontMatter {
  const content = text.startsWith('\uFEFF') ? 1 : 0;
  const open = fence.exec(text.slice(content));
  if (!open) {
    throw new InputError('no front matter: the article must start with a "---" line, then title, date, publisher and lang, then "---"', file, { line: 1, column: 1 });
  }
  const yamlStart = content + open[0].length;
  const close = closingFence.exec(text.slice(yamlStart));
  if (!close) {
    throw new InputError('the front matter is not closed: add a "---" line after it', file, { line: 1, column: 1 });
  }
  const yamlText = text.slice(yamlStart, yamlStart + close.index);
  // The opening fence is the file's first line, so the YAML starts on its second.
  const yamlLine = 2;
  const { values, ranges, positionOf } = quickFrontMatter(yamlText, yamlLine) ?? frontMatterWithPositions(yamlText, yamlLine, file);
  const keyPosition = (key: string) => {
    const range = ranges[key];
    return range ? positionOf(range[0]) : { line: 2, column: 1 };
  };
  const required = (key: string, alias?: string): string => {
    const name = values[key] !== undefined || alias === undefined ? key : alias;
    const value = values[name];
    if (value === undefined || value === null || String(value).trim() === '') {
      throw new InputError(`the front matter has no "${key}"`, file, { line: 2, column: 1 });
    }
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InputError(`"${name}" in the front matter must be text`, file, keyPosition(name));
    }
    return String(value);
  };

  const title = required('title');
  const date = required('date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new InputError(`"date" must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(date)}`, file, keyPosition('date'));
  }
  const publisher = required('publisher');
  const langKey = values['lang'] !== undefined ? 'lang' : 'language';
  const lang = required('lang', 'language');
  if (!isKnownLocale(lang)) {
    throw new InputError(`unknown language code ${JSON.stringify(lang)} in the front matter; use a BCP 47 code such as "en"`, file, keyPosition(langKey));
  }

  const titleRange = ranges['title'] ?? [0, 0];
  const quoted = /^["']/.test(text.slice(yamlStart + titleRange[0]));
  const extra = Object.fromEntries(Object.entries(values).filter(([key]) => !['title', 'date', 'publisher', 'lang', 'language'].includes(key)));
  return {
    frontMatter: { title, date, publisher, lang, extra },
    titleStart: yamlStart + titleRange[0] + (quoted ? 1 : 0),
    bodyStart: yamlStart + close.index + close[0].length,
  };
}

/** Values of the front matter's keys, where each scalar value starts and ends (offsets into the YAML text), and the file position of such an offset. */
interface FrontMatterValues {
  readonly values: Record<string, unknown>;
  readonly ranges: Record<string, readonly [number, number]>;
  readonly positionOf: (offset: number) => { line: number; column: number };
}

/** The front matter as the `yaml` package reads it, which knows every node's position and every error's. */
export function frontMatterWithPositions(yamlText: string, yamlLine: number, file: string): FrontMatterValues {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlLine - 1, column: col };
  };
  const firstError = document.errors[0];
  if (firstError) {
    throw new InputError(`malformed front matter: ${firstError.message.split('\n')[0]}`, file, positionOf(firstError.pos[0]));
  }
  const alias = firstCollectionAlias(document);
  if (alias !== undefined) throw new InputError(collectionAliasMessage, file, positionOf(alias));
  if (!isMap(document.contents)) {
    throw new InputError('the front matter must be a list of "key: value" lines', file, { line: 2, column: 1 });
  }
  const values: Record<string, unknown> = {};
  const ranges: Record<string, [number, number]> = {};
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    values[key] = isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON(): unknown } | null)?.toJSON();
    const range = isScalar(pair.value) ? pair.value.range : undefined;
    if (range) ranges[key] = [range[0], range[1]];
  }
  return { values, ranges, positionOf };
}

/** A line the quick reader takes: a plain key, a colon, spaces, then the value to the end of the line. */
const quickLine = /^([A-Za-z_][A-Za-z0-9_-]*):( +)(\S.*)$/;
/** Plain text YAML could read as more than a string: a number, null, a boolean, an indicator, a key inside. */
const notPlainText = /^[-+.0-9~?:,[\]{}#&*!|>'"%@`]|^(?:null|true|false)$|: |:$| #/i;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** Characters YAML refuses or treats apart (controls, NEL, BOM, surrogates): left to the parser. */
const notPrintable = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * Front matter of `key: text` lines, read without a YAML parser, which took a
 * tenth of a cold check of many short articles: each value is plain text, a
 * date written YYYY-MM-DD or text in quotes on its own line. Undefined for
 * anything else (other types, lists, comments, escapes, a key twice, tabs),
 * which `frontMatterWithPositions` then reads: what this reads, the `yaml`
 * package reads the same, and every error comes from there.
 */
export function quickFrontMatter(yamlText: string, yamlLine: number): FrontMatterValues | undefined {
  if (yamlText.includes('\t') || yamlText.includes('\\') || notPrintable.test(yamlText)) return undefined;
  const values: Record<string, unknown> = {};
  const ranges: Record<string, [number, number]> = {};
  let lineStart = 0;
  const lineStarts: number[] = [];
  while (lineStart < yamlText.length) {
    let lineEnd = yamlText.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = yamlText.length;
    const next = lineEnd + 1;
    if (yamlText.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    lineStarts.push(lineStart);
    const content = yamlText.slice(lineStart, lineEnd);
    if (content.trim() !== '') {
      const match = quickLine.exec(content);
      if (!match) return undefined;
      const [, key, gap, raw] = match as unknown as [string, string, string, string];
      if (Object.hasOwn(values, key) || /^(?:null|true|false)$/i.test(key) || key === '__proto__') return undefined;
      const valueStart = lineStart + key.length + 1 + gap.length;
      const value = quickValue(raw.trimEnd());
      if (value === undefined) return undefined;
      values[key] = value;
      ranges[key] = [valueStart, valueStart + raw.trimEnd().length];
    }
    lineStart = next;
  }
  if (Object.keys(values).length === 0) return undefined;
  const positionOf = (offset: number) => {
    let index = lineStarts.length - 1;
    while (index > 0 && lineStarts[index]! > offset) index--;
    return { line: yamlLine + index, column: offset - lineStarts[index]! + 1 };
  };
  return { values, ranges, positionOf };
}

/** The text of a value the quick reader takes, or undefined. */
function quickValue(raw: string): string | undefined {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    if (raw.length < 2 || raw[raw.length - 1] !== quote) return undefined;
    const inner = raw.slice(1, -1);
    if (quote === '"') return inner.includes('"') ? undefined : inner;
    // Two single quotes stand for one; one alone would end the scalar.
    return inner.replaceAll("''", '').includes("'") ? undefined : inner.replaceAll("''", "'");
  }
  if (isoDate.test(raw)) return raw;
  return notPlainText.test(raw) ? undefined : raw;
}
