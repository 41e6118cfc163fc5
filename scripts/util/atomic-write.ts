import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { writeFully } from './descriptor-io.js';

/**
 * Writes through a temporary file and a rename. A symbolic link at the path
 * is followed on purpose: the file it points to is replaced and the link
 * stays; with `root`, a link that leads outside the project is refused.
 * Temporary files an interrupted run left beside the file are removed first.
 * A file that already holds `content` is left alone (returns false).
 * `content` is text (written as UTF-8), the bytes to write, or text in pieces
 * (a large report), written one piece at a time.
 *
 * The file system calls are synchronous: a build writes thousands of small
 * files, and a round trip through libuv's thread pool for each of the seven
 * calls per file left the thread idle for a fifth of the run.
 */
export async function writeFileAtomic(absolutePath: string, content: FileContent, inside?: { readonly root: string; readonly file: string }): Promise<boolean> {
  return writeFileAtomicSync(absolutePath, content, inside);
}

/** What a file is written from: text, bytes, bytes in pieces (written one after another, never joined), or text in pieces. */
export type FileContent = string | NodeJS.ArrayBufferView | readonly NodeJS.ArrayBufferView[] | Iterable<string>;

function isBytePieces(content: FileContent): content is readonly NodeJS.ArrayBufferView[] {
  return Array.isArray(content) && content.every((piece) => ArrayBuffer.isView(piece));
}

/**
 * Writes a file a stage generates and checks on its next run (a built page,
 * an exported XLIFF file): one that exists is replaced as `writeFileAtomic`
 * replaces it; one that does not is created in place, without a temporary
 * file and a rename, which on a first build of thousands of pages took half
 * the time of writing them. No reader had it before; a run stopped halfway
 * leaves part of it, which the stage's next run finds unlike what it wrote
 * and writes again. Returns whether the file changed.
 */
export function writeOutputFile(absolutePath: string, content: string | NodeJS.ArrayBufferView): boolean {
  return writeFileAtomicSync(absolutePath, content, undefined, true);
}

function writeFileAtomicSync(absolutePath: string, content: FileContent, inside?: { readonly root: string; readonly file: string }, createInPlace = false): boolean {
  const shownPath = inside?.file ?? absolutePath;
  const { target, size, folder } = linkTarget(absolutePath, inside);
  if (folder) throw new InputError('is a folder where a file is to be written; write to another path, or move the folder away', shownPath);
  removeStaleTemporaries(target);
  const whole = typeof content === 'string' || ArrayBuffer.isView(content);
  if (whole && size !== undefined && holds(target, size, content)) return false;
  if (createInPlace && size === undefined && whole && createdInPlace(target, content, shownPath)) return true;
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeInFolder(temporary, content);
    // Text in pieces is compared once written: its length is not known before.
    if (!whole && size !== undefined && sameBytes(temporary, target)) {
      rmSync(temporary, { force: true });
      return false;
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw writeProblem(error, shownPath);
  }
  return true;
}

const writeFailureReasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a file stands where a folder of its path should be',
  EEXIST: 'a file stands where a folder of its path should be',
  EISDIR: 'a folder is in the way',
};

/** Why a write failed, in plain words with the system's code ("permission denied (EACCES)"); undefined for an error that is not a known file system one. */
export function writeFailureReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in writeFailureReasons ? `${writeFailureReasons[code]} (${code})` : undefined;
}

/** A file system error of a write as an error that names the file; anything else (content that failed to form) as it was. */
function writeProblem(error: unknown, shownPath: string): unknown {
  const reason = writeFailureReason(error);
  return reason === undefined ? error : new InputError(`cannot be written: ${reason}`, shownPath);
}

/**
 * Creates `target` with `content` when no file is there (O_EXCL), making its
 * folder when there is none; false when a file is there after all. A write
 * that fails removes the part written.
 */
function createdInPlace(target: string, content: string | NodeJS.ArrayBufferView, shownPath: string): boolean {
  let descriptor: number;
  try {
    descriptor = openToCreate(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeProblem(error, shownPath);
  }
  try {
    writeFileSync(descriptor, content);
  } catch (error) {
    closeSync(descriptor);
    rmSync(target, { force: true });
    throw writeProblem(error, shownPath);
  }
  closeSync(descriptor);
  return true;
}

function openToCreate(target: string): number {
  try {
    return openSync(target, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(target), { recursive: true });
    return openSync(target, 'wx');
  }
}

/** Writes `file`, making its folder only when the write finds none (one call per file, not two). */
function writeInFolder(file: string, content: FileContent): void {
  try {
    writeContent(file, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    writeContent(file, content);
  }
}

const writeBlockLength = 1 << 16;

/** Writes `file` (created or emptied) from text, bytes, bytes in pieces or text in pieces. */
export function writeContent(file: string, content: FileContent): void {
  if (typeof content === 'string' || ArrayBuffer.isView(content)) {
    writeFileSync(file, content);
    return;
  }
  const descriptor = openSync(file, 'w');
  const writeBytes = (piece: NodeJS.ArrayBufferView) => {
    writeFully(descriptor, new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength));
  };
  const write = (text: string) => writeBytes(Buffer.from(text, 'utf8'));
  try {
    if (isBytePieces(content)) {
      for (const piece of content) writeBytes(piece);
      return;
    }
    // Small pieces (the keys of an object) are gathered to a block first: one system call each would dominate.
    // A surrogate pair cut between two blocks is joined again, not written as two replacement characters.
    let pending: string[] = [];
    let pendingLength = 0;
    let carried = '';
    const flush = () => {
      const text = carried + pending.join('');
      const last = text.charCodeAt(text.length - 1);
      carried = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      write(carried ? text.slice(0, -1) : text);
      pending = [];
      pendingLength = 0;
    };
    for (const piece of content) {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= writeBlockLength) flush();
    }
    flush();
    write(carried);
  } finally {
    closeSync(descriptor);
  }
}

/** Whether two files hold the same bytes, read a block at a time (a large report is not read whole twice). */
function sameBytes(a: string, b: string): boolean {
  let first: number | undefined;
  let second: number | undefined;
  try {
    first = openSync(a, 'r');
    second = openSync(b, 'r');
    if (fstatSync(first).size !== fstatSync(second).size) return false;
    const blockA = Buffer.allocUnsafe(1 << 16);
    const blockB = Buffer.allocUnsafe(1 << 16);
    for (;;) {
      const read = readSync(first, blockA, 0, blockA.length, null);
      if (read === 0) return true;
      let readB = 0;
      while (readB < read) {
        const more = readSync(second, blockB, readB, read - readB, null);
        if (more === 0) return false;
        readB += more;
      }
      if (!blockA.subarray(0, read).equals(blockB.subarray(0, read))) return false;
    }
  } catch {
    return false;
  } finally {
    if (first !== undefined) closeSync(first);
    if (second !== undefined) closeSync(second);
  }
}

/** Whether the file of `size` bytes at `target` holds `content`; the size is compared first, so most changed files are never read. */
function holds(target: string, size: number, content: string | NodeJS.ArrayBufferView): boolean {
  if (size !== (typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength)) return false;
  try {
    const current = readFileSync(target);
    return typeof content === 'string' ? current.toString('utf8') === content : current.equals(new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
  } catch {
    return false;
  }
}

/** The path to write: `absolutePath`, or where its symbolic link leads (inside `inside.root` when given), with the size of the file there (undefined: none). */
function linkTarget(absolutePath: string, inside?: { readonly root: string; readonly file: string }): { target: string; size: number | undefined; folder: boolean } {
  let stats;
  try {
    stats = lstatSync(absolutePath, { throwIfNoEntry: false });
  } catch (error) {
    throw writeProblem(error, inside?.file ?? absolutePath);
  }
  if (!stats?.isSymbolicLink()) return { target: absolutePath, size: stats?.isFile() ? stats.size : undefined, folder: stats?.isDirectory() ?? false };
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
  return { target: resolved, size: size?.isFile() ? size.size : undefined, folder: size?.isDirectory() ?? false };
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
