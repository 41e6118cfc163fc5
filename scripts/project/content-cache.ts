import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../util/atomic-write.js';

/**
 * Results of pure, expensive steps (parsing the termbase, reading and
 * segmenting an article) stored as JSON under a key made from everything
 * they depend on: the input bytes, the settings and the code itself. An
 * unchanged archive is then read, not recomputed; any change of input or
 * code misses the cache. Only successful results are stored, so a broken
 * input is reported again on every run.
 */
export class ContentCache {
  constructor(readonly folder: string) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const file = path.join(this.folder, `${key}.json`);
    const stored = await readFile(file, 'utf8').catch(() => undefined);
    if (stored !== undefined) {
      try {
        return JSON.parse(stored) as T;
      } catch {
        // A damaged entry is recomputed and replaced.
      }
    }
    const value = await compute();
    await writeFileAtomic(file, JSON.stringify(value)).catch(() => undefined);
    return value;
  }
}

/** A short key from any number of parts (strings or bytes). */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength));
    hash.update('\u0000');
  }
  return hash.digest('base64url').slice(0, 32);
}

let codeKeyPromise: Promise<string> | undefined;

/** Fingerprint of the running Glossa code (file names, sizes and times), so a new version never reads old entries. */
export function codeKey(): Promise<string> {
  codeKeyPromise ??= (async () => {
    const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
    const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const facts = await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
        const info = await stat(full);
        return `${path.relative(root, full)}:${info.size}:${info.mtimeMs}`;
      }),
    );
    return cacheKey(...facts.sort());
  })();
  return codeKeyPromise;
}
