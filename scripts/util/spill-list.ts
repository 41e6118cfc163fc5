import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { threadId } from 'node:worker_threads';
import { writeFully } from './descriptor-io.js';

/** A list handed to another thread: the items kept in memory, then those written to `file`, then `unwritten`, in that order. */
export interface SpilledList<T> {
  readonly kept: readonly T[];
  /** One JSON array (a batch of items) per line; absent when nothing was written out. */
  readonly file?: string;
  /** How many of the file's bytes hold whole batches: a write cut short leaves more. */
  readonly bytes?: number;
  /** Items the file could not take (a full disk): held in memory instead. */
  readonly unwritten?: readonly T[];
}

let filesMade = 0;

/**
 * A list that keeps its first `inMemory` items and writes the rest to a file
 * in `folder` as they come, `batch` items (one JSON line) at a time, so that
 * a long list held until the end of a run takes no memory until it is read
 * back. Items written out go through JSON: properties whose value is
 * undefined are left out, as in any JSON copy. Whoever reads the list back
 * (`readSpilled`) removes the file; the folder is the caller's to remove.
 */
export class SpillList<T> {
  private readonly kept: T[] = [];
  private pending: T[] = [];
  private descriptor: number | undefined;
  private file: string | undefined;
  private bytes = 0;
  /** Set once a write failed: from then on items stay in memory, after those in the file. */
  private unwritten: T[] | undefined;

  constructor(
    private readonly folder: string,
    private readonly inMemory: number,
    private readonly batch = 1_000,
  ) {}

  push(item: T): void {
    if (this.unwritten) {
      this.unwritten.push(item);
      return;
    }
    if (this.file === undefined && this.kept.length < this.inMemory) {
      this.kept.push(item);
      return;
    }
    this.pending.push(item);
    if (this.pending.length >= this.batch) this.writePending();
  }

  /** Everything pushed, for `readSpilled` in this or another thread; this list is then done. */
  handOver(): SpilledList<T> {
    this.writePending();
    try {
      if (this.descriptor !== undefined) closeSync(this.descriptor);
    } catch {
      // What was written is read back through a new descriptor; a failed close loses nothing of it.
    }
    this.descriptor = undefined;
    return { kept: this.kept, ...(this.file === undefined ? {} : { file: this.file, bytes: this.bytes }), ...(this.unwritten ? { unwritten: this.unwritten } : {}) };
  }

  private writePending(): void {
    if (this.pending.length === 0) return;
    const line = Buffer.from(`${JSON.stringify(this.pending)}\n`, 'utf8');
    const file = this.file ?? path.join(this.folder, `${process.pid}-${threadId}-${++filesMade}.jsonl`);
    try {
      const descriptor = (this.descriptor ??= openSync(file, 'wx'));
      this.file = file;
      writeFully(descriptor, line);
      this.bytes += line.length;
    } catch {
      // Part of this batch may be in the file; it is read up to the last whole batch, and this one is kept here.
      this.unwritten = this.pending;
    }
    this.pending = [];
  }
}

/** The items of a handed-over list, in the order they were pushed; its file is read a block at a time, then removed. */
export function readSpilled<T>(list: SpilledList<T>): T[] {
  const items = [...list.kept];
  if (list.file !== undefined) readFile(list.file, list.bytes ?? Infinity, items);
  for (const item of list.unwritten ?? []) items.push(item);
  return items;
}

function readFile<T>(file: string, bytes: number, items: T[]): void {
  const descriptor = openSync(file, 'r');
  try {
    const block = Buffer.allocUnsafe(Math.min(1 << 20, Math.max(1, bytes)));
    const decoder = new StringDecoder('utf8');
    let rest = '';
    const takeLines = (text: string) => {
      // JSON writes a newline inside a string as \n, so every newline ends a batch.
      const lines = (rest + text).split('\n');
      rest = lines.pop()!;
      for (const line of lines) for (const item of JSON.parse(line) as T[]) items.push(item);
    };
    for (let left = bytes; left > 0; ) {
      const read = readSync(descriptor, block, 0, Math.min(block.length, left), null);
      if (read === 0) break;
      left -= read;
      takeLines(decoder.write(block.subarray(0, read)));
    }
    takeLines(decoder.end());
    if (rest !== '') throw new Error(`${file}: the last batch of the list ends early`);
  } finally {
    closeSync(descriptor);
    rmSync(file, { force: true });
  }
}
