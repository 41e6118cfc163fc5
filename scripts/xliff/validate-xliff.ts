import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { schemaDiagnosticsOfAll, type SchemaInput } from './schema-check.js';
import { assertSchemasPresent, defaultSchemaDir, type SchemaKind } from './schemas.js';
import { checkXliffRules } from './xliff-rules.js';
import type { ParsedXliff } from './parsed.js';
import { XliffReadAlong } from './read-xliff.js';

export interface ValidateOptions {
  /** Directory of the official schemas; defaults to the package's own `schemas/` folder. */
  readonly schemaDir?: string;
  /**
   * XLIFF 2 fragment identifier prefixes registered for extensions (the OASIS registry's, e.g. from a
   * reader's configuration), besides those of core and the modules; other prefixes are errors.
   */
  readonly fragmentPrefixes?: Iterable<string>;
}

/**
 * Checks an XLIFF file a translator delivers, before it is imported. Returns
 * the problems sorted by position, each with a `xliff/…` rule id (the table
 * `XLIFF_RULES` in `rules/rule-table.ts` lists them all):
 *
 * - `xliff/not-well-formed`, `xliff/doctype`, `xliff/encoding`,
 *   `xliff/wrong-root`, `xliff/unknown-version`: the file cannot be read as
 *   XLIFF; nothing else is checked.
 * - `xliff/schema`: the official OASIS schema. XLIFF 2.x is checked against
 *   core plus module schemas. For XLIFF 1.2, files Glossa wrote (every
 *   `<file tool-id="glossa">`) must pass the strict schema; files from other
 *   tools must pass the transitional schema (errors), and what only the
 *   strict schema rejects is reported as warnings, since many tools write
 *   transitional 1.2.
 * - the rules no schema expresses: for both versions unique ids, target
 *   languages, paired and matching codes, states; for 2.x every constraint and
 *   processing requirement of core and modules a document can break (`rules/`).
 *
 * Throws `InputError` when the schemas are missing.
 */
export async function validateXliff(text: string, fileName: string, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  return (await validateXliffAll([{ text, fileName }], options))[0]!;
}

/** Documents per xmllint run: one run compiles the schema once, but holds all its documents in memory. */
const batchBytes = 16 * 1024 * 1024;

/** `validateXliff` for several documents, with as few schema runs as their sizes allow; one list per document, in order. */
export function validateXliffAll(documents: readonly SchemaInput[], options: ValidateOptions = {}): Promise<Diagnostic[][]> {
  return validateDocuments(documents, options);
}

/** A document validated, and read in the same pass of the XML parser. */
export interface ValidatedXliff {
  readonly diagnostics: Diagnostic[];
  /** The document as `readXliff` reads it; throws what `readXliff` would throw. */
  read(): ParsedXliff;
}

/** `validateXliffAll`, each document also read as it is checked: a file validated and then imported is parsed once. */
export async function validateAndReadXliffAll(documents: readonly SchemaInput[], options: ValidateOptions = {}): Promise<ValidatedXliff[]> {
  const readers = documents.map(({ fileName }) => new XliffReadAlong(fileName));
  const lists = await validateDocuments(documents, options, readers);
  return lists.map((diagnostics, index) => ({ diagnostics, read: () => readers[index]!.result() }));
}

async function validateDocuments(documents: readonly SchemaInput[], options: ValidateOptions, readers?: readonly XliffReadAlong[]): Promise<Diagnostic[][]> {
  const schemaDir = options.schemaDir ?? defaultSchemaDir();
  assertSchemasPresent(schemaDir);
  const ruleOptions = options.fragmentPrefixes ? { fragmentPrefixes: [...options.fragmentPrefixes] } : {};
  const results: Diagnostic[][] = [];
  const runs: Array<{ kind: SchemaKind; severity: 'error' | 'warning'; indexes: number[] }> = [
    { kind: '2.0', severity: 'error', indexes: [] },
    { kind: '1.2-strict', severity: 'error', indexes: [] },
    { kind: '1.2-transitional', severity: 'error', indexes: [] },
    { kind: '1.2-strict', severity: 'warning', indexes: [] },
  ];
  for (const [index, { text, fileName }] of documents.entries()) {
    const findings = checkXliffRules(text, fileName, ruleOptions, readers?.[index]);
    results.push([...findings.diagnostics]);
    if (findings.version === '2.0') runs[0]!.indexes.push(index);
    else if (findings.version === '1.2' && findings.ownFile) runs[1]!.indexes.push(index);
    else if (findings.version === '1.2') runs[2]!.indexes.push(index), runs[3]!.indexes.push(index);
  }
  const schemaFindings = await Promise.all(
    runs.map(async ({ kind, severity, indexes }) => {
      const found = new Map<number, Diagnostic[]>();
      for (const batch of batches(indexes, documents)) {
        const lists = await schemaDiagnosticsOfAll(batch.map((index) => documents[index]!), kind, severity, schemaDir);
        batch.forEach((index, i) => found.set(index, lists[i]!));
      }
      return found;
    }),
  );
  const [core20, strictOwn, transitional, strictOther] = schemaFindings as [Map<number, Diagnostic[]>, Map<number, Diagnostic[]>, Map<number, Diagnostic[]>, Map<number, Diagnostic[]>];
  for (const [index, diagnostics] of results.entries()) {
    diagnostics.push(...(core20.get(index) ?? []), ...(strictOwn.get(index) ?? []));
    const errors = transitional.get(index) ?? [];
    const seen = new Set(errors.map((d) => `${d.line}\n${withoutSchemaName(d.message)}`));
    diagnostics.push(...errors, ...(strictOther.get(index) ?? []).filter((d) => !seen.has(`${d.line}\n${withoutSchemaName(d.message)}`)));
    diagnostics.sort(compareDiagnostics);
  }
  return results;
}

function* batches(indexes: readonly number[], documents: readonly SchemaInput[]): Generator<number[]> {
  let batch: number[] = [];
  let size = 0;
  for (const index of indexes) {
    const length = documents[index]!.text.length;
    if (batch.length > 0 && size + length > batchBytes) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(index);
    size += length;
  }
  if (batch.length > 0) yield batch;
}

function withoutSchemaName(message: string): string {
  return message.replace(/ \([^()]*\.xsd\)$/, '');
}
