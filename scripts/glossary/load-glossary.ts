import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../core/errors.js';
import { parseGlossaryCsv } from './csv-read.js';
import type { Glossary } from './model.js';
import { parseTbx } from './tbx-read.js';
import { parseGlossaryYaml } from './yaml-read.js';

const readers: Readonly<Record<string, (text: string, fileName: string) => Glossary>> = {
  '.yaml': parseGlossaryYaml,
  '.yml': parseGlossaryYaml,
  '.tbx': parseTbx,
  '.csv': parseGlossaryCsv,
};

/**
 * Reads a glossary file, choosing the format by extension: .yaml/.yml (the
 * authoring format), .tbx (TBX v2 or v3), .csv. Errors name `path` as given.
 */
export async function loadGlossary(path: string): Promise<Glossary> {
  const extension = extname(path).toLowerCase();
  const read = readers[extension];
  if (!read) throw new InputError(`unknown glossary format '${extension || '(no extension)'}'; expected .yaml, .yml, .tbx or .csv`, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the glossary: ${(error as Error).message}`, path, undefined, { cause: error });
  }
  return read(text, path);
}
