import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { assertFileSize } from '../core/limits.js';
import { invalidUtf8 } from '../core/utf8.js';
import { XliffDocumentBuilder } from './document-builder.js';
import type { ParsedXliff } from './parsed.js';
import { XmlEventStream, type XmlElement, type XmlHandler } from './xml-events.js';

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
 * Builds the document from the events of another pass over the same text
 * (the validator's), so a file checked and then imported is parsed once.
 * The builder's first error stops it, and `result` throws it, or the
 * parser's own refusal when that came first: what `readXliff` of the same
 * text would throw.
 */
export class XliffReadAlong implements XmlHandler {
  private readonly builder: XliffDocumentBuilder;
  private failure: { readonly error: unknown } | undefined;

  constructor(fileName: string) {
    this.builder = new XliffDocumentBuilder(fileName);
  }

  open(element: XmlElement): void {
    if (!this.failure) this.guard(() => this.builder.open(element));
  }

  close(element: XmlElement): void {
    if (!this.failure) this.guard(() => this.builder.close(element));
  }

  text(value: string): void {
    if (!this.failure) this.guard(() => this.builder.text(value));
  }

  /** The parser refused the document (malformed, DOCTYPE, encoding) at this point of the pass. */
  refused(error: unknown): void {
    this.failure ??= { error };
  }

  result(): ParsedXliff {
    if (this.failure) throw this.failure.error;
    return this.builder.result();
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.failure = { error };
    }
  }
}

/**
 * Reads an XLIFF file from disk in chunks, so a large file is never held in
 * memory as a whole; same results and errors as `readXliff`. Reading stops at
 * the first error. Bytes that are not UTF-8 are refused at their line and
 * column (never read as U+FFFD), and so is a file above `xliffFileSize`.
 */
export async function readXliffFile(path: string, fileName: string = path): Promise<ParsedXliff> {
  await assertFileSize(path, fileName, 'xliffFileSize');
  const builder = new XliffDocumentBuilder(fileName);
  const stream = new XmlEventStream(fileName, builder);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const input = createReadStream(path, { highWaterMark: 1 << 16 });
  try {
    for await (const chunk of input) stream.write(decodeChunk(decoder, chunk as Buffer));
    stream.write(decodeChunk(decoder));
  } catch (error) {
    if (error instanceof NotUtf8) throw invalidUtf8(await readFile(path), fileName);
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

class NotUtf8 extends Error {}

/** Decodes the next chunk (a sequence may continue in the next one); without a chunk, the end. */
function decodeChunk(decoder: InstanceType<typeof TextDecoder>, chunk?: Buffer): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw new NotUtf8();
  }
}
