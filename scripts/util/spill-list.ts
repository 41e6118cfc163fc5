import { closeSync, fstatSync, ftruncateSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { threadId } from 'node:worker_threads';

/** A list handed to another thread: the items kept in memory, then those written to `file`, then `unwritten`, in that order. */
export interface SpilledList<T> {
  readonly kept: readonly T[];
  /** One JSON array (a batch of items) per line; absent when nothing was written out. */
  readonly file?: string;
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
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    this.descriptor = undefined;
    return { kept: this.kept, ...(this.file === undefined ? {} : { file: this.file }), ...(this.unwritten ? { unwritten: this.unwritten } : {}) };
  }

  private writePending(): void {
    if (this.pending.length === 0) return;
    const line = Buffer.from(`${JSON.stringify(this.pending)}\n`, 'utf8');
    const file = this.file ?? path.join(this.folder, `${process.pid}-${threadId}-${++filesMade}.jsonl`);
    let descriptor = this.descriptor;
    let written = 0;
    try {
      descriptor ??= openSync(file, 'wx');
      this.descriptor = descriptor;
      this.file = file;
      while (written < line.length) written += writeSync(descriptor, line, written);
      this.pending = [];
    } catch {
      // A batch cut short would end the file early: it is cut back to the batches before it. Should even that
      // fail, reading the file back fails on the cut batch rather than lose it.
      if (written > 0 && descriptor !== undefined) {
        try {
          ftruncateSync(descriptor, fstatSync(descriptor).size - written);
        } catch {
          this.unwritten = this.pending;
        }
      }
      this.unwritten = this.pending;
      this.pending = [];
    }
  }
}

/** The items of a handed-over list, in the order they were pushed; its file is read a block at a time, then removed. */
export function readSpilled<T>(list: SpilledList<T>): T[] {
  const items = [...list.kept];
  if (list.file !== undefined) readFile(list.file, items);
  for (const item of list.unwritten ?? []) items.push(item);
  return items;
}

function readFile<T>(file: string, items: T[]): void {
  const descriptor = openSync(file, 'r');
  try {
    const block = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    const takeLines = (text: string) => {
      // JSON writes a newline inside a string as \n, so every newline ends a batch.
      const lines = (rest + text).split('\n');
      rest = lines.pop()!;
      for (const line of lines) for (const item of JSON.parse(line) as T[]) items.push(item);
    };
    for (let read = readSync(descriptor, block); read > 0; read = readSync(descriptor, block)) takeLines(decoder.write(block.subarray(0, read)));
    takeLines(decoder.end());
    if (rest !== '') throw new Error(`${file}: the last batch of the list ends early`);
  } finally {
    closeSync(descriptor);
    rmSync(file, { force: true });
  }
}
