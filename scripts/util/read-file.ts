import { readFileSync } from 'node:fs';

/**
 * The file's bytes, or undefined when it cannot be read (whoever reads it
 * next says why). Synchronous: a run reads thousands of small files one after
 * another, and the promise API costs more than the read.
 */
export function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
