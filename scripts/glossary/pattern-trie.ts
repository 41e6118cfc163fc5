/**
 * A trie over folded characters with two extra edges: "skip up to K word
 * letters" (for `stem~` and `*`). All patterns of a language share one trie,
 * so looking a position up costs a few table lookups however many patterns
 * there are; building it is linear in the total length of the patterns.
 *
 * A lookup starts only at word starts and walks forward as long as some
 * pattern still fits, tracking the (usually single) set of live trie states.
 *
 * Nodes, edges and accepted patterns live in typed arrays, not in one object
 * each: a 20,000-concept termbase makes millions of nodes, which as objects
 * cost seconds to build and made every garbage collection of a check walk
 * them all.
 */
import type { PatternPart } from './pattern.js';
import { FoldedChar, LETTER, MARK, type Folding } from './text-fold.js';

export interface Accepted<T> {
  readonly value: T;
  /** Folded literal units in the pattern: among equally long matches the more specific one wins. */
  readonly literalLength: number;
  /** Insertion order: the last tie-breaker, so results never depend on map iteration. */
  readonly order: number;
  /** Folded units of the stem before the final `~` (back to the last space or hyphen), when the pattern ends with a stem. */
  readonly finalStemLength: number | undefined;
}

export interface TrieMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly accepted: Accepted<T>;
}

const NONE = -1;
/** A skip edge of `*`: any number of letters. */
const UNBOUNDED = 0x7fffffff;

/** A growable column of 32-bit integers. */
class Column {
  data: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }

  /** A column holding `values`, full to its capacity. */
  static of(values: Int32Array): Column {
    const column = new Column(0);
    column.data = values;
    column.length = values.length;
    return column;
  }

  /** The filled part. */
  get values(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    return this.length++;
  }
}

export class PatternTrie<T> {
  // Per node (the root is 0).
  private childCount = new Column();
  private firstSkip = new Column();
  private firstAccept = new Column();
  private nodeStamp = new Column();
  // Child edges: an open-addressing hash table from (node, folded unit) to the child node.
  private edgeNode: Int32Array = new Int32Array(1024).fill(NONE);
  private edgeUnit: Int32Array = new Int32Array(1024);
  private edgeChild: Int32Array = new Int32Array(1024);
  private edges = 0;
  // Skip edges, a list per node.
  private skipMax = new Column();
  private skipTarget = new Column();
  private skipNext = new Column();
  private skipStamp = new Column();
  private skipFewest = new Column();
  // Accepted patterns, a list per node.
  private acceptValue = new Column();
  private acceptLiteral = new Column();
  private acceptStem = new Column();
  private acceptNext = new Column();
  private values: T[] = [];

  private readonly out = new FoldedChar();
  private readonly scratch = new FoldedChar();
  private generation = 0;

  constructor(readonly folding: Folding) {
    this.newNode();
  }

  /**
   * The trie as a block of integers, for a cache, in pieces to be written one
   * after another (`restore` reads them joined): the tables without their
   * lookup stamps, the edge table at the smallest size it may have. Pieces
   * are views of the trie's own tables where they can be, not copies: a large
   * termbase's trie is tens of megabytes. Each value is written as the number
   * `valueCode` gives it.
   */
  tables(valueCode: (value: T) => number): Int32Array[] {
    const capacity = edgeCapacityFor(this.edges);
    let [edgeNode, edgeUnit, edgeChild] = [this.edgeNode, this.edgeUnit, this.edgeChild];
    if (edgeNode.length !== capacity) {
      // The table grows four times at once, so it may be up to twice the smallest size.
      [edgeNode, edgeUnit, edgeChild] = [new Int32Array(capacity).fill(NONE), new Int32Array(capacity), new Int32Array(capacity)];
      rehash(this.edgeNode, this.edgeUnit, this.edgeChild, edgeNode, edgeUnit, edgeChild);
    }
    const parts = [
      this.childCount.values, this.firstSkip.values, this.firstAccept.values,
      edgeNode, edgeUnit, edgeChild,
      this.skipMax.values, this.skipTarget.values, this.skipNext.values,
      this.acceptValue.values, this.acceptLiteral.values, this.acceptStem.values, this.acceptNext.values,
      Int32Array.from(this.values, valueCode),
    ];
    return [Int32Array.of(TABLES_MAGIC, this.edges, ...parts.map((part) => part.length)), ...parts];
  }

  /**
   * The trie `tables()` wrote (the trie keeps `tables` as its own), its
   * values made from their numbers by `valueOf`, which throws a TypeError for
   * a number it cannot take. Throws a TypeError when the block is not one
   * `tables()` could have written (a damaged cache entry): every count and
   * every index is checked, so a lookup stays within its tables and always
   * ends.
   */
  static restore<T>(folding: Folding, tables: Int32Array, valueOf: (code: number) => T): PatternTrie<T> {
    const counts = tables.subarray(2, 2 + TABLE_COUNT);
    if (tables.length < 2 + TABLE_COUNT || tables[0] !== TABLES_MAGIC) throw new TypeError('not a pattern trie');
    const parts: Int32Array[] = [];
    let offset = 2 + TABLE_COUNT;
    for (const count of counts) {
      if (count < 0 || offset + count > tables.length) throw new TypeError('pattern trie tables cut short');
      parts.push(tables.subarray(offset, offset + count));
      offset += count;
    }
    if (offset !== tables.length) throw new TypeError('pattern trie tables too long');
    const [childCount, firstSkip, firstAccept, edgeNode, edgeUnit, edgeChild, skipMax, skipTarget, skipNext, acceptValue, acceptLiteral, acceptStem, acceptNext, valueCodes] =
      parts as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    const nodes = childCount.length;
    const skips = skipMax.length;
    const accepts = acceptValue.length;
    const edges = tables[1]!;
    const capacity = edgeNode.length;
    const sameLength = (length: number, ...columns: Int32Array[]) => columns.every((column) => column.length === length);
    const valid =
      nodes > 0 &&
      sameLength(nodes, firstSkip, firstAccept) &&
      sameLength(capacity, edgeUnit, edgeChild) &&
      sameLength(skips, skipTarget, skipNext) &&
      sameLength(accepts, acceptLiteral, acceptStem, acceptNext) &&
      capacity === edgeCapacityFor(edges) &&
      within(firstSkip, skips, true) &&
      within(firstAccept, accepts, true) &&
      filledWithin(edgeNode, nodes) === edges &&
      within(edgeChild, nodes, false) &&
      within(skipTarget, nodes, false) &&
      linksForward(skipNext) &&
      within(acceptValue, valueCodes.length, false) &&
      linksForward(acceptNext);
    if (!valid) throw new TypeError('pattern trie tables do not fit together');
    const trie = new PatternTrie<T>(folding);
    // The columns are views of `tables`, which the trie now owns; a column that grows is copied first.
    trie.childCount = Column.of(childCount);
    trie.firstSkip = Column.of(firstSkip);
    trie.firstAccept = Column.of(firstAccept);
    trie.nodeStamp = Column.of(new Int32Array(nodes));
    trie.edgeNode = edgeNode;
    trie.edgeUnit = edgeUnit;
    trie.edgeChild = edgeChild;
    trie.edges = edges;
    trie.skipMax = Column.of(skipMax);
    trie.skipTarget = Column.of(skipTarget);
    trie.skipNext = Column.of(skipNext);
    trie.skipStamp = Column.of(new Int32Array(skips));
    trie.skipFewest = Column.of(new Int32Array(skips));
    trie.acceptValue = Column.of(acceptValue);
    trie.acceptLiteral = Column.of(acceptLiteral);
    trie.acceptStem = Column.of(acceptStem);
    trie.acceptNext = Column.of(acceptNext);
    trie.values = Array.from(valueCodes, valueOf);
    return trie;
  }

  /** Adds a parsed pattern; `endings` is K for `~` written without a number. */
  add(parts: readonly PatternPart[], endings: number, value: T): void {
    let node = 0;
    let literalLength = 0;
    let wordLiteral = 0;
    let wordHasAny = false;
    let finalStemLength: number | undefined;
    for (const part of parts) {
      finalStemLength = undefined;
      if (part.kind === 'text') {
        const folded = this.folding.foldString(part.text);
        for (let k = 0; k < folded.length; k++) node = this.child(node, folded.charCodeAt(k));
        literalLength += folded.length;
        // The stem of an ending starts after the last space or hyphen.
        const hyphen = folded.lastIndexOf('-');
        wordLiteral = hyphen >= 0 ? folded.length - hyphen - 1 : wordLiteral + folded.length;
        if (hyphen >= 0) wordHasAny = false;
      } else if (part.kind === 'space') {
        node = this.child(node, 0x20);
        literalLength++;
        wordLiteral = 0;
        wordHasAny = false;
      } else if (part.kind === 'ending') {
        node = this.skip(node, part.max ?? endings);
        finalStemLength = wordHasAny ? undefined : wordLiteral;
      } else {
        node = this.skip(node, UNBOUNDED);
        wordHasAny = true;
      }
    }
    const accept = this.acceptValue.push(this.values.length);
    this.values.push(value);
    this.acceptLiteral.push(literalLength);
    this.acceptStem.push(finalStemLength ?? NONE);
    this.acceptNext.push(NONE);
    this.append(this.firstAccept, this.acceptNext, node, accept);
  }

  /**
   * The best pattern matching at `start` (which should be a word start): the
   * longest, then the most specific, then the first added. It must end on a
   * word boundary.
   */
  matchAt(text: string, start: number): TrieMatch<T> | undefined {
    const folding = this.folding;
    const out = this.out;
    const best: Best = { accept: NONE, end: 0 };
    // Deterministic walk while there is a single state and no skip edge: the
    // common case, and free of allocation.
    const classes = folding.classes;
    const table = folding.table;
    const length = text.length;
    const firstSkip = this.firstSkip.data;
    const childCount = this.childCount.data;
    let node = 0;
    let index = start;
    while (firstSkip[node] === NONE) {
      if (childCount[node] === 0 || index >= length) return this.result(best, start);
      const code = text.charCodeAt(index);
      const folded = table[code]!;
      // A letter that folds to one unit and carries no combining mark needs no further reading.
      if (classes[code] === LETTER && folded >= 0 && (index + 1 >= length || classes[text.charCodeAt(index + 1)] !== MARK)) {
        node = this.get(node, folded);
        index++;
      } else {
        index = folding.read(text, index, out);
        for (let k = 0; k < out.count && node !== NONE; k++) node = this.get(node, out.units[k]!);
      }
      if (node === NONE) return this.result(best, start);
      this.consider(node, text, index, best);
    }
    // From a node with skip edges on, several states can be live at once.
    let nodes: number[] = [];
    let skips: number[] = [];
    let skipLetters: number[] = [];
    this.enter(node, nodes, skips, skipLetters, this.nextGeneration());
    if (index > start) for (const live of nodes) this.consider(live, text, index, best);
    while (index < text.length && (nodes.length > 0 || skips.length > 0)) {
      index = folding.read(text, index, out);
      const generation = this.nextGeneration();
      const nextNodes: number[] = [];
      const nextSkips: number[] = [];
      const nextLetters: number[] = [];
      for (const live of nodes) {
        let target = live;
        for (let k = 0; k < out.count && target !== NONE; k++) target = this.get(target, out.units[k]!);
        if (target !== NONE) this.enter(target, nextNodes, nextSkips, nextLetters, generation);
      }
      if (out.letter) {
        const max = this.skipMax.data;
        skips.forEach((edge, k) => {
          const letters = skipLetters[k]! + 1;
          if (letters <= max[edge]!) this.enterSkip(edge, letters, nextNodes, nextSkips, nextLetters, generation);
        });
      }
      nodes = nextNodes;
      skips = nextSkips;
      skipLetters = nextLetters;
      for (const live of nodes) this.consider(live, text, index, best);
    }
    return this.result(best, start);
  }

  /** Length in folded units of the text from `start` to `end`. */
  foldedLength(text: string, start: number, end: number): number {
    let length = 0;
    let index = start;
    while (index < end) {
      index = this.folding.read(text, index, this.scratch);
      length += this.scratch.count;
    }
    return length;
  }

  /** A new lookup stamp; the stamps are 32-bit, so after 2^31 lookups they all start again. */
  private nextGeneration(): number {
    if (++this.generation === 0x7fffffff) {
      this.nodeStamp.data.fill(0);
      this.skipStamp.data.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  private newNode(): number {
    this.childCount.push(0);
    this.firstSkip.push(NONE);
    this.firstAccept.push(NONE);
    return this.nodeStamp.push(0);
  }

  private slot(node: number, unit: number): number {
    return slotOf(this.edgeNode, this.edgeUnit, node, unit);
  }

  private get(node: number, unit: number): number {
    const slot = this.slot(node, unit);
    return this.edgeNode[slot] === NONE ? NONE : this.edgeChild[slot]!;
  }

  private child(node: number, unit: number): number {
    const slot = this.slot(node, unit);
    if (this.edgeNode[slot] !== NONE) return this.edgeChild[slot]!;
    const created = this.newNode();
    this.edgeNode[slot] = node;
    this.edgeUnit[slot] = unit;
    this.edgeChild[slot] = created;
    this.childCount.data[node]!++;
    if (++this.edges * 2 > this.edgeNode.length) this.growEdges();
    return created;
  }

  private growEdges(): void {
    const [nodes, units, children] = [this.edgeNode, this.edgeUnit, this.edgeChild];
    // Four times larger: a large termbase's millions of edges are rehashed a few times, not a dozen.
    this.edgeNode = new Int32Array(nodes.length * 4).fill(NONE);
    this.edgeUnit = new Int32Array(nodes.length * 4);
    this.edgeChild = new Int32Array(nodes.length * 4);
    rehash(nodes, units, children, this.edgeNode, this.edgeUnit, this.edgeChild);
  }

  private skip(node: number, max: number): number {
    for (let edge = this.firstSkip.data[node]!; edge !== NONE; edge = this.skipNext.data[edge]!) {
      if (this.skipMax.data[edge] === max) return this.skipTarget.data[edge]!;
    }
    const target = this.newNode();
    const edge = this.skipMax.push(max);
    this.skipTarget.push(target);
    this.skipNext.push(NONE);
    this.skipStamp.push(0);
    this.skipFewest.push(0);
    this.append(this.firstSkip, this.skipNext, node, edge);
    return target;
  }

  /** Appends an item to a node's list, keeping the order items were added in. */
  private append(first: Column, next: Column, node: number, item: number): void {
    if (first.data[node] === NONE) {
      first.data[node] = item;
      return;
    }
    let last = first.data[node]!;
    while (next.data[last] !== NONE) last = next.data[last]!;
    next.data[last] = item;
  }

  /** Adds `node` and everything reachable from it without reading a character (skips of zero letters). */
  private enter(node: number, nodes: number[], skips: number[], letters: number[], generation: number): void {
    const stamp = this.nodeStamp.data;
    if (stamp[node] === generation) return;
    stamp[node] = generation;
    nodes.push(node);
    for (let edge = this.firstSkip.data[node]!; edge !== NONE; edge = this.skipNext.data[edge]!) this.enterSkip(edge, 0, nodes, skips, letters, generation);
  }

  private enterSkip(edge: number, letters: number, nodes: number[], skips: number[], skipLetters: number[], generation: number): void {
    const stamp = this.skipStamp.data;
    const fewest = this.skipFewest.data;
    if (stamp[edge] === generation && fewest[edge]! <= letters) return;
    stamp[edge] = generation;
    fewest[edge] = letters;
    skips.push(edge);
    skipLetters.push(letters);
    this.enter(this.skipTarget.data[edge]!, nodes, skips, skipLetters, generation);
  }

  private consider(node: number, text: string, end: number, best: Best): void {
    let accept = this.firstAccept.data[node]!;
    if (accept === NONE) return;
    if (this.folding.isWordAt(text, end) && this.folding.isWordAt(text, end - 1)) return;
    const literal = this.acceptLiteral.data;
    for (; accept !== NONE; accept = this.acceptNext.data[accept]!) {
      const better =
        best.accept === NONE ||
        (end !== best.end ? end > best.end : literal[accept] !== literal[best.accept] ? literal[accept]! > literal[best.accept]! : accept < best.accept);
      if (better) {
        best.accept = accept;
        best.end = end;
      }
    }
  }

  private result(best: Best, start: number): TrieMatch<T> | undefined {
    if (best.accept === NONE) return undefined;
    const stem = this.acceptStem.data[best.accept]!;
    return {
      start,
      end: best.end,
      accepted: {
        value: this.values[this.acceptValue.data[best.accept]!]!,
        literalLength: this.acceptLiteral.data[best.accept]!,
        order: best.accept,
        finalStemLength: stem === NONE ? undefined : stem,
      },
    };
  }
}

/** Marks a trie's `tables()`; read with another byte order it does not match. */
const TABLES_MAGIC = 0x54524931;
/** Tables in a trie's `tables()` after the magic number and the edge count. */
const TABLE_COUNT = 14;

/** Slot of the edge (node, unit) in an open-addressing table, or of the free slot where it would go. */
function slotOf(edgeNode: Int32Array, edgeUnit: Int32Array, node: number, unit: number): number {
  const mask = edgeNode.length - 1;
  // murmur3's finaliser over the pair: node ids are sequential and units cluster, so they need mixing.
  let hash = Math.imul(node, 0x10001) ^ unit;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  let slot = (hash ^ (hash >>> 16)) & mask;
  while (edgeNode[slot] !== NONE && (edgeNode[slot] !== node || edgeUnit[slot] !== unit)) slot = (slot + 1) & mask;
  return slot;
}

/** Moves every edge of one table into another (empty, and at most half full afterwards). */
function rehash(nodes: Int32Array, units: Int32Array, children: Int32Array, toNodes: Int32Array, toUnits: Int32Array, toChildren: Int32Array): void {
  for (let k = 0; k < nodes.length; k++) {
    if (nodes[k] === NONE) continue;
    const slot = slotOf(toNodes, toUnits, nodes[k]!, units[k]!);
    toNodes[slot] = nodes[k]!;
    toUnits[slot] = units[k]!;
    toChildren[slot] = children[k]!;
  }
}

/** The smallest table (a power of two, at least 1,024) that `edges` fill at most half. */
function edgeCapacityFor(edges: number): number {
  let capacity = 1024;
  while (edges * 2 > capacity) capacity *= 2;
  return capacity;
}

/** Whether every item is an index below `limit`, or (when `none` allows it) NONE. A plain loop: it runs once per column, before the code is optimised. */
function within(column: Int32Array, limit: number, none: boolean): boolean {
  for (let k = 0; k < column.length; k++) {
    const item = column[k]!;
    if (!((item >= 0 && item < limit) || (none && item === NONE))) return false;
  }
  return true;
}

/** How many slots of an edge table's node column are filled, each with a node below `nodes`; -1 if one is not. */
function filledWithin(edgeNode: Int32Array, nodes: number): number {
  let filled = 0;
  for (let k = 0; k < edgeNode.length; k++) {
    const node = edgeNode[k]!;
    if (node === NONE) continue;
    if (!(node >= 0 && node < nodes)) return -1;
    filled++;
  }
  return filled;
}

/**
 * Whether every item of a list column links to a later item, or to none.
 * Items are appended to a node's list as they are made, so a list written
 * by `tables()` always goes forward; one that does not might never end.
 */
function linksForward(next: Int32Array): boolean {
  for (let k = 0; k < next.length; k++) {
    const item = next[k]!;
    if (item !== NONE && !(item > k && item < next.length)) return false;
  }
  return true;
}

/** The best accepted pattern so far in one lookup: its index in the accept table, and where it ends. */
interface Best {
  accept: number;
  end: number;
}
