import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { codeRoot } from './package-files.js';
import { quickHash } from './quick-hash.js';

let codeKeyValue: string | undefined;

/**
 * Fingerprint of the running Glossa code (file names, sizes and times) and of
 * the Node.js it runs on, whose ICU and CLDR data format the dates, numbers
 * and amounts of what is cached: a new version of either never reads old entries.
 */
export function codeKey(): Promise<string> {
  return Promise.resolve(codeFingerprint());
}

/** `codeKey`, at once. */
export function codeFingerprint(): string {
  codeKeyValue ??= (() => {
    const root = codeRoot;
    // Synchronous: a few hundred stat calls through the promise API took longer than the calls themselves.
    // Joined by hand: path.join and path.relative, called cold, took longer than the stat calls.
    const facts = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = `${entry.parentPath ?? (entry as unknown as { path: string }).path}${path.sep}${entry.name}`;
        const info = statSync(full);
        return `${full.slice(root.length + 1)}:${info.size}:${info.mtimeMs}`;
      });
    const { node, icu = '', cldr = '', unicode = '' } = process.versions;
    return quickHash([`node ${node} icu ${icu} cldr ${cldr} unicode ${unicode}`, ...facts.sort()].join('\u0000'));
  })();
  return codeKeyValue;
}
