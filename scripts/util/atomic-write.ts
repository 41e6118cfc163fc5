import { lstat, mkdir, readdir, readFile, realpath, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';

/**
 * Writes through a temporary file and a rename. A symbolic link at the path
 * is followed on purpose: the file it points to is replaced and the link
 * stays; with `root`, a link that leads outside the project is refused.
 * Temporary files an interrupted run left beside the file are removed first.
 */
export async function writeFileAtomic(absolutePath: string, content: string, inside?: { readonly root: string; readonly file: string }): Promise<boolean> {
  const target = await linkTarget(absolutePath, inside);
  await removeStaleTemporaries(target);
  const previous = await readFile(target, 'utf8').catch(() => undefined);
  if (previous === content) return false;
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}

/** The path to write: `absolutePath`, or where its symbolic link leads (inside `inside.root` when given). */
async function linkTarget(absolutePath: string, inside?: { readonly root: string; readonly file: string }): Promise<string> {
  const stats = await lstat(absolutePath).catch(() => undefined);
  if (!stats?.isSymbolicLink()) return absolutePath;
  let resolved: string;
  try {
    resolved = await realpath(absolutePath);
  } catch (error) {
    throw new InputError(`is a symbolic link that leads nowhere (${(error as NodeJS.ErrnoException).code ?? String(error)}); remove it or point it at a file`, inside?.file ?? absolutePath);
  }
  if (inside) {
    const root = await realpath(inside.root);
    const relative = path.relative(root, resolved);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new InputError(`is a symbolic link to ${resolved}, outside the project; it is not written through. Replace the link with the file itself`, inside.file);
    }
  }
  return resolved;
}

/**
 * Temporary files of `writeFileAtomic` in each folder, as listed the first
 * time this process writes there. Stale ones come from runs that ended
 * before this one, so one listing per folder finds them all; listing the
 * folder again for every file made writing N files cost N² directory entries.
 */
const temporariesByFolder = new Map<string, Promise<string[]>>();

/** Temporary files of `writeFileAtomic` for `target` whose writer is no longer running (killed mid-write). */
async function removeStaleTemporaries(target: string): Promise<void> {
  const folder = path.dirname(target);
  let listing = temporariesByFolder.get(folder);
  if (!listing) {
    listing = readdir(folder)
      .then((entries) => entries.filter((entry) => entry.endsWith('.tmp')))
      .catch(() => [] as string[]);
    temporariesByFolder.set(folder, listing);
  }
  const base = path.basename(target);
  for (const entry of await listing) {
    if (!entry.startsWith(`${base}.`)) continue;
    const pid = /^\.(\d+)\.\d+\.tmp$/.exec(entry.slice(base.length))?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(path.join(folder, entry), { force: true });
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
