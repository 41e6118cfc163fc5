import { closeSync, fstatSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { FileRanges, readFully, writeFully } from '../util/descriptor-io.js';

/**
 * Cache entries made one per article (each segmented article, what a stage
 * wrote for it), kept many to a file. A first check of 10 MB made 1,948
 * segmented articles; created one file each, they cost its two threads over
 * a second of system time (ext4 allocating inodes, both threads waiting on
 * the one folder), and the run 1.13 times the wall time of writing the same
 * bytes to one file per thread.
 *
 * A pack holds entries one after another, then its index (JSON: the keys,
 * where each entry ends, the CRC-32 of each), then a trailer of 24 bytes:
 * `GLPACK01`, the index's offset (8 bytes) and length (4), and the index's
 * CRC-32 (4), little-endian. Each thread appends to a pack of its own under
 * a temporary name and renames it when the cache settles, so a reader only
 * ever finds whole packs. For a key in several packs the newest counts (the
 * names begin with the time). A damaged pack is read as none, a damaged
 * entry as missing: either is made again and kept in a newer pack.
 */
export class EntryPacks {
  private located: Map<string, Located> | undefined;
  private writer: PackWriter | undefined;
  /** Set after a write failed: this run adds no more. */
  private writeFailed = false;
  private readonly readers = new Map<string, FileRanges>();

  /** `folderReady` makes the folder when it is missing and says whether it is there; `failed` notes why a write failed. */
  constructor(
    readonly folder: string,
    private readonly folderReady: () => boolean,
    private readonly failed: (error: unknown) => void,
  ) {}

  has(key: string): boolean {
    return this.index().has(key);
  }

  /** Whether any key starts with `prefix`. */
  holdsAny(prefix: string): boolean {
    for (const key of this.index().keys()) if (key.startsWith(prefix)) return true;
    return false;
  }

  /** The bytes kept under `key`, or undefined when there are none or they do not match their CRC-32. */
  peek(key: string): Buffer | undefined {
    const at = this.index().get(key);
    if (at === undefined) return undefined;
    const bytes = this.readAt(at);
    return bytes !== undefined && crc32(bytes) >>> 0 === at.crc ? bytes : undefined;
  }

  /** Keeps `bytes` under `key` in this thread's pack, readable at once here and by other threads once `finish` has run. */
  add(key: string, bytes: Uint8Array): void {
    if (this.writeFailed || !this.folderReady()) return;
    try {
      this.writer ??= new PackWriter(path.join(this.folder, `${packName()}${temporarySuffix}`));
      this.index().set(key, this.writer.append(key, bytes));
    } catch (error) {
      this.failed(error);
      this.writeFailed = true;
      this.writer?.abandon();
      this.writer = undefined;
    }
  }

  /** Gives this thread's pack its final name (other threads and later runs read it from then on) and closes the packs read. */
  finish(): void {
    this.closeReaders();
    const writer = this.writer;
    if (writer === undefined) return;
    this.writer = undefined;
    try {
      const final = writer.finish();
      for (const key of writer.keys) {
        const at = this.located?.get(key);
        if (at?.file === writer.temporary) this.located!.set(key, { ...at, file: final });
      }
    } catch (error) {
      this.failed(error);
      writer.abandon();
    }
  }

  /**
   * Merges the packs into one when there are more than `packsAtMost` (each
   * key's newest entry, damaged ones left out), so that a run finds its
   * entries in a few files however many runs wrote them; removes temporary
   * packs a stopped run left over an hour ago. For the end of a run: a
   * thread still reading a merged pack would find its entries missing and
   * make them again.
   */
  tidy(): void {
    this.finish();
    const names = listing(this.folder);
    const now = Date.now();
    for (const name of names) {
      if (!name.startsWith(packPrefix) || !name.endsWith(temporarySuffix)) continue;
      const file = path.join(this.folder, name);
      if (now - writtenAt(file) > staleTemporaryMs) removeIfPossible(file);
    }
    const packs = packNames(names);
    if (packs.length <= packsAtMost || this.writeFailed) return;
    const newest = packs.at(-1)!;
    let merged: PackWriter | undefined;
    try {
      // Named just before the newest pack it holds, so a pack written meanwhile by another run still counts as newer.
      merged = new PackWriter(path.join(this.folder, `${newest.slice(0, -packExtension.length)}-merged${temporarySuffix}`));
      const taken = new Set<string>();
      for (const name of [...packs].reverse()) {
        const file = path.join(this.folder, name);
        for (const at of readIndex(file)?.values() ?? []) {
          if (taken.has(at.key)) continue;
          const bytes = this.readAt(at);
          if (bytes === undefined || crc32(bytes) >>> 0 !== at.crc) continue;
          merged.append(at.key, bytes);
          taken.add(at.key);
        }
      }
      this.closeReaders();
      merged.finish();
    } catch (error) {
      // Another run merging the same packs at the same moment is no failure: it keeps them.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') this.failed(error);
      merged?.abandon();
      return;
    }
    for (const name of packs) removeIfPossible(path.join(this.folder, name));
    this.located = undefined;
  }

  /** Every key's newest entry, from the packs' indexes, read when first asked. */
  private index(): Map<string, Located> {
    if (this.located) return this.located;
    this.located = new Map();
    for (const name of packNames(listing(this.folder))) {
      for (const [key, at] of readIndex(path.join(this.folder, name)) ?? []) this.located.set(key, at);
    }
    return this.located;
  }

  private closeReaders(): void {
    for (const reader of this.readers.values()) reader.close();
    this.readers.clear();
  }

  /** The entry's bytes; undefined for a pack another run merged away since its index was read (the entry is made again). */
  private readAt(at: Located): Buffer | undefined {
    let reader = this.readers.get(at.file);
    if (reader === undefined) {
      reader = new FileRanges(at.file);
      this.readers.set(at.file, reader);
    }
    return reader.read(at.start, at.length);
  }

}

/** Packs beyond this many are merged into one at the end of a run. */
export const packsAtMost = 8;

/** A temporary pack last written this long ago was left by a run that stopped. */
const staleTemporaryMs = 3_600_000;

const packPrefix = 'pack-';
const packExtension = '.pack';
const temporarySuffix = '.pack.tmp';
const magic = Buffer.from('GLPACK01', 'latin1');
const trailerLength = 24;

interface Located {
  readonly key: string;
  readonly file: string;
  readonly start: number;
  readonly length: number;
  readonly crc: number;
}

let packCount = 0;

/** A name that sorts by the time it was made, unique to this process and thread. */
function packName(): string {
  return `${packPrefix}${Date.now().toString(36).padStart(9, '0')}-${process.pid}-${threadId}-${++packCount}`;
}

function listing(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** When a file was last written; now for one that is not a file or cannot be looked at (it is left alone). */
function writtenAt(file: string): number {
  try {
    const info = statSync(file, { throwIfNoEntry: false });
    return info?.isFile() ? info.mtimeMs : Date.now();
  } catch {
    return Date.now();
  }
}

/** Removes a file; one that cannot be removed (a folder by that name, no permission) is left, at worst read again. */
function removeIfPossible(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left as it is: a pack that cannot be read is read as none.
  }
}

/** The finished packs among `names`, oldest first. */
function packNames(names: readonly string[]): string[] {
  return names.filter((name) => name.startsWith(packPrefix) && name.endsWith(packExtension)).sort();
}

/** The entries a pack's index lists, by key; undefined for a pack that cannot be read or is not whole. */
function readIndex(file: string): Map<string, Located> | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const size = fstatSync(descriptor).size;
    if (size < trailerLength) return undefined;
    const trailer = Buffer.alloc(trailerLength);
    if (!readFully(descriptor, trailer, size - trailerLength) || !trailer.subarray(0, 8).equals(magic)) return undefined;
    const indexStart = Number(trailer.readBigUInt64LE(8));
    const indexLength = trailer.readUInt32LE(16);
    if (indexStart + indexLength !== size - trailerLength) return undefined;
    const indexBytes = Buffer.alloc(indexLength);
    if (!readFully(descriptor, indexBytes, indexStart) || crc32(indexBytes) >>> 0 !== trailer.readUInt32LE(20)) return undefined;
    const index = JSON.parse(indexBytes.toString('utf8')) as unknown;
    return isIndex(index, indexStart) ? located(file, index) : undefined;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

interface PackIndex {
  readonly keys: readonly string[];
  readonly ends: readonly number[];
  readonly crcs: readonly number[];
}

function isIndex(value: unknown, bodyLength: number): value is PackIndex {
  const { keys, ends, crcs } = (value ?? {}) as Partial<Record<keyof PackIndex, unknown>>;
  if (!Array.isArray(keys) || !Array.isArray(ends) || !Array.isArray(crcs)) return false;
  if (ends.length !== keys.length || crcs.length !== keys.length) return false;
  let previous = 0;
  for (let index = 0; index < keys.length; index++) {
    const end = ends[index] as unknown;
    if (typeof keys[index] !== 'string' || !Number.isInteger(end) || (end as number) < previous || !Number.isInteger(crcs[index])) return false;
    previous = end as number;
  }
  return previous === bodyLength;
}

function located(file: string, index: PackIndex): Map<string, Located> {
  const entries = new Map<string, Located>();
  let start = 0;
  index.keys.forEach((key, position) => {
    const end = index.ends[position]!;
    entries.set(key, { key, file, start, length: end - start, crc: index.crcs[position]! });
    start = end;
  });
  return entries;
}

/** A pack being written under its temporary name. */
class PackWriter {
  private readonly descriptor: number;
  private offset = 0;
  readonly keys: string[] = [];
  private readonly ends: number[] = [];
  private readonly crcs: number[] = [];

  constructor(readonly temporary: string) {
    this.descriptor = openSync(temporary, 'wx');
  }

  append(key: string, bytes: Uint8Array): Located {
    const start = this.offset;
    writeFully(this.descriptor, bytes);
    this.offset += bytes.length;
    const crc = crc32(bytes) >>> 0;
    this.keys.push(key);
    this.ends.push(this.offset);
    this.crcs.push(crc);
    return { key, file: this.temporary, start, length: bytes.length, crc };
  }

  /** Writes the index and the trailer and renames the pack; returns its final path. */
  finish(): string {
    const index = Buffer.from(JSON.stringify({ keys: this.keys, ends: this.ends, crcs: this.crcs }), 'utf8');
    const trailer = Buffer.alloc(trailerLength);
    magic.copy(trailer, 0);
    trailer.writeBigUInt64LE(BigInt(this.offset), 8);
    trailer.writeUInt32LE(index.length, 16);
    trailer.writeUInt32LE(crc32(index) >>> 0, 20);
    writeFully(this.descriptor, index);
    writeFully(this.descriptor, trailer);
    closeSync(this.descriptor);
    const final = this.temporary.slice(0, -temporarySuffix.length) + packExtension;
    renameSync(this.temporary, final);
    return final;
  }

  abandon(): void {
    try {
      closeSync(this.descriptor);
    } catch {
      // Closed by `finish` before it failed.
    }
    rmSync(this.temporary, { force: true });
  }
}
