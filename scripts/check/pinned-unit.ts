import type { TranslationUnit } from './rule.js';

/** What PinnedRanges hands to another thread: plain data, the numbers in one typed array. */
export interface PinnedRangesData {
  readonly strings: readonly string[];
  readonly fields: Int32Array;
}

const origins: readonly TranslationUnit['origin'][] = ['resource', 'xliff'];

// The fields of one range, in this order; file, locale, article, id and the labels are indices into the strings.
const FILE = 0;
const LOCALE = 1;
const ARTICLE = 2;
const ID = 3;
const ORIGIN = 4;
const START = 5;
const END = 6;
const LINE = 7;
const COLUMN = 8;
const END_LINE = 9;
const END_COLUMN = 10;
const LABELS = 11;

/**
 * Where ranges of translations stand, and nothing else: what a rule that
 * reports only after every article was checked keeps instead of the units,
 * whose locations hold their whole files. A rule that compares across a whole
 * archive keeps one range per use of a term, millions of them, so a range is
 * a row of numbers in one growing typed array and its strings are kept once;
 * each range also carries a fixed number of string labels of the rule's own.
 */
export class PinnedRanges {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private fields: Int32Array;
  private rows = 0;
  private readonly width: number;

  constructor(readonly labelCount: number) {
    this.width = LABELS + labelCount;
    this.fields = new Int32Array(this.width * 256);
  }

  get size(): number {
    return this.rows;
  }

  /** Keeps the range [start, end) of the unit's text with the given labels; returns its row. */
  pin(unit: TranslationUnit, start: number, end: number, labels: readonly string[]): number {
    const from = unit.location.position(start);
    const to = unit.location.endPosition?.(end) ?? unit.location.position(end);
    const row = this.newRow();
    const at = row * this.width;
    const { fields } = this;
    fields[at + FILE] = this.intern(unit.file);
    fields[at + LOCALE] = this.intern(unit.locale);
    fields[at + ARTICLE] = this.intern(unit.article);
    fields[at + ID] = this.intern(unit.id);
    fields[at + ORIGIN] = origins.indexOf(unit.origin);
    fields[at + START] = start;
    fields[at + END] = end;
    fields[at + LINE] = from.line;
    fields[at + COLUMN] = from.column;
    fields[at + END_LINE] = to.line;
    fields[at + END_COLUMN] = to.column;
    for (let index = 0; index < this.labelCount; index++) fields[at + LABELS + index] = this.intern(labels[index]!);
    return row;
  }

  label(row: number, index: number): string {
    return this.strings[this.fields[row * this.width + LABELS + index]!]!;
  }

  start(row: number): number {
    return this.fields[row * this.width + START]!;
  }

  end(row: number): number {
    return this.fields[row * this.width + END]!;
  }

  /** A unit to report the row's range on: its location answers the range's start and end, whatever the offsets. */
  unitOf(row: number): TranslationUnit {
    const at = row * this.width;
    const { fields, strings } = this;
    const start = { line: fields[at + LINE]!, column: fields[at + COLUMN]! };
    const end = { line: fields[at + END_LINE]!, column: fields[at + END_COLUMN]! };
    return {
      side: 'translation',
      origin: origins[fields[at + ORIGIN]!]!,
      article: strings[fields[at + ARTICLE]!]!,
      file: strings[fields[at + FILE]!]!,
      locale: strings[fields[at + LOCALE]!]!,
      id: strings[fields[at + ID]!]!,
      text: '',
      location: { position: () => start, endPosition: () => end },
    };
  }

  /** Trimmed to the rows in use: crossing threads copies a typed array's whole buffer, not just its view. */
  handOver(): PinnedRangesData {
    this.fields = this.fields.slice(0, Math.max(this.rows, 1) * this.width);
    return { strings: this.strings, fields: this.fields.subarray(0, this.rows * this.width) };
  }

  /** Appends another thread's ranges; returns the row its first range got (its row n is now that + n). */
  takeOver(data: PinnedRangesData): number {
    const first = this.rows;
    const strings = data.strings.map((text) => this.intern(text));
    const stringFields = [FILE, LOCALE, ARTICLE, ID, ...Array.from({ length: this.labelCount }, (_, index) => LABELS + index)];
    for (let at = 0; at < data.fields.length; at += this.width) {
      const row = this.newRow() * this.width;
      this.fields.set(data.fields.subarray(at, at + this.width), row);
      for (const field of stringFields) this.fields[row + field] = strings[data.fields[at + field]!]!;
    }
    return first;
  }

  private newRow(): number {
    if ((this.rows + 1) * this.width > this.fields.length) {
      const grown = new Int32Array(this.fields.length * 2);
      grown.set(this.fields);
      this.fields = grown;
    }
    return this.rows++;
  }

  /** One copy of each string: a slice of a sentence or of a file would keep all of it alive. */
  private intern(text: string): number {
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(copyOf(text));
      this.stringIndex.set(this.strings[index]!, index);
    }
    return index;
  }
}

/** A flat copy of a string that does not share memory with a larger one it was sliced from. */
function copyOf(text: string): string {
  return [...text].join('');
}
