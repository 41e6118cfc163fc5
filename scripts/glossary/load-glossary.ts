import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { InputError } from '../core/errors.js';
import { assertFileSize } from '../core/limits.js';
import type { ParsedGlossary } from './model.js';

/** Parses a glossary; a reader that skips unusable entries adds a warning for each to `warnings`. */
type Reader = (text: string, fileName: string, warnings?: Diagnostic[]) => ParsedGlossary;

// Each format's reader loads only when a file of that format is read.
const readers: Readonly<Record<string, () => Promise<Reader>>> = {
  '.yaml': async () => (await import('./yaml-read.js')).parseGlossaryYaml,
  '.yml': async () => (await import('./yaml-read.js')).parseGlossaryYaml,
  '.tbx': async () => (await import('./tbx-read.js')).parseTbx,
  '.csv': async () => (await import('./csv-read.js')).parseGlossaryCsv,
};

/**
 * Reads a glossary file, choosing the format by extension: .yaml/.yml (the
 * authoring format), .tbx (TBX v2 or v3), .csv. Errors name `path` as given.
 * Entries skipped as unusable (TBX terms without letters or language) are
 * reported in `warnings` when given.
 */
export async function loadGlossary(path: string, warnings?: Diagnostic[]): Promise<ParsedGlossary> {
  const extension = extname(path).toLowerCase();
  const reader = readers[extension];
  if (!reader) throw new InputError(`unknown glossary format '${extension || '(no extension)'}'; expected .yaml, .yml, .tbx or .csv`, path);
  await assertFileSize(path, path, 'glossaryFileSize');
  let text: string;
  try {
    // Decoded in one piece: with an encoding, readFile decodes chunk by chunk into a string V8 must
    // join again later, a third more time on a termbase of 20 MB.
    text = (await readFile(path)).toString('utf8');
  } catch (error) {
    throw new InputError(`cannot read the glossary: ${(error as Error).message}`, path, undefined, { cause: error });
  }
  return (await reader())(text, path, warnings);
}
