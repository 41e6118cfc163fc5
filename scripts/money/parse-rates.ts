import { readFile } from 'node:fs/promises';
import { assertFileSize } from '../core/limits.js';
import { collectionAliasMessage, firstCollectionAlias } from '../core/yaml-aliases.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { InputError } from '../core/errors.js';
import type { Position } from '../core/position.js';
import { isCurrencyCode } from './currency-codes.js';
import { parseIsoDate } from './iso-date.js';
import { pairName, type RateRow, type RateSource, type RateTable } from './rate-table.js';

const rowKeys = new Set(['base', 'quote', 'rate', 'unit', 'from', 'to', 'source']);
const sourceKeys = new Set(['name', 'url']);

/**
 * Reads and validates a rates file (format documented at the top of
 * glossary/rates.yaml).
 *
 * @throws InputError naming the file, line and column of the first problem.
 */
export async function loadRates(path: string): Promise<RateTable> {
  await assertFileSize(path, path, 'ratesFileSize');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the rates file (${(error as Error).message})`, path, undefined, { cause: error });
  }
  return parseRates(text, path);
}

/**
 * Parses the text of a rates file. Every row must name two known ISO 4217
 * currencies, a positive rate, its unit, the first day it is in force and its
 * source; rows of the same pair and source must not overlap in time.
 *
 * @param fileName used in error messages and kept in the table.
 * @throws InputError naming the file, line and column of the first problem.
 */
export function parseRates(text: string, fileName: string): RateTable {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const fail = (message: string, offset: number): never => {
    const { line, col } = lineCounter.linePos(offset);
    const position: Position = { line, column: col };
    throw new InputError(message, fileName, position);
  };
  const firstError = document.errors[0];
  if (firstError) fail(`YAML syntax error: ${firstError.message.split('\n')[0]}`, firstError.pos[0]);
  const alias = firstCollectionAlias(document);
  if (alias !== undefined) fail(collectionAliasMessage, alias);

  const root = document.contents;
  if (!isMap(root)) return fail('expected a mapping with a "rates" list at the top level', root?.range?.[0] ?? 0);
  for (const pair of root.items) {
    const key = keyOf(pair.key);
    if (key !== 'rates') fail(`unknown top-level key "${key}"; the file holds one key, "rates"`, offsetOf(pair.key));
  }
  const list = root.get('rates', true);
  if (list === undefined) return { file: fileName, rows: [] };
  if (!isSeq(list)) return fail('"rates" must be a list of rows', offsetOf(list));

  const rows: RateRow[] = [];
  for (const item of list.items) {
    if (!isMap(item)) return fail('each rate row must be a mapping (base, quote, rate, unit, from, source)', offsetOf(item));
    const row = readRow(item, fail, lineCounter);
    const overlapping = rows.find((other) => sameSeries(other, row) && overlaps(other, row));
    if (overlapping) {
      fail(
        `${pairName(row.base, row.quote)} from ${row.source.name} overlaps the row on line ${overlapping.line} ` +
          `(${periodText(overlapping)}); rows of one pair and source must not share a day`,
        offsetOf(item),
      );
    }
    rows.push(row);
  }
  return { file: fileName, rows };
}

type Fail = (message: string, offset: number) => never;

function readRow(row: YAMLMap, fail: Fail, lineCounter: LineCounter): RateRow {
  const rowOffset = offsetOf(row);
  for (const pair of row.items) {
    const key = keyOf(pair.key);
    if (!rowKeys.has(key)) {
      fail(`unknown key "${key}" in a rate row; allowed: ${[...rowKeys].join(', ')}`, offsetOf(pair.key));
    }
  }
  const required = (key: string): Node => {
    const node = row.get(key, true) as Node | undefined;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      return fail(`rate row has no "${key}"${hints[key] ?? ''}`, rowOffset);
    }
    return node;
  };

  const base = readCurrency(required('base'), 'base', fail);
  const quote = readCurrency(required('quote'), 'quote', fail);
  if (base === quote) fail(`base and quote are both ${base}`, offsetOf(required('quote')));
  const rate = readPositiveNumber(required('rate'), 'rate', fail);
  const unitNode = required('unit');
  const unit = readPositiveNumber(unitNode, 'unit', fail);
  if (!Number.isInteger(unit)) fail(`unit must be a whole number of ${base} (1, 100, …), got ${unit}`, offsetOf(unitNode));
  const validFrom = readDate(required('from'), 'from', fail);
  const toNode = row.get('to', true) as Node | undefined;
  const validTo = toNode === undefined ? undefined : readDate(toNode, 'to', fail);
  if (validTo !== undefined && validTo < validFrom) {
    fail(`"to" (${validTo}) is before "from" (${validFrom})`, offsetOf(toNode));
  }
  const source = readSource(required('source'), fail);
  const line = lineCounter.linePos(rowOffset).line;
  const fields = { base, quote, rate, unit, validFrom, source, line };
  return validTo === undefined ? fields : { ...fields, validTo };
}

const hints: Record<string, string> = {
  unit: ': say how many units of the base currency the rate is for (1, 100, …)',
  source: ': give the publisher as source.name and where to check the figure as source.url',
  from: ': give the first day the rate is in force, YYYY-MM-DD',
};

function readCurrency(node: Node, key: string, fail: Fail): string {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) {
    return fail(`${key} must be an ISO 4217 currency code such as KZT, got ${describe(node)}`, offsetOf(node));
  }
  if (!isCurrencyCode(value)) return fail(`unknown currency code "${value}" in ${key} (not in ISO 4217)`, offsetOf(node));
  return value;
}

function readPositiveNumber(node: Node, key: string, fail: Fail): number {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(`${key} must be a number written with a decimal point, got ${describe(node)}`, offsetOf(node));
  }
  if (value === 0) return fail(`${key} must be greater than zero, got 0`, offsetOf(node));
  if (value < 0) return fail(`${key} must be greater than zero, got a negative number (${value})`, offsetOf(node));
  return value;
}

function readDate(node: Node, key: string, fail: Fail): string {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'string' || parseIsoDate(value) === null) {
    return fail(`${key} must be a real date written YYYY-MM-DD, got ${describe(node)}`, offsetOf(node));
  }
  return value;
}

function readSource(node: Node, fail: Fail): RateSource {
  if (!isMap(node)) return fail(`source must be a mapping with name and url, got ${describe(node)}`, offsetOf(node));
  for (const pair of node.items) {
    const key = keyOf(pair.key);
    if (!sourceKeys.has(key)) fail(`unknown key "${key}" in source; allowed: name, url`, offsetOf(pair.key));
  }
  const nameNode = node.get('name', true) as Node | undefined;
  const urlNode = node.get('url', true) as Node | undefined;
  const name = isScalar(nameNode) && typeof nameNode.value === 'string' ? nameNode.value.trim() : '';
  if (name === '') return fail('source.name must name the publisher of the rate', offsetOf(nameNode ?? node));
  const url = isScalar(urlNode) && typeof urlNode.value === 'string' ? urlNode.value.trim() : '';
  if (!/^https?:\/\//.test(url) || !URL.canParse(url)) {
    return fail(`source.url must be an http(s) address where the rate can be checked, got ${describe(urlNode)}`, offsetOf(urlNode ?? node));
  }
  return { name, url };
}

function sameSeries(a: RateRow, b: RateRow): boolean {
  return a.base === b.base && a.quote === b.quote && a.source.name === b.source.name;
}

function overlaps(a: RateRow, b: RateRow): boolean {
  return a.validFrom <= (b.validTo ?? b.validFrom) && b.validFrom <= (a.validTo ?? a.validFrom);
}

function periodText(row: RateRow): string {
  return row.validTo === undefined ? row.validFrom : `${row.validFrom} to ${row.validTo}`;
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function offsetOf(node: unknown): number {
  return (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}

function describe(node: Node | undefined): string {
  if (node === undefined) return 'nothing';
  if (isScalar(node)) return node.value === null ? 'nothing' : JSON.stringify(node.source ?? node.value);
  return isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'something else';
}
