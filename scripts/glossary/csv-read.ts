/**
 * Imports a spreadsheet glossary (CSV, comma-separated, UTF-8, optional BOM).
 *
 * The first row names the columns; each further row holds terms:
 *
 *   id,en,ru,kk,uk,de,status,note
 *   almaty,Almaty,Алматы,Алматы,Алмати,Almaty,preferred,
 *   almaty,Alma-Ata,Алма-Ата,Алма-Ата,Алма-Ата,Alma-Ata,deprecated,Soviet-era name
 *
 * Columns, in any order:
 * - a BCP 47 language code (`en`, `ru`, `kk-Cyrl`): the term in that language;
 *   an empty cell means no term;
 * - `id` (optional): rows with the same id form one concept; without an id
 *   column every row is its own concept, with id `row-N` (N = its line);
 * - `status` (optional): the status of every term in the row — preferred,
 *   admitted, deprecated, or a TBX value such as supersededTerm-admn-sts;
 *   preferred when absent or empty;
 * - `subject`, `definition`, `note` (optional): concept fields;
 * - `<lang>:status`, `<lang>:note`, `<lang>:forms` (optional): the status,
 *   usage note or patterns (separated by `|`) of that language's term only;
 * - `<lang>:partOfSpeech`, `<lang>:derivedFrom` (optional): for a derived
 *   adjective or demonym, its part of speech and the term of the same concept
 *   and language it is formed from:
 *
 *     id,ru,ru:derivedFrom,ru:partOfSpeech,status
 *     kyiv,Киев,,,preferred
 *     kyiv,киевский,Киев,adjective,preferred
 *
 * Any other column is an error, reported with its line and column.
 */
import { parse } from 'csv-parse/sync';
import type { Position } from '../core/position.js';
import { checkGlossary } from './glossary-check.js';
import { sortByStatus, type Mutable } from './glossary-build.js';
import { ProblemCollector } from './glossary-error.js';
import { partOfSpeechFrom, statusFrom } from './interchange-values.js';
import { checkLanguageCode } from './language-code.js';
import type { Concept, ParsedGlossary, Term, TermStatus } from './model.js';
import { SourcePositions } from './source-positions.js';

const conceptColumns = ['subject', 'definition', 'note'] as const;
const languageSuffixes = ['status', 'note', 'forms', 'partOfSpeech', 'derivedFrom'] as const;

type Column =
  | { readonly kind: 'id' | 'status' }
  | { readonly kind: 'concept'; readonly field: (typeof conceptColumns)[number] }
  | { readonly kind: 'term'; readonly lang: string }
  | { readonly kind: 'termField'; readonly lang: string; readonly field: (typeof languageSuffixes)[number] };

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/** Parses and checks a CSV glossary; throws a GlossaryError naming file, line and column of every problem. */
export function parseGlossaryCsv(text: string, fileName: string): ParsedGlossary {
  const problems = new ProblemCollector(fileName);
  const positions = new SourcePositions();
  let records: CsvRecord[];
  try {
    records = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true, trim: true }) as unknown as CsvRecord[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    problems.add(`CSV syntax: ${(error as Error).message.replace(/ (at|on) line \d+$/u, '')}`, lines === undefined ? undefined : { line: lines, column: 1 });
    problems.throwIfAny();
    return { concepts: [], languages: {} };
  }
  const [header, ...rows] = records;
  if (!header) {
    problems.add('the CSV file is empty; expected a header row such as "id,en,ru,status"', { line: 1, column: 1 });
    problems.throwIfAny();
  }
  const headerCells = cellPositions(header!);
  const columns = header!.record.map((name, index) => readColumn(name, headerCells[index]!, problems));
  const seen = new Map<string, number>();
  header!.record.forEach((name, index) => {
    const first = seen.get(name);
    if (first !== undefined) problems.add(`column '${name}' appears twice (first as column ${first + 1})`, headerCells[index]);
    else seen.set(name, index);
  });
  if (!columns.some((column) => column?.kind === 'term')) {
    problems.add('no language column: the header needs at least one language code such as "en"', headerCells[0]);
  }

  const concepts: Mutable<Concept>[] = [];
  const byId = new Map<string, { concept: Mutable<Concept>; terms: Record<string, Term[]> }>();
  for (const row of rows) {
    const cells = cellPositions(row);
    const value = (index: number): string => row.record[index] ?? '';
    const idIndex = columns.findIndex((column) => column?.kind === 'id');
    const id = idIndex >= 0 && value(idIndex) !== '' ? value(idIndex) : `row-${cells[0]!.line}`;
    let entry = byId.get(id);
    if (!entry) {
      const concept: Mutable<Concept> = { id, terms: {} };
      entry = { concept, terms: {} };
      byId.set(id, entry);
      concepts.push(concept);
      positions.set(concept, cells[0]);
      positions.set(concept, cells[Math.max(idIndex, 0)], 'id');
    }
    let rowStatus: TermStatus = 'preferred';
    const statusIndex = columns.findIndex((column) => column?.kind === 'status');
    if (statusIndex >= 0 && value(statusIndex) !== '') {
      const status = statusFrom(value(statusIndex));
      if (status) rowStatus = status;
      else problems.add(`unknown status '${value(statusIndex)}'; expected preferred, admitted or deprecated`, cells[statusIndex]);
    }
    const rowTerms = new Map<string, Mutable<Term>>();
    columns.forEach((column, index) => {
      if (column?.kind === 'concept' && value(index) !== '') {
        const existing = entry.concept[column.field];
        if (existing === undefined) entry.concept[column.field] = value(index);
        else if (existing !== value(index)) problems.add(`concept '${id}' already has a different ${column.field}`, cells[index]);
      } else if (column?.kind === 'term' && value(index) !== '') {
        const term: Mutable<Term> = { text: value(index), status: rowStatus };
        rowTerms.set(column.lang, term);
        positions.set(term, cells[index]);
        const list = entry.terms[column.lang] ?? [];
        entry.terms[column.lang] = list;
        list.push(term);
        positions.set(list, cells[index]);
      }
    });
    columns.forEach((column, index) => {
      if (column?.kind !== 'termField' || value(index) === '') return;
      const term = rowTerms.get(column.lang);
      if (!term) {
        problems.add(`${column.lang}:${column.field} is filled in but the row has no ${column.lang} term`, cells[index]);
        return;
      }
      if (column.field === 'status') {
        const status = statusFrom(value(index));
        if (status) term.status = status;
        else problems.add(`unknown status '${value(index)}'; expected preferred, admitted or deprecated`, cells[index]);
      } else if (column.field === 'note') {
        term.note = value(index);
      } else if (column.field === 'partOfSpeech') {
        term.partOfSpeech = partOfSpeechFrom(value(index));
      } else if (column.field === 'derivedFrom') {
        term.derivedFrom = value(index);
        positions.set(term, cells[index], 'derivedFrom');
      } else {
        term.forms = value(index)
          .split('|')
          .map((form) => form.trim())
          .filter((form) => form !== '');
        term.forms.forEach((_, formIndex) => positions.set(term.forms!, cells[index], formIndex));
      }
    });
  }
  for (const { concept, terms } of byId.values()) {
    const sorted: Record<string, readonly Term[]> = {};
    for (const [lang, list] of Object.entries(terms)) {
      const ordered = sortByStatus(list);
      positions.set(ordered, positions.get(list));
      sorted[lang] = ordered;
    }
    concept.terms = sorted;
  }
  const glossary: ParsedGlossary = { concepts, languages: {} };
  checkGlossary(glossary, problems, positions);
  problems.throwIfAny();
  return glossary;
}

function readColumn(name: string, position: Position, problems: ProblemCollector): Column | undefined {
  if (name === 'id' || name === 'status') return { kind: name };
  if ((conceptColumns as readonly string[]).includes(name)) return { kind: 'concept', field: name as (typeof conceptColumns)[number] };
  const [code = '', suffix, ...rest] = name.split(':');
  if (rest.length > 0 || (suffix !== undefined && !(languageSuffixes as readonly string[]).includes(suffix))) {
    problems.add(`unknown column '${name}'; expected a language code, id, status, subject, definition, note, or <language>:status|note|forms|partOfSpeech|derivedFrom`, position);
    return undefined;
  }
  const check = checkLanguageCode(code);
  if (!check.ok) {
    problems.add(`unknown column '${name}': ${check.reason}`, position);
    return undefined;
  }
  if (suffix === undefined) return { kind: 'term', lang: check.canonical };
  return { kind: 'termField', lang: check.canonical, field: suffix as (typeof languageSuffixes)[number] };
}

/**
 * Where each cell of a record starts in the file. csv-parse reports the line
 * a record ends on; the raw text gives the rest (quoted cells may span lines).
 */
function cellPositions(record: CsvRecord): Position[] {
  const raw = record.raw.replace(/\r?\n$/u, '');
  let line = record.info.lines - (raw.match(/\n/gu)?.length ?? 0);
  let index = 0;
  while (raw[index] === '\n' || raw[index] === '\r') {
    if (raw[index] === '\n') line++;
    index++;
  }
  let column = 1;
  const starts: Position[] = [{ line, column }];
  let quoted = false;
  for (; index < raw.length; index++) {
    const ch = raw[index];
    if (ch === '"') quoted = !quoted;
    if (ch === '\n') {
      line++;
      column = 1;
      continue;
    }
    column++;
    if (ch === ',' && !quoted) starts.push({ line, column });
  }
  return starts;
}
