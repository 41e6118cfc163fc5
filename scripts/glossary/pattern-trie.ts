/**
 * A trie over folded characters with two extra edges: "skip up to K word
 * letters" (for `stem~` and `*`). All patterns of a language share one trie,
 * so looking a position up costs a few map lookups however many patterns
 * there are; building it is linear in the total length of the patterns.
 *
 * A lookup starts only at word starts and walks forward as long as some
 * pattern still fits, tracking the (usually single) set of live trie states.
 */
import type { PatternPart } from './pattern.js';
import { FoldedChar, LETTER, MARK, type Folding } from './text-fold.js';

interface SkipEdge {
  /** Most word letters the edge may consume (Infinity for `*`). */
  readonly max: number;
  readonly target: TrieNode;
  /** Lookup generation in which this edge was last entered, and with how few letters. */
  stamp: number;
  fewest: number;
}

class TrieNode {
  // Most nodes deep in a trie have one child: it is kept in two fields, and
  // only further children go into a map. This keeps lookups short and local.
  private onlyKey = -1;
  private onlyChild: TrieNode | undefined;
  private others: Map<number, TrieNode> | undefined;
  skips: SkipEdge[] | undefined;
  accepts: Accepted<unknown>[] | undefined;
  stamp = 0;

  get hasChildren(): boolean {
    return this.onlyChild !== undefined;
  }

  get(unit: number): TrieNode | undefined {
    return unit === this.onlyKey ? this.onlyChild : this.others?.get(unit);
  }

  child(unit: number): TrieNode {
    let node = this.get(unit);
    if (node) return node;
    node = new TrieNode();
    if (this.onlyChild === undefined) {
      this.onlyKey = unit;
      this.onlyChild = node;
    } else {
      this.others ??= new Map();
      this.others.set(unit, node);
    }
    return node;
  }

  skip(max: number): TrieNode {
    this.skips ??= [];
    let edge = this.skips.find((candidate) => candidate.max === max);
    if (!edge) {
      edge = { max, target: new TrieNode(), stamp: 0, fewest: 0 };
      this.skips.push(edge);
    }
    return edge.target;
  }
}

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

export class PatternTrie<T> {
  private readonly root = new TrieNode();
  private readonly out = new FoldedChar();
  private readonly scratch = new FoldedChar();
  private generation = 0;
  private count = 0;

  constructor(readonly folding: Folding) {}

  /** Adds a parsed pattern; `endings` is K for `~` written without a number. */
  add(parts: readonly PatternPart[], endings: number, value: T): void {
    let node = this.root;
    let literalLength = 0;
    let wordLiteral = 0;
    let wordHasAny = false;
    let finalStemLength: number | undefined;
    for (const part of parts) {
      finalStemLength = undefined;
      if (part.kind === 'text') {
        const folded = this.folding.foldString(part.text);
        for (let k = 0; k < folded.length; k++) node = node.child(folded.charCodeAt(k));
        literalLength += folded.length;
        // The stem of an ending starts after the last space or hyphen.
        const hyphen = folded.lastIndexOf('-');
        wordLiteral = hyphen >= 0 ? folded.length - hyphen - 1 : wordLiteral + folded.length;
        if (hyphen >= 0) wordHasAny = false;
      } else if (part.kind === 'space') {
        node = node.child(0x20);
        literalLength++;
        wordLiteral = 0;
        wordHasAny = false;
      } else if (part.kind === 'ending') {
        node = node.skip(part.max ?? endings);
        finalStemLength = wordHasAny ? undefined : wordLiteral;
      } else {
        node = node.skip(Number.POSITIVE_INFINITY);
        wordHasAny = true;
      }
    }
    node.accepts ??= [];
    node.accepts.push({ value, literalLength, order: this.count++, finalStemLength });
  }

  /**
   * The best pattern matching at `start` (which should be a word start): the
   * longest, then the most specific, then the first added. It must end on a
   * word boundary.
   */
  matchAt(text: string, start: number): TrieMatch<T> | undefined {
    const folding = this.folding;
    const out = this.out;
    let best: TrieMatch<T> | undefined;
    // Deterministic walk while there is a single state and no skip edge: the
    // common case, and free of allocation.
    const classes = folding.classes;
    const table = folding.table;
    const length = text.length;
    let node: TrieNode | undefined = this.root;
    let index = start;
    while (!node.skips) {
      if (!node.hasChildren || index >= length) return best;
      const code = text.charCodeAt(index);
      const folded = table[code]!;
      // A letter that folds to one unit and carries no combining mark needs no further reading.
      if (classes[code] === LETTER && folded >= 0 && (index + 1 >= length || classes[text.charCodeAt(index + 1)] !== MARK)) {
        node = node.get(folded);
        index++;
      } else {
        index = folding.read(text, index, out);
        for (let k = 0; k < out.count && node; k++) node = node.get(out.units[k]!);
      }
      if (!node) return best;
      if (node.accepts) best = this.consider(node, text, start, index, best);
    }
    // From a node with skip edges on, several states can be live at once.
    let nodes: TrieNode[] = [];
    let skips: { edge: SkipEdge; letters: number }[] = [];
    this.enter(node, nodes, skips, ++this.generation);
    if (index > start) for (const live of nodes) best = this.consider(live, text, start, index, best);
    while (index < text.length && (nodes.length > 0 || skips.length > 0)) {
      index = folding.read(text, index, out);
      const generation = ++this.generation;
      const nextNodes: TrieNode[] = [];
      const nextSkips: { edge: SkipEdge; letters: number }[] = [];
      for (const live of nodes) {
        let target: TrieNode | undefined = live;
        for (let k = 0; k < out.count && target; k++) target = target.get(out.units[k]!);
        if (target) this.enter(target, nextNodes, nextSkips, generation);
      }
      if (out.letter) {
        for (const { edge, letters } of skips) {
          if (letters + 1 <= edge.max) this.enterSkip(edge, letters + 1, nextNodes, nextSkips, generation);
        }
      }
      nodes = nextNodes;
      skips = nextSkips;
      for (const live of nodes) best = this.consider(live, text, start, index, best);
    }
    return best;
  }

  /** Adds `node` and everything reachable from it without reading a character (skips of zero letters). */
  private enter(node: TrieNode, nodes: TrieNode[], skips: { edge: SkipEdge; letters: number }[], generation: number): void {
    if (node.stamp === generation) return;
    node.stamp = generation;
    nodes.push(node);
    if (node.skips) {
      for (const edge of node.skips) this.enterSkip(edge, 0, nodes, skips, generation);
    }
  }

  private enterSkip(edge: SkipEdge, letters: number, nodes: TrieNode[], skips: { edge: SkipEdge; letters: number }[], generation: number): void {
    if (edge.stamp === generation && edge.fewest <= letters) return;
    edge.stamp = generation;
    edge.fewest = letters;
    skips.push({ edge, letters });
    this.enter(edge.target, nodes, skips, generation);
  }

  private consider(node: TrieNode, text: string, start: number, end: number, best: TrieMatch<T> | undefined): TrieMatch<T> | undefined {
    if (!node.accepts) return best;
    if (this.folding.isWordAt(text, end) && this.folding.isWordAt(text, end - 1)) return best;
    let result = best;
    for (const accepted of node.accepts as Accepted<T>[]) {
      if (!result || isBetter(end, accepted, result)) result = { start, end, accepted };
    }
    return result;
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
}

function isBetter<T>(end: number, accepted: Accepted<T>, current: TrieMatch<T>): boolean {
  if (end !== current.end) return end > current.end;
  if (accepted.literalLength !== current.accepted.literalLength) return accepted.literalLength > current.accepted.literalLength;
  return accepted.order < current.accepted.order;
}
