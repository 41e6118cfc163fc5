import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { formatResource, parseResource, type ResourceFile } from './resource-file.js';

/** Path of `locales/<lng>/<article>.json`, relative to the project root. */
export function resourcePath(localesDir: string, locale: string, article: string): string {
  return path.posix.join(localesDir, locale, `${article}.json`);
}

/** Path of the source history of an article: every source message that has left the current source, by id. */
export function historyPath(localesDir: string, article: string): string {
  return path.posix.join(localesDir, '.history', `${article}.json`);
}

/**
 * Reads a resource; a missing file is an empty resource, an unreadable or
 * malformed one an InputError. `read` reads its bytes (a content cache's
 * `readInput` keeps their digest on the way).
 */
export async function readResource(root: string, file: string, read: (absolutePath: string) => Buffer = readFileSync): Promise<ResourceFile> {
  let text: string;
  try {
    // Synchronous: a check reads thousands of small resources one after another, and the promise API costs more than the read.
    text = read(path.join(root, file)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, text: '', entries: [] };
    throw new InputError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
  }
  return parseResource(text, file);
}

/** Entries of a resource as a Map id → message, in file order. */
export function resourceMap(resource: ResourceFile): Map<string, string> {
  return new Map(resource.entries.map((entry) => [entry.id, entry.message]));
}

/**
 * Writes a resource only when its content changes, through a temporary file and
 * a rename, so a reader never sees half a file and an interrupted run loses
 * nothing. Returns whether the file changed.
 */
export async function writeResource(root: string, file: string, entries: Iterable<readonly [string, string]>): Promise<boolean> {
  return writeFileAtomic(path.join(root, file), formatResource(entries), { root, file });
}
