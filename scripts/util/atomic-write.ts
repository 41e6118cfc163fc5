import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';

/**
 * Writes through a temporary file and a rename. A symbolic link at the path
 * is followed on purpose: the file it points to is replaced and the link
 * stays; with `root`, a link that leads outside the project is refused.
 * Temporary files an interrupted run left beside the file are removed first.
 * A file that already holds `content` is left alone (returns false).
 * `content` is text (written as UTF-8) or the bytes to write.
 *
 * The file system calls are synchronous: a build writes thousands of small
 * files, and a round trip through libuv's thread pool for each of the seven
 * calls per file left the thread idle for a fifth of the run.
 */
export async function writeFileAtomic(absolutePath: string, content: string | Uint8Array, inside?: { readonly root: string; readonly file: string }): Promise<boolean> {
  return writeFileAtomicSync(absolutePath, content, inside);
}

function writeFileAtomicSync(absolutePath: string, content: string | Uint8Array, inside?: { readonly root: string; readonly file: string }): boolean {
  const { target, size } = linkTarget(absolutePath, inside);
  removeStaleTemporaries(target);
  if (size !== undefined && holds(target, size, content)) return false;
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeInFolder(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return true;
}

/** Writes `file`, making its folder only when the write finds none (one call per file, not two). */
function writeInFolder(file: string, content: string | Uint8Array): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Whether the file of `size` bytes at `target` holds `content`; the size is compared first, so most changed files are never read. */
function holds(target: string, size: number, content: string | Uint8Array): boolean {
  if (size !== (typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength)) return false;
  try {
    const current = readFileSync(target);
    return typeof content === 'string' ? current.toString('utf8') === content : current.equals(content);
  } catch {
    return false;
  }
}

/** The path to write: `absolutePath`, or where its symbolic link leads (inside `inside.root` when given), with the size of the file there (undefined: none). */
function linkTarget(absolutePath: string, inside?: { readonly root: string; readonly file: string }): { target: string; size: number | undefined } {
  const stats = lstatSync(absolutePath, { throwIfNoEntry: false });
  if (!stats?.isSymbolicLink()) return { target: absolutePath, size: stats?.isFile() ? stats.size : undefined };
  let resolved: string;
  try {
    resolved = realpathSync(absolutePath);
  } catch (error) {
    throw new InputError(`is a symbolic link that leads nowhere (${(error as NodeJS.ErrnoException).code ?? String(error)}); remove it or point it at a file`, inside?.file ?? absolutePath);
  }
  if (inside) {
    const root = realpathSync(inside.root);
    const relative = path.relative(root, resolved);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new InputError(`is a symbolic link to ${resolved}, outside the project; it is not written through. Replace the link with the file itself`, inside.file);
    }
  }
  const size = lstatSync(resolved, { throwIfNoEntry: false });
  return { target: resolved, size: size?.isFile() ? size.size : undefined };
}

/**
 * Temporary files of `writeFileAtomic` in each folder, as listed the first
 * time this process writes there. Stale ones come from runs that ended
 * before this one, so one listing per folder finds them all; listing the
 * folder again for every file made writing N files cost N² directory entries.
 */
const temporariesByFolder = new Map<string, string[]>();

/** Temporary files of `writeFileAtomic` for `target` whose writer is no longer running (killed mid-write). */
function removeStaleTemporaries(target: string): void {
  const folder = path.dirname(target);
  let listing = temporariesByFolder.get(folder);
  if (!listing) {
    try {
      listing = readdirSync(folder).filter((entry) => entry.endsWith('.tmp'));
    } catch {
      listing = [];
    }
    temporariesByFolder.set(folder, listing);
  }
  const base = path.basename(target);
  for (const entry of listing) {
    if (!entry.startsWith(`${base}.`)) continue;
    const pid = /^\.(\d+)\.\d+\.tmp$/.exec(entry.slice(base.length))?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(path.join(folder, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
