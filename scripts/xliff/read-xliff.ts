import { createReadStream } from 'node:fs';
import { InputError } from '../core/errors.js';
import { XliffDocumentBuilder } from './document-builder.js';
import type { ParsedXliff } from './parsed.js';
import { XmlEventStream } from './xml-events.js';

/**
 * Reads an XLIFF 1.2 or 2.0/2.1 document held in memory.
 *
 * Throws `InputError` with file, line and column for: a DOCTYPE (and so any
 * entity declaration), undeclared entities, malformed or truncated XML, a root
 * other than `<xliff>`, an unknown version, a unit without source, a duplicate
 * unit id within one `<file>`.
 */
export function readXliff(text: string, fileName: string): ParsedXliff {
  const builder = new XliffDocumentBuilder(fileName);
  const stream = new XmlEventStream(fileName, builder);
  stream.write(text);
  stream.close();
  return builder.result();
}

/**
 * Reads an XLIFF file from disk in chunks, so a large file is never held in
 * memory as a whole; same results and errors as `readXliff`. Reading stops at
 * the first error.
 */
export async function readXliffFile(path: string, fileName: string = path): Promise<ParsedXliff> {
  const builder = new XliffDocumentBuilder(fileName);
  const stream = new XmlEventStream(fileName, builder);
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of input) stream.write(chunk as string);
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
      throw new InputError(`cannot read XLIFF file: ${error.message}`, fileName, undefined, { cause: error });
    }
    throw error;
  } finally {
    input.destroy();
  }
  stream.close();
  return builder.result();
}
