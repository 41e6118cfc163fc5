import { closeSync, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { settleMilliseconds } from '../util/path-state.js';
import { onCompletedExit } from '../util/on-completed-exit.js';

/** What a file looked like when its digest was taken, and when that was. */
interface Seen {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly digest: string;
  readonly takenAt: number;
}

/** One file's digest as stored, and as handed from a worker thread to the thread that names a run's inputs. */
export type StoredSeen = [file: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, digest: string, takenAt: number];

/** What a thread hands over of its digests: those it took, and those of the bytes it read (`FileDigests.readThisRun`). */
export interface HandedDigests {
  readonly taken: readonly StoredSeen[];
  readonly read: readonly (readonly [file: string, digest: string])[];
}

/** Where the digests are kept between runs: the content as text, undefined when there is none yet. */
export interface DigestStorage {
  read(): string | undefined;
  write(content: string): void;
}

/**
 * How long before its digest was taken a file may have changed and still be
 * trusted: one changed within the settling window of its file system may
 * change again within the same timestamp (git's "racily clean" entries), so
 * the next run hashes it again. The window is the one run records use.
 */
const settleByFolder = new Map<string, number>();
function settleMillisecondsOf(file: string): number {
  const folder = path.dirname(file);
  let settle = settleByFolder.get(folder);
  if (settle === undefined) settleByFolder.set(folder, (settle = settleMilliseconds(folder)));
  return settle;
}

/**
 * The SHA-256 of files, read again only when a file's size, times or inode
 * changed since its digest was taken (as git's index does): an unchanged
 * archive of thousands of files is then named from their metadata instead of
 * all their bytes. Any change of content changes the file's ctime, which no
 * program can set back. Kept in the content cache, written when a thread of
 * a completed run exits; threads that write at once each merge their own
 * entries over what is stored, and an entry lost only means hashing again.
 */
export class FileDigests {
  private entries: Map<string, Seen> | undefined;
  private readonly changed = new Map<string, Seen>();
  /** Digests this run took of the bytes it read (`read`, `adopt`), by absolute path. */
  private readonly readHere = new Map<string, string>();

  /** `storage` keeps the digests between runs; undefined: kept for this run only. */
  constructor(
    private readonly storage: DigestStorage | undefined,
    private readonly hash: (absolutePath: string) => string | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** The digest of the file's bytes, or undefined when it cannot be read. */
  digest(absolutePath: string): string | undefined {
    let before: Stats | undefined;
    try {
      before = statSync(absolutePath, { throwIfNoEntry: false });
    } catch {
      before = undefined;
    }
    // A file stat cannot see has no digest: opening it as well to find that out cost an unchanged export 25 ms.
    if (before === undefined) return undefined;
    if (!before.isFile()) return this.hash(absolutePath);
    const known = this.known().get(absolutePath);
    if (known && sameFile(known, before) && Math.max(known.mtimeMs, known.ctimeMs) < known.takenAt - settleMillisecondsOf(absolutePath)) return known.digest;
    const takenAt = this.now();
    const digest = this.hash(absolutePath);
    if (digest === undefined) return undefined;
    this.keep(absolutePath, { size: before.size, mtimeMs: before.mtimeMs, ctimeMs: before.ctimeMs, ino: before.ino, digest, takenAt });
    return digest;
  }

  /**
   * A file's bytes, read whole (throwing as `readFileSync` does), its digest
   * (`hashBytes`) taken on the way: a run that reads its inputs anyway names
   * them afterwards from their metadata instead of reading them twice.
   */
  read(absolutePath: string, hashBytes: (bytes: Buffer) => string): Buffer {
    const descriptor = openSync(absolutePath, 'r');
    try {
      const before = fstatSync(descriptor);
      const takenAt = this.now();
      const bytes = readFileSync(descriptor);
      if (before.isFile()) {
        const digest = hashBytes(bytes);
        this.keep(absolutePath, { size: before.size, mtimeMs: before.mtimeMs, ctimeMs: before.ctimeMs, ino: before.ino, digest, takenAt });
        this.readHere.set(absolutePath, digest);
      }
      return bytes;
    } finally {
      closeSync(descriptor);
    }
  }

  /** The digests this thread took, handed over: this thread no longer writes them (see `adopt`). */
  handOver(): HandedDigests {
    const taken = [...this.changed].map(([file, seen]) => storedOf(file, seen));
    this.changed.clear();
    return { taken, read: [...this.readHere] };
  }

  /** Digests another thread of this run took (`handOver`), known and written as if taken here. */
  adopt({ taken, read }: HandedDigests): void {
    for (const [file, size, mtimeMs, ctimeMs, ino, digest, takenAt] of taken) this.keep(file, { size, mtimeMs, ctimeMs, ino, digest, takenAt });
    for (const [file, digest] of read) this.readHere.set(file, digest);
  }

  /**
   * The digest of the bytes this run read from the file, whatever became of
   * the file since; undefined when it read none. A key made from these names
   * what the run worked on without asking the file system again.
   */
  readThisRun(absolutePath: string): string | undefined {
    return this.readHere.get(absolutePath);
  }

  private keep(absolutePath: string, seen: Seen): void {
    this.known().set(absolutePath, seen);
    // Kept only by a run that completed (exit 0, or 1 for findings): a run stopped by a broken input writes nothing.
    if (this.storage && this.changed.size === 0) onCompletedExit(this, () => this.save());
    this.changed.set(absolutePath, seen);
  }

  /** Writes the digests taken in this thread over those stored. */
  save(): void {
    if (!this.storage || this.changed.size === 0) return;
    const merged = parseStored(this.storage.read());
    for (const [file, seen] of this.changed) merged.set(file, seen);
    this.changed.clear();
    this.storage.write(JSON.stringify([...merged].map(([file, seen]) => storedOf(file, seen))));
  }

  private known(): Map<string, Seen> {
    this.entries ??= parseStored(this.storage?.read());
    return this.entries;
  }
}

function storedOf(file: string, seen: Seen): StoredSeen {
  return [file, seen.size, seen.mtimeMs, seen.ctimeMs, seen.ino, seen.digest, seen.takenAt];
}

function sameFile(seen: Seen, now: Stats): boolean {
  return seen.size === now.size && seen.mtimeMs === now.mtimeMs && seen.ctimeMs === now.ctimeMs && seen.ino === now.ino;
}

/** The stored digests; none when there are none yet or they are damaged. */
function parseStored(content: string | undefined): Map<string, Seen> {
  const entries = new Map<string, Seen>();
  try {
    const stored = JSON.parse(content ?? '[]') as unknown;
    if (!Array.isArray(stored)) return entries;
    for (const entry of stored as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 7) continue;
      const [name, size, mtimeMs, ctimeMs, ino, digest, takenAt] = entry as StoredSeen;
      if (typeof name !== 'string' || typeof digest !== 'string' || ![size, mtimeMs, ctimeMs, ino, takenAt].every((value) => typeof value === 'number')) continue;
      entries.set(name, { size, mtimeMs, ctimeMs, ino, digest, takenAt });
    }
  } catch {
    entries.clear();
  }
  return entries;
}
