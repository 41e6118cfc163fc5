import { memoryPages, validateXML } from 'xmllint-wasm';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { LineIndex } from '../core/position.js';
import { loadSchemas, type SchemaKind } from './schemas.js';

/** Name of the document inside xmllint's in-memory file system (the real name may start with a dash). */
const documentName = 'document.xlf';

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
  const schema = await loadSchemas(kind, schemaDir);
  let result;
  try {
    result = await validateXML({
      xml: [{ fileName: documentName, contents: text }],
      schema: [schema.main],
      preload: [...schema.preload],
      maxMemoryPages: memoryPages.GiB,
    });
  } catch (error) {
    throw new Error(`xmllint could not validate ${fileName} against ${schema.main.fileName}`, { cause: error });
  }
  if (result.valid) return [];
  const diagnostics: Diagnostic[] = [];
  const lines = new LineIndex(text);
  for (const error of result.errors) {
    if (error.loc && error.loc.fileName !== documentName) {
      throw new Error(`XLIFF schema ${schema.main.fileName} could not be used: ${error.rawMessage}`);
    }
    const line = error.loc?.lineNumber ?? 1;
    const message = error.message
      .replace(/^(element [^:]+: )?Schemas validity error : /, '')
      .replace(/\{[^}]*\}/g, '')
      .trim();
    if (!message || /fails to validate$/.test(message)) continue;
    diagnostics.push({
      ruleId: 'xliff/schema',
      severity,
      file: fileName,
      line,
      column: columnOnLine(text, lines, line, message),
      message: `${message} (${schema.main.fileName.split('/').at(-1)})`,
    });
  }
  return diagnostics;
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
