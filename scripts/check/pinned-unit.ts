import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFully, writeFully } from '../util/descriptor-io.js';
import type { TranslationUnit } from './rule.js';

/** A run of rows with the strings they name by index. */
interface Block {
  readonly strings: readonly string[];
  readonly fields: Int32Array;
  readonly rows: number;
}

/** What PinnedRanges hands to another thread: plain data, and the files of rows written out, now the receiver's. */
export interface PinnedRangesData {
  readonly labelCount: number;
  readonly rows: number;
  readonly blocks: readonly Block[];
  readonly files: readonly string[];
}

/** One kept range, as PinnedRanges.forEach visits it. */
export interface PinnedRow {
  label(index: number): string;
  readonly start: number;
  readonly end: number;
  /** A unit to report the range on: its location answers the range's start and end, whatever the offsets. */
  unit(): TranslationUnit;
}

export interface PinnedRangesOptions {
  /** Rows per block, the unit in which rows are written out. */
  readonly blockRows?: number;
  /** Rows kept in memory; blocks beyond them go to a temporary file. */
  readonly rowsInMemory?: number;
}

const origins: readonly TranslationUnit['origin'][] = ['resource', 'xliff'];

// The fields of a row. PLACE names "file, locale, article, origin" and ID the unit, both as string indices,
// as do the labels after the positions.
const PLACE = 0;
const ID = 1;
const START = 2;
const END = 3;
const LINE = 4;
const COLUMN = 5;
const END_LINE = 6;
const END_COLUMN = 7;
const LABELS = 8;

/**
 * Where ranges of translations stand, and nothing else: what a rule that
 * reports only after every article was checked keeps instead of the units,
 * whose locations hold their whole files. A rule that compares across a whole
 * archive keeps a range per use of a term, millions on a large one, so a range
 * is a row of numbers, rows come in blocks with their strings, and past
 * `rowsInMemory` rows the blocks go to a temporary file and are read back one
 * at a time: memory does not grow with the number of articles. Rows are
 * visited in the order they were pinned or taken over.
 */
export class PinnedRanges {
  readonly labelCount: number;
  private readonly width: number;
  private readonly blockRows: number;
  private readonly rowsInMemory: number;
  /** Finished blocks kept in memory, and after them, the files with blocks written out, in order. */
  private readonly stored: (Block | string)[] = [];
  private rowsStored = 0;
  /** The open file this instance writes blocks to, once it has one. */
  private ownFile: number | undefined;
  private current: { strings: string[]; index: Map<string, number>; fields: Int32Array; rows: number };
  private rowCount = 0;
  private lastUnit: TranslationUnit | undefined;
  private lastUnitBlock: PinnedRanges['current'] | undefined;
  private lastPlace = 0;
  private lastId = 0;
  private readonly removeFiles = () => this.dispose();
  private exitHook = false;

  constructor(labelCount: number, options: PinnedRangesOptions = {}) {
    this.labelCount = labelCount;
    this.width = LABELS + labelCount;
    this.blockRows = options.blockRows ?? 16_384;
    this.rowsInMemory = options.rowsInMemory ?? 65_536;
    this.current = this.newBlock();
  }

  get size(): number {
    return this.rowCount;
  }

  /** Keeps the range [start, end) of the unit's text with the given labels. */
  pin(unit: TranslationUnit, start: number, end: number, labels: readonly string[]): void {
    const from = unit.location.position(start);
    const to = unit.location.endPosition?.(end) ?? unit.location.position(end);
    const block = this.current;
    const at = block.rows * this.width;
    const { fields } = block;
    // A unit's terms come one after another: its place and id are interned once per unit and block.
    if (unit !== this.lastUnit || block !== this.lastUnitBlock) {
      this.lastUnit = unit;
      this.lastUnitBlock = block;
      this.lastPlace = this.intern(`${unit.file}\u0000${unit.locale}\u0000${unit.article}\u0000${origins.indexOf(unit.origin)}`);
      this.lastId = this.intern(unit.id);
    }
    fields[at + PLACE] = this.lastPlace;
    fields[at + ID] = this.lastId;
    fields[at + START] = start;
    fields[at + END] = end;
    fields[at + LINE] = from.line;
    fields[at + COLUMN] = from.column;
    fields[at + END_LINE] = to.line;
    fields[at + END_COLUMN] = to.column;
    for (let index = 0; index < this.labelCount; index++) fields[at + LABELS + index] = this.intern(labels[index]!);
    block.rows++;
    this.rowCount++;
    if (block.rows === this.blockRows) this.finishBlock();
  }

  /** Hands every row to another thread; this instance is then empty and no longer owns a file. */
  handOver(): PinnedRangesData {
    this.finishBlock();
    const blocks = this.stored.filter((entry): entry is Block => typeof entry !== 'string');
    const files = this.stored.filter((entry): entry is string => typeof entry === 'string');
    const rows = this.rowCount;
    this.closeOwnFile();
    this.stored.length = 0;
    this.rowsStored = 0;
    this.rowCount = 0;
    this.removeFilesOnExit(false);
    return { labelCount: this.labelCount, rows, blocks, files };
  }

  /** Appends another thread's rows after these. */
  takeOver(data: PinnedRangesData): void {
    if (data.labelCount !== this.labelCount) throw new Error(`pinned ranges with ${data.labelCount} labels cannot join ranges with ${this.labelCount}`);
    this.finishBlock();
    for (const block of data.blocks) this.store(block);
    // Rows written out by the other thread stay in their file; this instance now removes it.
    this.closeOwnFile();
    for (const file of data.files) this.stored.push(file);
    if (data.files.length > 0) this.removeFilesOnExit(true);
    this.rowCount += data.rows;
  }

  /** Visits every row in order; blocks written out are read back one at a time. */
  forEach(visit: (row: PinnedRow) => void): void {
    this.finishBlock();
    this.closeOwnFile();
    for (const entry of this.stored) {
      if (typeof entry === 'string') for (const block of blocksIn(entry, this.width)) this.visitBlock(block, visit);
      else this.visitBlock(entry, visit);
    }
  }

  /** Removes the files of rows written out; the rows in them are gone. */
  dispose(): void {
    this.closeOwnFile();
    for (const entry of this.stored) if (typeof entry === 'string') rmSync(path.dirname(entry), { recursive: true, force: true });
    for (let index = this.stored.length - 1; index >= 0; index--) if (typeof this.stored[index] === 'string') this.stored.splice(index, 1);
    this.removeFilesOnExit(false);
  }

  /** A thread that stops before it disposes of its files (an error, an interrupt) still removes them. */
  private removeFilesOnExit(on: boolean): void {
    if (on === this.exitHook) return;
    this.exitHook = on;
    if (on) process.on('exit', this.removeFiles);
    else process.off('exit', this.removeFiles);
  }

  private visitBlock(block: Block, visit: (row: PinnedRow) => void): void {
    const { fields, strings } = block;
    const width = this.width;
    // A place is decoded once per block, not once per row.
    const places = new Map<number, readonly [file: string, locale: string, article: string, origin: TranslationUnit['origin']]>();
    let at = 0;
    const row: PinnedRow = {
      label: (index) => strings[fields[at + LABELS + index]!]!,
      get start() {
        return fields[at + START]!;
      },
      get end() {
        return fields[at + END]!;
      },
      unit: () => {
        let place = places.get(fields[at + PLACE]!);
        if (!place) {
          const [file, locale, article, origin] = strings[fields[at + PLACE]!]!.split('\u0000') as [string, string, string, string];
          place = [file, locale, article, origins[Number(origin)]!];
          places.set(fields[at + PLACE]!, place);
        }
        const [file, locale, article, origin] = place;
        const start = { line: fields[at + LINE]!, column: fields[at + COLUMN]! };
        const end = { line: fields[at + END_LINE]!, column: fields[at + END_COLUMN]! };
        return { side: 'translation', origin, article, file, locale, id: strings[fields[at + ID]!]!, text: '', location: { position: () => start, endPosition: () => end } };
      },
    };
    for (let index = 0; index < block.rows; index++, at += width) visit(row);
  }

  private newBlock() {
    return { strings: [] as string[], index: new Map<string, number>(), fields: new Int32Array(this.blockRows * this.width), rows: 0 };
  }

  private finishBlock(): void {
    const { strings, fields, rows } = this.current;
    if (rows === 0) return;
    this.store({ strings, fields: rows === this.blockRows ? fields : fields.slice(0, rows * this.width), rows });
    this.current = this.newBlock();
  }

  private store(block: Block): void {
    if (this.rowsStored + block.rows <= this.rowsInMemory && typeof this.stored.at(-1) !== 'string') {
      this.stored.push(block);
      this.rowsStored += block.rows;
      return;
    }
    if (this.ownFile === undefined) {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'glossa-ranges-')), 'rows');
      this.ownFile = openSync(file, 'w');
      this.stored.push(file);
      this.removeFilesOnExit(true);
    }
    writeBlock(this.ownFile, block);
  }

  private closeOwnFile(): void {
    if (this.ownFile === undefined) return;
    closeSync(this.ownFile);
    this.ownFile = undefined;
  }

  /**
   * Block-local string indices; a copy of each, since a slice of a sentence or a file would keep all of it alive.
   * Prefixing makes V8 flatten the text into a new string, which the slice then refers to, not the
   * original's parent: one copy, a tenth of the time of copying code point by code point.
   */
  private intern(text: string): number {
    const { strings, index } = this.current;
    let found = index.get(text);
    if (found === undefined) {
      found = strings.length;
      const copy = ` ${text}`.slice(1);
      strings.push(copy);
      index.set(copy, found);
    }
    return found;
  }
}

// A block in a file: its row count, the byte length of its strings (JSON), the strings, then the fields.
function writeBlock(fd: number, block: Block): void {
  const strings = Buffer.from(JSON.stringify(block.strings), 'utf8');
  const header = new Int32Array([block.rows, strings.length]);
  writeFully(fd, new Uint8Array(header.buffer));
  writeFully(fd, strings);
  writeFully(fd, new Uint8Array(block.fields.buffer, block.fields.byteOffset, block.fields.byteLength));
}

function* blocksIn(file: string, width: number): Generator<Block> {
  const fd = openSync(file, 'r');
  try {
    const header = new Int32Array(2);
    for (;;) {
      if (!readFully(fd, new Uint8Array(header.buffer))) return;
      const [rows, stringBytes] = [header[0]!, header[1]!];
      const strings = Buffer.alloc(stringBytes);
      const fields = new Int32Array(rows * width);
      if (!readFully(fd, strings) || !readFully(fd, new Uint8Array(fields.buffer))) throw new Error(`${file}: a block of pinned ranges ends early`);
      yield { strings: JSON.parse(strings.toString('utf8')) as string[], fields, rows };
    }
  } finally {
    closeSync(fd);
  }
}

