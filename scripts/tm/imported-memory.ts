import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { MemoryEntry } from '../xliff/index.js';

/** Path of the memory imported from TMX for one locale: `locales/.tm/<lng>.json`. */
export function importedMemoryPath(localesDir: string, locale: string): string {
  return path.posix.join(localesDir, '.tm', `${locale}.json`);
}

/**
 * Reads the imported memory of a locale: a JSON array of `{ "source", "target" }`
 * ICU messages. A missing file is an empty memory; a malformed one an InputError.
 */
export async function readImportedMemory(root: string, file: string): Promise<MemoryEntry[]> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message}); import the TMX again with glossa tm import`, file);
  }
  const isEntry = (item: unknown): item is MemoryEntry =>
    typeof item === 'object' && item !== null && typeof (item as MemoryEntry).source === 'string' && typeof (item as MemoryEntry).target === 'string';
  if (!Array.isArray(value) || !value.every(isEntry)) {
    throw new InputError('expected a JSON array of { "source": …, "target": … } entries, as glossa tm import writes', file);
  }
  return value.map(({ source, target }) => ({ source, target }));
}

/** Adds entries to a locale's imported memory (pairs already there are kept once); returns how many were new. */
export async function addToImportedMemory(root: string, file: string, entries: readonly MemoryEntry[]): Promise<number> {
  const memory = await readImportedMemory(root, file);
  const keys = new Set(memory.map(pairKey));
  let added = 0;
  for (const entry of entries) {
    if (keys.has(pairKey(entry))) continue;
    keys.add(pairKey(entry));
    memory.push({ source: entry.source, target: entry.target });
    added++;
  }
  if (added > 0) await writeFileAtomic(path.join(root, file), `[\n${memory.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`);
  return added;
}

function pairKey(entry: MemoryEntry): string {
  return `${entry.source}\u0000${entry.target}`;
}
