import { memoryPages, validateXML } from 'xmllint-wasm';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { LineIndex } from '../core/position.js';
import { loadSchemas, type SchemaKind } from './schemas.js';

/** Name of a document inside xmllint's in-memory file system (the real name may start with a dash). */
const documentName = (index: number) => `document-${index}.xlf`;

export interface SchemaInput {
  readonly text: string;
  readonly fileName: string;
}

/**
 * Validates against the official schemas with xmllint (libxml2 compiled to
 * WebAssembly, no network access) and maps its errors, which carry only a
 * line, to diagnostics with a column (the matching start tag on that line).
 */
export async function schemaDiagnostics(
  text: string,
  fileName: string,
  kind: SchemaKind,
  severity: Severity,
  schemaDir?: string,
): Promise<Diagnostic[]> {
  return (await schemaDiagnosticsOfAll([{ text, fileName }], kind, severity, schemaDir))[0]!;
}

/**
 * Like `schemaDiagnostics` for several documents in one xmllint run: the
 * schema is compiled once, which is most of the cost of a small file.
 * Returns one list per document, in order.
 */
export async function schemaDiagnosticsOfAll(
  documents: readonly SchemaInput[],
  kind: SchemaKind,
  severity: Severity,
  schemaDir?: string,
): Promise<Diagnostic[][]> {
  const results: Diagnostic[][] = documents.map(() => []);
  if (documents.length === 0) return results;
  const schema = await loadSchemas(kind, schemaDir);
  let result;
  try {
    result = await validateXML({
      xml: documents.map((document, index) => ({ fileName: documentName(index), contents: document.text })),
      schema: [schema.main],
      preload: [...schema.preload],
      maxMemoryPages: memoryPages.GiB,
    });
  } catch (error) {
    const names = documents.map((document) => document.fileName).join(', ');
    throw new Error(`xmllint could not validate ${names} against ${schema.main.fileName}`, { cause: error });
  }
  if (result.valid) return results;
  const indexByName = new Map(documents.map((_, index) => [documentName(index), index]));
  const lineIndexes = new Map<number, LineIndex>();
  for (const error of result.errors) {
    const index = error.loc ? indexByName.get(error.loc.fileName) : documents.length === 1 ? 0 : undefined;
    if (error.loc && index === undefined) {
      throw new Error(`XLIFF schema ${schema.main.fileName} could not be used: ${error.rawMessage}`);
    }
    if (index === undefined) continue;
    const { text, fileName } = documents[index]!;
    const line = error.loc?.lineNumber ?? 1;
    const message = error.message
      .replace(/^(element [^:]+: )?Schemas validity error : /, '')
      .replace(/\{[^}]*\}/g, '')
      .trim();
    if (!message || /fails to validate$/.test(message)) continue;
    let lines = lineIndexes.get(index);
    if (!lines) lineIndexes.set(index, (lines = new LineIndex(text)));
    results[index]!.push({
      ruleId: 'xliff/schema',
      severity,
      file: fileName,
      line,
      column: columnOnLine(text, lines, line, message),
      message: `${message} (${schema.main.fileName.split('/').at(-1)})`,
    });
  }
  return results;
}

/** Column of the start tag the message names on that line; else of the first start tag there; else 1. */
function columnOnLine(text: string, lines: LineIndex, line: number, message: string): number {
  const start = lines.offsetAt({ line, column: 1 });
  const end = lines.offsetAt({ line: line + 1, column: 1 });
  const lineText = text.slice(start, end);
  const named = /Element '([^']+)'/.exec(message)?.[1];
  const local = named?.slice(named.indexOf(':') + 1);
  const tag = local === undefined ? -1 : lineText.search(new RegExp(`<(?:[^\\s<>/:]+:)?${escapeRegExp(local)}[\\s/>]`));
  const anyTag = lineText.search(/<[^/!?]/);
  const index = tag >= 0 ? tag : anyTag;
  return index >= 0 ? index + 1 : 1;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
