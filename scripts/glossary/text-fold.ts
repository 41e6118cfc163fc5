/**
 * Character classes and case folding for matching terms in running text.
 *
 * Matching compares folded text: NFC, case-folded (ß = ss), every hyphen
 * variant read as "-", every apostrophe variant as "'", a run of white space as
 * one " ", default-ignorable code points (zero-width space and joiners, bidi
 * marks and overrides, BOM, soft hyphen, word joiner, variation selectors)
 * and stress accents ignored, for Russian ё read as е, and a letter of another
 * script that looks like one of the language's own (Latin "a" in a Cyrillic
 * word, Cyrillic "А" in a Latin one; Unicode TR39 confusables) read as that
 * letter, so a disguised term is still found.
 * Folding works one character (or one base letter with its combining marks) at
 * a time, so offsets into the original text are never lost.
 */

export const OTHER = 0;
export const LETTER = 1;
export const MARK = 2;
export const SPACE = 3;
export const HYPHEN = 4;
export const APOSTROPHE = 5;
/** Invisible inside a word (soft hyphen, joiners): part of the word, folded away. */
export const JOINER = 6;
export const SURROGATE = 7;

const hyphens = '-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D';
// U+02BC MODIFIER LETTER APOSTROPHE is a letter in Unicode and stays one here
// (it is the Ukrainian apostrophe); it only folds to "'" for comparison.
const apostrophes = "'\u2018\u2019\uFF07";
const joiners = '\u00AD\u200C\u200D\u2060';
/** Invisible by definition (Unicode DerivedCoreProperties): read as joiners, i.e. folded away. */
const defaultIgnorable = /^\p{Default_Ignorable_Code_Point}$/u;
/**
 * Cyrillic letters and the Latin letter each is confusable with (Unicode TR39
 * confusables.txt, single letters only; uppercase-only lookalikes such as
 * В/B, Н/H, М/M, Т/T are listed in their uppercase form).
 */
const cyrillicLatinConfusables: ReadonlyArray<readonly [string, string]> = [
  ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['і', 'i'], ['ј', 'j'],
  ['һ', 'h'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ӏ', 'l'],
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'], ['С', 'C'], ['Т', 'T'],
  ['У', 'Y'], ['Х', 'X'], ['Ѕ', 'S'], ['І', 'I'], ['Ј', 'J'], ['Ԛ', 'Q'], ['Ԝ', 'W'],
];
/** Combining grave and acute: stress marks in Cyrillic dictionaries and teaching texts. */
const ignoredMarks = '\u0300\u0301';

let classTable: Uint8Array | undefined;

/** The class of every UTF-16 code unit, computed once from Unicode properties. */
export function charClasses(): Uint8Array {
  if (classTable) return classTable;
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  const space = /\s/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = SURROGATE;
      continue;
    }
    const ch = String.fromCharCode(code);
    if (hyphens.includes(ch)) table[code] = HYPHEN;
    else if (apostrophes.includes(ch)) table[code] = APOSTROPHE;
    else if (joiners.includes(ch) || defaultIgnorable.test(ch)) table[code] = JOINER;
    else if (letter.test(ch)) table[code] = LETTER;
    else if (mark.test(ch)) table[code] = MARK;
    else if (space.test(ch)) table[code] = SPACE;
    else table[code] = OTHER;
  }
  classTable = table;
  return table;
}

const astralLetter = /^[\p{L}\p{N}]$/u;
const astralMark = /^\p{M}$/u;

/**
 * Class of the code point at `index`: astral letters are LETTER, astral marks
 * MARK, and the second half of a surrogate pair has the class of the pair.
 */
export function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const cls = charClasses()[code]!;
  if (cls !== SURROGATE) return cls;
  let start = index;
  if (code >= 0xdc00 && index > 0) {
    const high = text.charCodeAt(index - 1);
    if (high >= 0xd800 && high <= 0xdbff) start = index - 1;
  }
  const cp = text.codePointAt(start)!;
  if (cp < 0x10000) return OTHER;
  const ch = String.fromCodePoint(cp);
  return astralLetter.test(ch) ? LETTER : astralMark.test(ch) ? MARK : OTHER;
}

export function isWordClass(cls: number): boolean {
  return cls === LETTER || cls === MARK || cls === JOINER;
}

/**
 * Folding of one language: the fold table plus the language's word rules.
 * Instances are shared per behaviour; they hold no per-text state.
 */
export class Folding {
  /** Folded code unit per BMP code unit; -1: see `multi`; -2: dropped. Read directly by hot loops. */
  readonly table: Int32Array;
  private readonly multi: ReadonlyMap<number, string>;
  private readonly astral = new Map<number, string>();
  readonly classes: Uint8Array;

  constructor(
    readonly yoIsYe: boolean,
    readonly apostropheInWords: boolean,
    /** ISO 15924 script of the language ("Latn", "Cyrl"); confusable letters of the other one fold to it. */
    readonly script = '',
  ) {
    this.classes = charClasses();
    const base = baseFolding();
    this.table = base.table.slice();
    this.multi = base.multi;
    if (yoIsYe) {
      this.table[0x0451] = 0x0435; // ё → е
      this.table[0x0401] = 0x0435; // Ё → е
    }
    for (const [cyrillic, latin] of cyrillicLatinConfusables) {
      if (script === 'Latn') this.table[cyrillic.charCodeAt(0)] = caseFold(latin).charCodeAt(0);
      else if (script === 'Cyrl') this.table[latin.charCodeAt(0)] = caseFold(cyrillic).charCodeAt(0);
    }
  }

  /** True when the character at `index` belongs to a word. */
  isWordAt(text: string, index: number): boolean {
    if (index < 0 || index >= text.length) return false;
    const cls = this.classes[text.charCodeAt(index)]!;
    if (cls === LETTER || cls === MARK || cls === JOINER) return true;
    if (cls === SURROGATE) return isWordClass(classAt(text, index));
    if (cls === APOSTROPHE && this.apostropheInWords) {
      return index > 0 && isLetterClass(classAt(text, index - 1)) && index + 1 < text.length && isLetterClass(classAt(text, index + 1));
    }
    return false;
  }

  /** True when `index` is a word boundary: the characters on its two sides are not both word characters. */
  isBoundary(text: string, index: number): boolean {
    return !this.isWordAt(text, index - 1) || !this.isWordAt(text, index);
  }

  /**
   * Reads the character at `index` into `out` as folded code units and
   * returns the index after it. A letter with combining marks is read as one
   * NFC cluster; a run of white space is read as one space.
   */
  read(text: string, index: number, out: FoldedChar): number {
    const code = text.charCodeAt(index);
    const cls = this.classes[code]!;
    const nextIndex = index + 1;
    if (cls === SPACE) {
      let end = nextIndex;
      while (end < text.length && this.classes[text.charCodeAt(end)] === SPACE) end++;
      out.set1(0x20, false);
      return end;
    }
    if (cls === SURROGATE) return this.readAstral(text, index, out);
    if (nextIndex < text.length && this.classes[text.charCodeAt(nextIndex)] === MARK) return this.readCluster(text, index, out);
    const folded = this.table[code]!;
    const letter = cls === LETTER || cls === MARK || cls === JOINER || (cls === APOSTROPHE && this.isWordAt(text, index));
    if (folded >= 0) out.set1(folded, letter);
    else if (folded === -2) out.setEmpty(letter);
    else out.setString(this.multi.get(code)!, letter);
    return nextIndex;
  }

  /** The folded form of a whole string, as patterns and comparisons use it. */
  foldString(text: string): string {
    const out = new FoldedChar();
    let result = '';
    let index = 0;
    while (index < text.length) {
      index = this.read(text, index, out);
      for (let k = 0; k < out.count; k++) result += String.fromCharCode(out.units[k]!);
    }
    return result;
  }

  private readCluster(text: string, index: number, out: FoldedChar): number {
    let end = index + 1;
    while (end < text.length && this.classes[text.charCodeAt(end)] === MARK) end++;
    const cluster = text.slice(index, end).normalize('NFC');
    let folded = '';
    for (const unit of cluster) {
      const code = unit.charCodeAt(0);
      if (unit.length > 1) folded += caseFold(unit);
      else {
        const f = this.table[code]!;
        if (f >= 0) folded += String.fromCharCode(f);
        else if (f === -1) folded += this.multi.get(code)!;
      }
    }
    const cls = classAt(text, index);
    out.setString(folded, cls === LETTER || cls === MARK || cls === JOINER);
    return end;
  }

  private readAstral(text: string, index: number, out: FoldedChar): number {
    const cp = text.codePointAt(index)!;
    const width = cp > 0xffff ? 2 : 1;
    let folded = this.astral.get(cp);
    if (folded === undefined) {
      folded = caseFold(String.fromCodePoint(cp));
      this.astral.set(cp, folded);
    }
    out.setString(folded, isWordClass(classAt(text, index)));
    return index + width;
  }
}

let baseFoldingValue: { readonly table: Int32Array; readonly multi: ReadonlyMap<number, string> } | undefined;

/**
 * The fold of every BMP code unit that no language changes, made once a
 * thread: each language's table is a copy with its own few changes. Made
 * per language, the 65,536 case foldings took 15–25 ms each, four or five
 * times in a check of a source and its translations.
 */
function baseFolding(): { readonly table: Int32Array; readonly multi: ReadonlyMap<number, string> } {
  if (baseFoldingValue) return baseFoldingValue;
  const classes = charClasses();
  const table = new Int32Array(0x10000);
  const multi = new Map<number, string>();
  for (let code = 0; code < 0x10000; code++) {
    const cls = classes[code]!;
    if (cls === SURROGATE) table[code] = code;
    else if (cls === HYPHEN) table[code] = 0x2d;
    else if (cls === APOSTROPHE) table[code] = 0x27;
    else if (cls === SPACE) table[code] = 0x20;
    else if (cls === JOINER || ignoredMarks.includes(String.fromCharCode(code))) table[code] = -2;
    else if (code < 0x80) table[code] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
    else {
      const folded = caseFold(String.fromCharCode(code));
      if (folded.length === 1) table[code] = folded.charCodeAt(0);
      else {
        table[code] = -1;
        multi.set(code, folded);
      }
    }
  }
  table[0x02bc] = 0x27;
  baseFoldingValue = { table, multi };
  return baseFoldingValue;
}

function isLetterClass(cls: number): boolean {
  return cls === LETTER || cls === MARK;
}

/** Full case folding as far as JavaScript offers it: upper then lower maps ß to ss and ſ to s. */
function caseFold(text: string): string {
  return text.toUpperCase().toLowerCase().normalize('NFC');
}

/** The folded code units of one character of text; reused to avoid allocation. */
export class FoldedChar {
  readonly units = new Uint16Array(16);
  count = 0;
  /** Whether the character is part of a word (counts as a letter of an ending). */
  letter = false;

  set1(unit: number, letter: boolean): void {
    this.units[0] = unit;
    this.count = 1;
    this.letter = letter;
  }

  setEmpty(letter: boolean): void {
    this.count = 0;
    this.letter = letter;
  }

  setString(text: string, letter: boolean): void {
    const count = Math.min(text.length, this.units.length);
    for (let k = 0; k < count; k++) this.units[k] = text.charCodeAt(k);
    this.count = count;
    this.letter = letter;
  }
}

const foldings = new Map<string, Folding>();

/** The shared Folding for a combination of language rules. */
export function foldingFor(options: { readonly yoIsYe: boolean; readonly apostropheInWords: boolean; readonly script?: string }): Folding {
  const key = `${options.yoIsYe ? 1 : 0}${options.apostropheInWords ? 1 : 0}${options.script ?? ''}`;
  let folding = foldings.get(key);
  if (!folding) {
    folding = new Folding(options.yoIsYe, options.apostropheInWords, options.script);
    foldings.set(key, folding);
  }
  return folding;
}
