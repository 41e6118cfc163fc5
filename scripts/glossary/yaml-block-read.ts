import jsYaml from 'js-yaml';
import { plainMap, plainScalar, plainSeq, readItems, type PairNode, type ScalarNode, type YamlNode } from './yaml-nodes.js';

/**
 * Reads the block-style YAML a termbase is written in straight into the
 * nodes the termbase reader walks, which js-yaml followed by `plainNodes`
 * took most of a large termbase's load time to make. It knows a subset of
 * YAML: block mappings and sequences, flow collections (on one line or
 * several), plain and quoted scalars on one line, literal and folded block
 * scalars, comments. At anything else, and at anything a YAML parser
 * refuses, it gives up (undefined) and the general parser reads the file:
 * it never reads a file otherwise than js-yaml does with the core schema,
 * only sooner. It works on offsets into the text rather than on split lines,
 * so that what it allocates is what it returns.
 *
 * With `readTopItem`, each item of a block sequence under a top-level key
 * named `topKey` goes to it as soon as the item is read, and the sequence
 * (marked by `readItems`) holds what it returned. The nodes of a concept
 * are then garbage before the next concept is read: young-generation
 * collections no longer copy the whole tree of a large termbase, twice.
 */
export function readBlockYaml(text: string, readTopItem?: { readonly topKey: string; read(item: YamlNode): unknown }): YamlNode | undefined {
  const implicitTypes = coreImplicitTypes();
  if (!implicitTypes || text.includes('\t') || (mayBeNonPrintable.test(text) && nonPrintable.test(text)) || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined;
  try {
    return new BlockReader(text, implicitTypes, readTopItem).document();
  } catch (error) {
    if (error === givingUp) return undefined;
    throw error;
  }
}

/** What js-yaml refuses as "non-printable characters" (its own test, on the whole text); surrogates are fine in pairs. */
const nonPrintable = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** The same without looking around surrogates: four times as fast, and on most termbases the only test made. */
const mayBeNonPrintable = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

/** The core schema's own resolvers (null, bool, int, float), so that a plain scalar gets js-yaml's type; undefined if js-yaml no longer exposes them. */
function coreImplicitTypes(): readonly ImplicitType[] | undefined {
  const types = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit?: unknown }).compiledImplicit;
  if (!Array.isArray(types) || types.length === 0) return undefined;
  return types.every((type) => typeof type?.resolve === 'function' && typeof type?.construct === 'function') ? (types as ImplicitType[]) : undefined;
}

const givingUp = new Error('outside the block YAML subset');

function giveUp(): never {
  throw givingUp;
}

const space = 0x20;
const hash = 0x23;
const colon = 0x3a;
const dash = 0x2d;
const comma = 0x2c;
const doubleQuote = 0x22;
const singleQuote = 0x27;

/** Keys that js-yaml would read as null or a boolean and then write differently as a property name ("Null" → "null"). */
const keyWords = /^(?:null|true|false)$/i;
/** What may not start a plain scalar (anchors, aliases, tags, block scalars, reserved and flow indicators, comments). */
const notPlainFirst = '&*!|>%@`,[]{}#';

/** The text, one line at a time: the current line is [start, end), its line break (LF or CRLF) excluded. */
class LineCursor {
  start = 0;
  end = 0;
  private following = 0;

  constructor(readonly text: string) {
    this.seek(text.charCodeAt(0) === 0xfeff ? 1 : 0);
  }

  get atEnd(): boolean {
    return this.start >= this.text.length;
  }

  advance(): void {
    this.seek(this.following);
  }

  /** The current line's indentation. */
  indent(): number {
    let position = this.start;
    while (this.text.charCodeAt(position) === space) position++;
    return position - this.start;
  }

  /** Whether the line has nothing but spaces, or spaces and a comment. */
  isBlank(): boolean {
    const first = this.start + this.indent();
    return first === this.end || this.text.charCodeAt(first) === hash;
  }

  private seek(start: number): void {
    const { text } = this;
    this.start = start;
    if (start >= text.length) {
      this.end = this.following = text.length;
      return;
    }
    const newline = text.indexOf('\n', start);
    this.following = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    this.end = end;
  }
}

class BlockReader {
  private readonly lines: LineCursor;
  private readonly text: string;

  /** Set while the value of the top-level key whose sequence items are read as they come is read. */
  private itemReader: { read(item: YamlNode): unknown } | undefined;

  constructor(
    text: string,
    private readonly implicitTypes: readonly ImplicitType[],
    private readonly readTopItem?: { readonly topKey: string; read(item: YamlNode): unknown },
  ) {
    this.lines = new LineCursor(text);
    this.text = text;
  }

  document(): YamlNode {
    const { lines } = this;
    while (!lines.atEnd && lines.isBlank()) lines.advance();
    if (!lines.atEnd && lines.end - lines.start === 3 && this.text.startsWith('---', lines.start)) lines.advance();
    this.skipBlank();
    if (lines.atEnd || lines.indent() !== 0) giveUp();
    const root = this.mapping(0, lines.start);
    this.skipBlank();
    if (!lines.atEnd) giveUp();
    return root;
  }

  /** Moves past empty lines, lines of spaces and comment lines; gives up at a directive or a document marker. */
  private skipBlank(): void {
    const { lines, text } = this;
    while (!lines.atEnd) {
      if (!lines.isBlank()) {
        const first = text.charCodeAt(lines.start);
        if (first === 0x25 /* % */ || ((first === dash || first === 0x2e) && (text.startsWith('---', lines.start) || text.startsWith('...', lines.start)))) giveUp();
        return;
      }
      lines.advance();
    }
  }

  /** The next content line's indentation, or -1 at the end. */
  private nextIndent(): number {
    this.skipBlank();
    return this.lines.atEnd ? -1 : this.lines.indent();
  }

  /** A block mapping whose keys stand at `indent`; its first key starts at offset `first` of the current line. */
  private mapping(indent: number, first: number): YamlNode {
    const { lines } = this;
    // Only a sequence that is the top-level key's value hands its items on.
    this.itemReader = undefined;
    const items: PairNode[] = [];
    let keyStart = first;
    for (;;) {
      const { key, after } = this.key(keyStart);
      const keyNode = this.keyNode(key, items);
      if (indent === 0 && key === this.readTopItem?.topKey) this.itemReader = this.readTopItem;
      const value = this.valueAfter(after, indent);
      this.itemReader = undefined;
      items.push({ key: keyNode, value });
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent || this.isSequenceEntry(lines.start + indent)) giveUp();
      keyStart = lines.start + indent;
    }
    return plainMap(items);
  }

  /** A block sequence whose `-` stand at `indent`, starting on the current line. */
  private sequence(indent: number): YamlNode {
    const { lines, text } = this;
    const readItem = this.itemReader;
    this.itemReader = undefined;
    const items: YamlNode[] = [];
    for (;;) {
      const count = items.length;
      let position = lines.start + indent + 1;
      while (text.charCodeAt(position) === space) position++;
      if (position === lines.end || text.charCodeAt(position) === hash) {
        // `-` alone: the item is on the following lines. An empty one (null) is left to js-yaml, which
        // reads the next entry of an enclosing sequence into this one ("a:\n - - x\n   -\n - y").
        lines.advance();
        if (this.nextIndent() <= indent) giveUp();
        items.push(this.block(indent));
      } else if (this.startsEntry(position)) {
        items.push(this.mapping(position - lines.start, position));
      } else {
        items.push(this.valueAfter(position, indent));
      }
      if (readItem) items[count] = readItem.read(items[count]);
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) giveUp();
      if (!this.isSequenceEntry(lines.start + indent)) break;
    }
    return readItem ? readItems(items) : plainSeq(items);
  }

  /** A block node on the current line, more indented than `parent`. */
  private block(parent: number): YamlNode {
    const indent = this.lines.indent();
    if (indent <= parent) giveUp();
    const first = this.lines.start + indent;
    return this.isSequenceEntry(first) ? this.sequence(indent) : this.mapping(indent, first);
  }

  private readonly keyNodes = new Map<string, ScalarNode>();

  /**
   * The node of `key`, which must not be among `items` yet (js-yaml refuses
   * a duplicate key). Keys repeat from concept to concept and their nodes
   * are never changed, so each distinct key has one node: fewer objects in
   * a tree that lives as long as the termbase is read.
   */
  private keyNode(key: string, items: readonly PairNode[]): ScalarNode {
    let node = this.keyNodes.get(key);
    if (!node) {
      node = plainScalar(key);
      this.keyNodes.set(key, node);
    }
    for (const item of items) if (item.key === node) giveUp();
    return node;
  }

  /** Whether a sequence entry (`-` then a space or the end of the line) starts at `position`. */
  private isSequenceEntry(position: number): boolean {
    return this.text.charCodeAt(position) === dash && (position + 1 === this.lines.end || this.text.charCodeAt(position + 1) === space);
  }

  /** Whether a mapping entry (a key and `:`) starts at `position`. */
  private startsEntry(position: number): boolean {
    const { text } = this;
    const code = text.charCodeAt(position);
    let end: number;
    if (code === doubleQuote || code === singleQuote) end = quoted(text, position, this.lines.end).end;
    else {
      end = plainKeyEnd(text, position, this.lines.end);
      if (end === position) return false;
    }
    return text.charCodeAt(end) === colon && (end + 1 === this.lines.end || text.charCodeAt(end + 1) === space);
  }

  /** The key at `position` and the offset after its `:`, which a space or the end of the line follows. */
  private key(position: number): { key: string; after: number } {
    const { text } = this;
    const { end: lineEnd } = this.lines;
    const { key, end } = keyAt(text, position, lineEnd);
    if (text.charCodeAt(end) !== colon || (end + 1 < lineEnd && text.charCodeAt(end + 1) !== space)) giveUp();
    return { key, after: end + 1 };
  }

  /**
   * The value that starts after a key's `:` (or a sequence's `- `) at
   * `position` of the current line, and ends on it, or (for a block scalar,
   * a flow collection, or a key with nothing after it) on the lines below;
   * `indent` is the indentation of the collection the value belongs to.
   * Leaves the cursor on the line after the value.
   */
  private valueAfter(position: number, indent: number): YamlNode {
    const { lines, text } = this;
    while (text.charCodeAt(position) === space) position++;
    if (position === lines.end || text.charCodeAt(position) === hash) {
      lines.advance();
      const next = this.nextIndent();
      if (next > indent) return this.block(indent);
      // A sequence may stand at its key's own indentation.
      if (next === indent && this.isSequenceEntry(lines.start + indent)) return this.sequence(indent);
      return plainScalar(null);
    }
    const code = text.charCodeAt(position);
    if (code === 0x7c /* | */ || code === 0x3e /* > */) return plainScalar(this.blockScalar(position, indent));
    let node: YamlNode;
    let end: number;
    if (code === doubleQuote || code === singleQuote) {
      const read = quoted(text, position, lines.end);
      node = plainScalar(read.value);
      end = read.end;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      const flow = new FlowReader(lines, position, indent, this.implicitTypes, (key, items) => this.keyNode(key, items));
      node = flow.node();
      end = flow.position;
    } else {
      const plain = plainText(text, position, lines.end);
      node = plainScalar(resolvePlain(plain, this.implicitTypes));
      end = lines.end;
    }
    if (!restIsComment(text, end, lines.end)) giveUp();
    lines.advance();
    return node;
  }

  /** A literal (`|`) or folded (`>`) block scalar, its header at `position`; `indent` is its key's collection's. */
  private blockScalar(position: number, indent: number): string {
    const { lines, text } = this;
    const folded = text.charCodeAt(position) === 0x3e;
    let chomping: 'clip' | 'strip' | 'keep' = 'clip';
    let after = position + 1;
    const indicator = text.charCodeAt(after);
    if (indicator === dash || indicator === 0x2b /* + */) {
      chomping = indicator === dash ? 'strip' : 'keep';
      after++;
    }
    if (!restIsComment(text, after, lines.end)) giveUp();
    lines.advance();
    // Content is indented further than the key's collection, by the first content line's measure.
    if (lines.atEnd) giveUp();
    const contentIndent = lines.indent();
    if (contentIndent <= indent || lines.start + contentIndent === lines.end) giveUp();
    const content: string[] = [];
    let trailingEmpty = 0;
    while (!lines.atEnd) {
      const lineIndent = lines.indent();
      if (lines.start + lineIndent === lines.end) {
        // A line of spaces only: an empty line, unless it carries spaces beyond the content's indentation.
        if (lineIndent > contentIndent) giveUp();
        trailingEmpty++;
        lines.advance();
        continue;
      }
      if (lineIndent < contentIndent) break;
      // More indented lines keep their line breaks in a folded scalar; this reader leaves them to js-yaml.
      if (lineIndent > contentIndent && folded) giveUp();
      for (; trailingEmpty > 0; trailingEmpty--) content.push('');
      content.push(text.slice(lines.start + contentIndent, lines.end));
      lines.advance();
    }
    const body = folded ? fold(content) : content.join('\n');
    if (chomping === 'strip') return body;
    if (chomping === 'clip') return `${body}\n`;
    return `${body}\n${'\n'.repeat(trailingEmpty)}`;
  }
}

/** Folds the lines of a `>` scalar: lines next to each other are joined by a space, each empty line between them is a line break. */
function fold(lines: readonly string[]): string {
  let out = '';
  let empty = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') {
      empty++;
      continue;
    }
    if (index > 0) out += empty > 0 ? '\n'.repeat(empty) : ' ';
    empty = 0;
    out += line;
  }
  return out;
}

function resolvePlain(text: string, implicitTypes: readonly ImplicitType[]): unknown {
  for (const type of implicitTypes) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** The key (quoted or plain) that starts at `position`, and the offset after it. */
function keyAt(text: string, position: number, lineEnd: number): { key: string; end: number } {
  const code = text.charCodeAt(position);
  if (code === doubleQuote || code === singleQuote) {
    const read = quoted(text, position, lineEnd);
    return { key: quotedKey(read.value), end: read.end };
  }
  const end = plainKeyEnd(text, position, lineEnd);
  if (end === position) giveUp();
  return { key: plainKeyText(text.slice(position, end)), end };
}

/** Where a plain key (letters, digits, `_` and `-`, starting with a letter or `_`) that starts at `position` ends; `position` if none does. */
function plainKeyEnd(text: string, position: number, lineEnd: number): number {
  const first = text.charCodeAt(position);
  if (!(isAsciiLetter(first) || first === 0x5f)) return position;
  let end = position + 1;
  while (end < lineEnd) {
    const code = text.charCodeAt(end);
    if (!(isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === dash)) break;
    end++;
  }
  return end;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Gives up on keys js-yaml would write differently as a property name ("Null" → "null"). */
function plainKeyText(key: string): string {
  if (key.length <= 5 && keyWords.test(key)) giveUp();
  if (key === '__proto__' || key.length > 1000) giveUp();
  return key;
}

/** Gives up on quoted keys that a plain object would put first (array indexes). */
function quotedKey(key: string): string {
  if (/^\d+$/.test(key) || key === '__proto__' || key.length > 1000) giveUp();
  return key;
}

/** Whether only spaces, or spaces and then a comment, follow `position` on the line. */
function restIsComment(text: string, position: number, lineEnd: number): boolean {
  let at = position;
  while (text.charCodeAt(at) === space) at++;
  return at >= lineEnd || (text.charCodeAt(at) === hash && at > position);
}

/**
 * A plain scalar in a block collection, from `position` to the end of the
 * line or to a comment. Gives up where YAML would read more than a scalar
 * (`: `, a trailing `:`) or where the scalar would not be plain (an
 * indicator at its start).
 */
function plainText(text: string, position: number, lineEnd: number): string {
  checkPlainStart(text, position, lineEnd, false);
  let end = position;
  for (let at = position; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code === hash && text.charCodeAt(at - 1) === space) break;
    if (code === colon && (at + 1 === lineEnd || text.charCodeAt(at + 1) === space)) giveUp();
    if (code !== space) end = at + 1;
  }
  return text.slice(position, end);
}

/**
 * Gives up unless a plain scalar may start at `position`: not at an
 * indicator, nor at `-`, `?` or `:` standing alone (before a space, the end
 * of the line or, `inFlow`, a comma or bracket), which start more than a scalar.
 */
function checkPlainStart(text: string, position: number, lineEnd: number, inFlow: boolean): void {
  if (position >= lineEnd || notPlainFirst.includes(text[position]!)) giveUp();
  const code = text.charCodeAt(position);
  if (code !== dash && code !== 0x3f && code !== colon) return;
  const next = position + 1;
  if (next === lineEnd || text.charCodeAt(next) === space || (inFlow && ',[]{}'.includes(text[next]!))) giveUp();
}

/** A quoted scalar on one line, starting at `position`: its value and the offset after the closing quote. */
function quoted(text: string, position: number, lineEnd: number): { value: string; end: number } {
  return text.charCodeAt(position) === singleQuote ? singleQuoted(text, position, lineEnd) : doubleQuoted(text, position, lineEnd);
}

function singleQuoted(text: string, position: number, lineEnd: number): { value: string; end: number } {
  let value = '';
  let from = position + 1;
  for (;;) {
    const close = text.indexOf("'", from);
    if (close === -1 || close >= lineEnd) giveUp();
    value += text.slice(from, close);
    if (text.charCodeAt(close + 1) !== singleQuote || close + 1 >= lineEnd) return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

const simpleEscapes: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

function doubleQuoted(text: string, position: number, lineEnd: number): { value: string; end: number } {
  let value = '';
  let from = position + 1;
  for (;;) {
    let stop = from;
    while (stop < lineEnd && text.charCodeAt(stop) !== doubleQuote && text.charCodeAt(stop) !== 0x5c) stop++;
    if (stop >= lineEnd) giveUp();
    value += text.slice(from, stop);
    if (text.charCodeAt(stop) === doubleQuote) return { value, end: stop + 1 };
    const escape = text[stop + 1];
    if (escape === 'u' && stop + 6 <= lineEnd && /^[0-9A-Fa-f]{4}$/.test(text.slice(stop + 2, stop + 6))) {
      value += String.fromCharCode(Number.parseInt(text.slice(stop + 2, stop + 6), 16));
      from = stop + 6;
      continue;
    }
    const simple = escape === undefined || stop + 1 >= lineEnd ? undefined : simpleEscapes[escape];
    if (simple === undefined) giveUp();
    value += simple;
    from = stop + 2;
  }
}

/**
 * A flow collection (`[...]`, `{...}`), on one line or across several, each
 * further line indented further than the block collection it is in. Its
 * scalars end on the line they start on. Leaves the cursor on its last line.
 */
class FlowReader {
  private readonly text: string;

  constructor(
    private readonly lines: LineCursor,
    public position: number,
    private readonly blockIndent: number,
    private readonly implicitTypes: readonly ImplicitType[],
    private readonly keyNode: (key: string, items: readonly PairNode[]) => ScalarNode,
  ) {
    this.text = lines.text;
  }

  node(): YamlNode {
    this.skipSpace();
    const code = this.text.charCodeAt(this.position);
    if (code === 0x5b) {
      const items: YamlNode[] = [];
      this.entries(0x5d, () => items.push(this.node()));
      return plainSeq(items);
    }
    if (code === 0x7b) {
      const pairs: PairNode[] = [];
      this.entries(0x7d, () => {
        const key = this.key();
        pairs.push({ key: this.keyNode(key, pairs), value: this.node() });
      });
      return plainMap(pairs);
    }
    if (code === doubleQuote || code === singleQuote) {
      const { value, end } = quoted(this.text, this.position, this.lines.end);
      this.position = end;
      return plainScalar(value);
    }
    return plainScalar(resolvePlain(this.plain(), this.implicitTypes));
  }

  /** Reads entries separated by commas up to the `close` bracket, from the opening one. */
  private entries(close: number, entry: () => void): void {
    this.position++;
    this.skipSpace();
    if (this.text.charCodeAt(this.position) === close) {
      this.position++;
      return;
    }
    for (;;) {
      entry();
      this.skipSpace();
      const code = this.text.charCodeAt(this.position);
      this.position++;
      if (code === close) return;
      if (code !== comma) giveUp();
      this.skipSpace();
      // A comma before the closing bracket, and empty entries, are left to js-yaml.
      if (this.text.charCodeAt(this.position) === close || this.text.charCodeAt(this.position) === comma) giveUp();
    }
  }

  private key(): string {
    this.skipSpace();
    const { text } = this;
    const lineEnd = this.lines.end;
    const { key, end } = keyAt(text, this.position, lineEnd);
    this.position = end;
    // In a flow mapping, a value follows its key's `:` on the same line.
    if (text.charCodeAt(this.position) !== colon || this.position + 1 >= lineEnd || text.charCodeAt(this.position + 1) !== space) giveUp();
    this.position += 2;
    return key;
  }

  /** A plain scalar in a flow collection: up to a comma or a bracket on the same line. */
  private plain(): string {
    const { text } = this;
    const lineEnd = this.lines.end;
    const start = this.position;
    checkPlainStart(text, start, lineEnd, true);
    let end = start;
    for (; end < lineEnd; end++) {
      const code = text.charCodeAt(end);
      // `:` and `#` mean more than text here (a key, a comment); a bracket or comma ends the scalar.
      if (code === comma || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d) break;
      if (code === colon || (code === hash && text.charCodeAt(end - 1) === space)) giveUp();
    }
    // One that reaches the end of its line may go on on the next (and would be folded): left to js-yaml.
    if (end === lineEnd) giveUp();
    while (end > start && text.charCodeAt(end - 1) === space) end--;
    this.position = end;
    return text.slice(start, end);
  }

  /**
   * Moves past spaces, and past the end of the line or a comment to the next
   * line, which must be indented further than the block collection.
   */
  private skipSpace(): void {
    const { lines, text } = this;
    for (;;) {
      while (text.charCodeAt(this.position) === space) this.position++;
      const atComment = text.charCodeAt(this.position) === hash && text.charCodeAt(this.position - 1) === space;
      if (this.position < lines.end && !atComment) return;
      lines.advance();
      if (lines.atEnd) giveUp();
      const indent = lines.indent();
      this.position = lines.start + indent;
      if (indent <= this.blockIndent || this.position === lines.end) giveUp();
    }
  }
}
