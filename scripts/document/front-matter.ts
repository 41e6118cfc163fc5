import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../core/errors.js';
import { isKnownLocale } from '../core/locale.js';
import { LineIndex } from '../core/position.js';
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
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlLine = new LineIndex(text).positionAt(yamlStart).line;
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
