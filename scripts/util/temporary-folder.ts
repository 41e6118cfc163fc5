import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TemporaryFolder {
  readonly path: string;
  /** Removes the folder and everything in it. */
  remove(): void;
}

/**
 * A new folder in the system's temporary folder, removed by `remove` or, at
 * the latest, when the process exits (an error, an interrupt). Undefined
 * when none can be made there: the caller then does without.
 */
export function temporaryFolder(prefix: string): TemporaryFolder | undefined {
  let folder: string;
  try {
    folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  } catch {
    return undefined;
  }
  const remove = () => {
    process.off('exit', remove);
    rmSync(folder, { recursive: true, force: true });
  };
  process.on('exit', remove);
  return { path: folder, remove };
}
