import { createHash, hash as oneShotHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { writeContent, writeFailureReason, type FileContent } from '../util/atomic-write.js';
import { FileRanges } from '../util/descriptor-io.js';
import { jsonChunks } from '../util/json-chunks.js';
import { readBytes } from '../util/read-file.js';
import { EntryPacks } from './entry-packs.js';
import { FileDigests } from './file-digests.js';

export { codeKey } from '../util/code-key.js';

/**
 * Results of pure, expensive steps (parsing the termbase, reading and
 * segmenting an article) stored as JSON (or, for the parsed termbase and
 * its compiled matchers, as bytes their owners read) under a key made from everything
 * they depend on: the input bytes, the settings and the code itself. An
 * unchanged archive is then read, not recomputed; any change of input or
 * code misses the cache. Only successful results are stored, so a broken
 * input is reported again on every run.
 */
export class ContentCache {
  /** Digests of input files, taken again only when a file's metadata changed. */
  readonly digests: FileDigests;

  constructor(readonly folder: string) {
    const digestsFile = path.join(folder, 'file-sha256.json');
    this.digests = new FileDigests({ read: () => readIfPresent(digestsFile), write: (content) => this.store(digestsFile, content) }, fileDigest);
    this.packs = new EntryPacks(folder, () => this.folderMade(), (error) => this.noteWriteFailure(error));
  }

  /**
   * An input file's bytes (throwing as `readFileSync` does), its digest kept
   * on the way: naming the run's inputs afterwards does not read it again.
   */
  readInput(absolutePath: string): Buffer {
    return this.digests.read(absolutePath, contentDigest);
  }

  private folderReady = false;

  /** Entries made one per article, many to a file. */
  private readonly packs: EntryPacks;

  /**
   * Why the first entry this run could not be written ("permission denied
   * (EACCES)"), if one could not: the run's results are whole, but the next
   * run finds nothing kept.
   */
  writeFailure: string | undefined;

  /** Digests of the files this thread wrote, by absolute path, taken from the bytes as they were written. */
  private readonly written = new Map<string, string>();

  /** Notes what was just written to a file, so that `takeWrittenDigest` can name it without reading it back. */
  noteWritten(absolutePath: string, content: string | NodeJS.ArrayBufferView): void {
    this.written.set(absolutePath, contentDigest(content));
  }

  /**
   * The digest `fileDigest` gives for what this thread last wrote to the
   * file, if it wrote it; given once, so that a long run does not keep one
   * for every file it wrote.
   */
  takeWrittenDigest(absolutePath: string): string | undefined {
    const digest = this.written.get(absolutePath);
    this.written.delete(absolutePath);
    return digest;
  }

  /** The stored value under `key`, or `compute`'s, stored behind (`putBehind`). */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    // A damaged entry reads as none, and is recomputed and replaced.
    const stored = this.peek<T>(key);
    if (stored !== undefined) return stored;
    const value = await compute();
    this.putBehind(key, value);
    return value;
  }

  /**
   * The value kept under `key` in a pack (see EntryPacks), or `compute`'s,
   * kept there: for entries made one per article (segmented articles, what
   * a stage wrote), which as files of their own cost more to create than to
   * write.
   */
  async getPacked<T>(key: string, compute: () => Promise<T>): Promise<T> {
    // A damaged entry reads as none: made again and kept in a newer pack.
    const stored = this.peekPacked<T>(key);
    if (stored !== undefined) return stored;
    const value = await compute();
    this.putPacked(key, value);
    return value;
  }

  /** The value kept under `key` in a pack, if there is a readable one. */
  peekPacked<T>(key: string): T | undefined {
    return parsedOrNone<T>(this.packs.peek(key)?.toString('utf8'));
  }

  /** Keeps `value` under `key` in this thread's pack (read by other threads once the cache has settled). */
  putPacked(key: string, value: unknown): void {
    this.packs.add(key, Buffer.from(JSON.stringify(value), 'utf8'));
  }

  /** Whether a pack holds an entry under `key` (without reading it). */
  hasPacked(key: string): boolean {
    return this.packs.has(key);
  }

  /** Whether a pack holds an entry whose key starts with `prefix`. */
  holdsAnyPacked(prefix: string): boolean {
    return this.packs.holdsAny(prefix);
  }

  /** At the end of a run: merges the packs when there are many (see EntryPacks.tidy). */
  tidy(): void {
    this.packs.tidy();
  }

  /** The stored value under `key`, if there is a readable one. */
  peek<T>(key: string): T | undefined {
    return parsedOrNone<T>(readIfPresent(path.join(this.folder, `${key}.json`)));
  }

  put(key: string, value: unknown): void {
    this.store(path.join(this.folder, `${key}.json`), jsonChunks(value));
  }

  /**
   * Stores a value as `put` does, but its file is written behind (see
   * `writeBehind`). A value of more than `behindCharactersAtMost` of JSON is
   * written here and now, in pieces, as `put` writes it.
   */
  putBehind(key: string, value: unknown): void {
    const file = path.join(this.folder, `${key}.json`);
    const chunks = jsonChunks(value);
    const pieces: string[] = [];
    let characters = 0;
    for (let next = chunks.next(); !next.done; next = chunks.next()) {
      pieces.push(next.value);
      characters += next.value.length;
      if (characters > behindCharactersAtMost) {
        this.store(file, piecesThenRest(pieces, chunks));
        return;
      }
    }
    this.writeBehind(file, [Buffer.from(pieces.join(''), 'utf8')]);
  }

  /**
   * Whether entries are written behind (`writeBehind`); otherwise here and
   * now. Only where a processor would otherwise wait: beside a single share
   * with more than one job allowed (see runInParts). Where every processor
   * has a share, libuv's threads only take turns with them: a cold check of
   * 10 MB in two threads took 1.07 of the wall time with entries written
   * behind (4 pairs).
   */
  writesBehind = false;

  /**
   * Writes a file in libuv's threads while this thread goes on, when
   * `writesBehind`; `settled` waits for every such write. In a check of 1 MB
   * in one thread, opening, writing and renaming its 200 entries had taken
   * the thread 0.15 s. Bytes that would hold more than `behindBytesAtMost`
   * waiting are written here and now.
   */
  private writeBehind(file: string, pieces: readonly Uint8Array[]): void {
    const byteLength = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
    if (!this.writesBehind || this.behindBytes + byteLength > behindBytesAtMost || !this.folderMade()) {
      this.store(file, pieces);
      return;
    }
    const temporary = `${file}.${process.pid}.${threadId}.${++this.behindCount}.tmp`;
    this.behindBytes += byteLength;
    const write: Promise<void> = writeFile(temporary, pieces)
      .then(() => rename(temporary, file))
      .catch((error: unknown) => {
        this.noteWriteFailure(error);
        return rm(temporary, { force: true }).catch(() => undefined);
      })
      .finally(() => {
        this.behindBytes -= byteLength;
        this.behind.delete(write);
      });
    this.behind.add(write);
  }

  /** Writes started behind that have not ended. */
  private readonly behind = new Set<Promise<void>>();
  private behindBytes = 0;
  private behindCount = 0;

  /**
   * A turn of the event loop while writes are behind: each step of a write
   * (open, write, close, rename) is handed to libuv's threads from this
   * thread's event loop, so a thread that never yields holds them all back.
   */
  async lettingWritesOn(): Promise<void> {
    if (this.behind.size > 0) await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * Settles once every write started behind has ended (written, or failed and
   * noted in `writeFailure`) and this thread's pack has its final name.
   */
  async settled(): Promise<void> {
    while (this.behind.size > 0) await Promise.all(this.behind);
    this.packs.finish();
    for (const reader of this.entryReaders) reader.close();
  }

  /**
   * The integers stored under `key` by `putIntegers`, if there are any. They
   * are in this machine's byte order: the cache is not meant to be moved, and
   * whoever reads them checks that they make sense.
   */
  peekIntegers(key: string): Int32Array | undefined {
    const bytes = this.peekBytes(key, 'bin');
    if (bytes === undefined || bytes.byteLength % 4 !== 0) return undefined;
    // A view when the bytes are aligned (they are, for a file read on its own), a copy when not.
    return bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Int32Array(new Uint8Array(bytes).buffer);
  }

  putIntegers(key: string, values: Int32Array | readonly Int32Array[]): void {
    this.putBytes(key, 'bin', values);
  }

  /** Whether an entry is stored under `key` with this file extension (without reading it). */
  has(key: string, extension: string): boolean {
    return existsSync(path.join(this.folder, `${key}.${extension}`));
  }

  /** The bytes stored under `key` with this file extension, if any; whoever reads them checks them. */
  peekBytes(key: string, extension: string): Buffer | undefined {
    const name = `${key}.${extension}`;
    const readAhead = this.readAheadBytes.get(name);
    if (readAhead) {
      this.readAheadBytes.delete(name);
      return readAhead;
    }
    return readBytes(path.join(this.folder, name));
  }

  /**
   * An entry to read in parts, or undefined when there is none: opened at
   * the first read, closed when the cache settles (and opened again if read
   * again), so a long run holds no descriptor between its tasks.
   */
  openEntry(key: string, extension: string): EntryReader | undefined {
    const file = path.join(this.folder, `${key}.${extension}`);
    let info: Stats | undefined;
    try {
      info = statSync(file);
    } catch {
      return undefined;
    }
    if (!info.isFile()) return undefined;
    const ranges = new FileRanges(file);
    this.entryReaders.add(ranges);
    return { file, size: info.size, read: (position, length) => ranges.read(position, length) };
  }

  private readonly entryReaders = new Set<FileRanges>();

  /** Entries read by `readAhead`, each handed out once by `peekBytes`. */
  private readonly readAheadBytes = new Map<string, Buffer>();

  /**
   * Reads entries into memory in libuv's threads while this thread does other
   * work, for `peekBytes` to hand out: a large termbase's compiled matchers
   * are tens of megabytes, and filling fresh memory with them cost the thread
   * that read them about 3 ms a megabyte. Starts once this thread's writes
   * behind have ended, and settles once every read has; an entry that
   * cannot be read is left for `peekBytes` to find missing.
   */
  async readAhead(entries: readonly { readonly key: string; readonly extension: string }[]): Promise<void> {
    await this.settled();
    await Promise.all(
      entries.map(async ({ key, extension }) => {
        const name = `${key}.${extension}`;
        const bytes = await readFile(path.join(this.folder, name)).catch(() => undefined);
        if (bytes) this.readAheadBytes.set(name, bytes);
      }),
    );
  }

  /**
   * Stores bytes under `key`, written behind (see `writeBehind`); bytes in
   * pieces are written one after another, never joined in memory, and must
   * not change until the cache has settled.
   */
  putBytes(key: string, extension: string, bytes: NodeJS.ArrayBufferView | readonly NodeJS.ArrayBufferView[]): void {
    const pieces = ArrayBuffer.isView(bytes) ? [bytes] : bytes;
    this.writeBehind(path.join(this.folder, `${key}.${extension}`), pieces.map((piece) => new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength)));
  }

  /** Whether any of the cache's files has a name that starts with `prefix` (a folder that cannot be read has none). */
  holdsAny(prefix: string): boolean {
    try {
      return readdirSync(this.folder).some((name) => name.startsWith(prefix));
    } catch {
      return false;
    }
  }

  /** The cache's files whose names start with `prefix`, with when each was last written. */
  list(prefix: string): { readonly name: string; readonly written: number }[] {
    let names: string[];
    try {
      names = readdirSync(this.folder).filter((name) => name.startsWith(prefix));
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const info = statSync(path.join(this.folder, name), { throwIfNoEntry: false });
      return info?.isFile() ? [{ name, written: info.mtimeMs }] : [];
    });
  }

  /** Removes an entry file by its name (`list`) or path (`openEntry`); one another process removed first is no error. */
  remove(name: string): void {
    rmSync(path.join(this.folder, path.basename(name)), { force: true });
  }

  /**
   * Writes an entry through a temporary file and a rename, so that a reader
   * never sees half an entry. Entries are the cache's own files: no link to
   * follow and nothing to compare, and a failure only means a later miss.
   * Synchronous, because the promise API's overhead per small file is larger
   * than the write itself.
   */
  private store(file: string, content: FileContent): void {
    if (!this.folderMade()) return;
    const temporary = `${file}.${process.pid}.${threadId}.tmp`;
    try {
      writeContent(temporary, content);
      renameSync(temporary, file);
    } catch (error) {
      this.noteWriteFailure(error);
      try {
        rmSync(temporary, { force: true });
      } catch {
        // The folder itself is not usable (a file in its place): there is no temporary file to remove.
      }
    }
  }

  /** Whether the cache folder is there, made now if not; a folder that cannot be made is noted as the write failure. */
  private folderMade(): boolean {
    if (this.folderReady) return true;
    try {
      mkdirSync(this.folder, { recursive: true });
      this.folderReady = true;
    } catch (error) {
      this.noteWriteFailure(error);
    }
    return this.folderReady;
  }

  private noteWriteFailure(error: unknown): void {
    this.writeFailure ??= writeFailureReason(error) ?? (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

/** Above this many characters of JSON, `putBehind` writes an entry in pieces at once rather than hold it whole. */
const behindCharactersAtMost = 1 << 20;

/** The most bytes `putBehind` holds waiting to be written; beyond them it writes at once. */
const behindBytesAtMost = 16 << 20;

/** The pieces already taken from `rest`, then the rest. */
function* piecesThenRest(pieces: readonly string[], rest: Iterator<string>): Generator<string> {
  yield* pieces;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/** One entry file read in parts (see `ContentCache.openEntry`). */
export interface EntryReader {
  readonly file: string;
  /** The file's size when it was opened. */
  readonly size: number;
  /** `length` bytes from `position`; undefined when the file cannot be opened or ends first. */
  read(position: number, length: number): Buffer | undefined;
}

function readIfPresent(file: string): string | undefined {
  return readBytes(file)?.toString('utf8');
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

/**
 * A key from settings and the content of files (each named by its project
 * path and read from its absolute path). With `digests`, a file whose size,
 * times and inode are those of its last digest is not read again, and with
 * `asRead`, a file this run read is named by what it read (see
 * `FileDigests.readThisRun`). A file that cannot be read counts as absent,
 * and `unreadable` says so.
 */
export function contentKeyOfFiles(
  settings: readonly string[],
  files: Iterable<readonly [name: string, absolutePath: string]>,
  digests?: FileDigests,
  { asRead = false }: { readonly asRead?: boolean } = {},
): { key: string; unreadable: boolean } {
  const hash = createHash('sha256');
  for (const part of settings) hash.update(part).update('\u0000');
  let unreadable = false;
  for (const [name, absolutePath] of files) {
    const digest = (asRead ? digests?.readThisRun(absolutePath) : undefined) ?? (digests ? digests.digest(absolutePath) : fileDigest(absolutePath));
    if (digest === undefined) unreadable = true;
    hash.update(name).update('\u0000').update(digest ?? 'absent').update('\u0000');
  }
  return { key: hash.digest('base64url').slice(0, 32), unreadable };
}

/** SHA-256 of a file's bytes, or undefined when it cannot be read. */
export function fileDigest(absolutePath: string): string | undefined {
  const hash = createHash('sha256');
  return hashFile(hash, absolutePath) ? hash.digest('base64url') : undefined;
}

/** The digest `fileDigest` gives for a file holding `content` (text as UTF-8), in one call: no hash object per file. */
export function contentDigest(content: string | NodeJS.ArrayBufferView): string {
  return oneShotHash('sha256', typeof content === 'string' ? content : new Uint8Array(content.buffer, content.byteOffset, content.byteLength), 'base64url');
}

let readBuffer: Buffer | undefined;

/** Adds a file's bytes to `hash`, read through one reused buffer; false when the file cannot be read. */
function hashFile(hash: Hash, absolutePath: string): boolean {
  readBuffer ??= Buffer.allocUnsafe(1 << 20);
  let descriptor: number;
  try {
    descriptor = openSync(absolutePath, 'r');
  } catch {
    return false;
  }
  try {
    for (let read = readSync(descriptor, readBuffer); read > 0; read = readSync(descriptor, readBuffer)) hash.update(readBuffer.subarray(0, read));
    return true;
  } catch {
    return false;
  } finally {
    closeSync(descriptor);
  }
}

/** The value of a JSON text, or undefined for none or one that does not parse (a damaged entry). */
function parsedOrNone<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
