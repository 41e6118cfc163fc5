import { escapeXmlAttribute, escapeXmlText } from '../xml/escape.js';

/** Attribute values in writing order; `undefined` values are left out. */
export type Attributes = Readonly<Record<string, string | undefined>>;

const indentUnit = '  ';

/** Prefix → namespace declared on an element and its ancestors. */
type Scope = ReadonlyMap<string, string>;

/**
 * The text of one document, written as it is built: a start tag stays open
 * (`<name a="…"`) until the element gets content or is closed, so an element
 * without content is written `<name/>`. Output is the serialisation a DOM
 * serialiser gives for the same tree (default namespace on the element that
 * changes it, prefixes declared once), without building the tree.
 */
class Output {
  readonly parts: string[] = [];
  private startOpen = false;

  start(name: string, attributes: Attributes, namespace: string, parentNamespace: string | undefined, scope: Scope): Scope {
    this.closeStart();
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
    let tag = `<${name}`;
    let inner = scope;
    if (prefix === '' && namespace !== (parentNamespace ?? '')) tag += ` xmlns="${escapeXmlAttribute(namespace)}"`;
    if (prefix !== '' && prefix !== 'xml' && scope.get(prefix) !== namespace) {
      tag += ` xmlns:${prefix}="${escapeXmlAttribute(namespace)}"`;
      inner = new Map(scope).set(prefix, namespace);
    }
    for (const attribute in attributes) {
      const value = attributes[attribute];
      if (value === undefined) continue;
      tag += ` ${attribute}="${escapeXmlAttribute(value)}"`;
      if (attribute.startsWith('xmlns:')) {
        if (inner === scope) inner = new Map(scope);
        (inner as Map<string, string>).set(attribute.slice('xmlns:'.length), value);
      }
    }
    this.parts.push(tag);
    this.startOpen = true;
    return inner;
  }

  content(text: string): void {
    this.closeStart();
    this.parts.push(text);
  }

  end(name: string): void {
    if (this.startOpen) {
      this.parts.push('/>');
      this.startOpen = false;
    } else {
      this.parts.push(`</${name}>`);
    }
  }

  private closeStart(): void {
    if (!this.startOpen) return;
    this.parts.push('>');
    this.startOpen = false;
  }
}

/** The namespace a child without a prefix inherits, for the `xmlns` decision. */
function defaultNamespaceOf(name: string, namespace: string, inherited: string | undefined): string | undefined {
  return name.includes(':') ? inherited : namespace;
}

/**
 * An element holding only elements. Each child starts on its own line, indented
 * by two spaces per level; white space is never added inside mixed content
 * (`InlineElement`), where it would change the text translators see.
 */
export class BlockElement {
  private hasChildren = false;

  constructor(
    private readonly output: Output,
    private readonly name: string,
    private readonly depth: number,
    private readonly namespace: string,
    private readonly defaultNamespace: string | undefined,
    private readonly scope: Scope,
  ) {}

  /** Adds a child element holding further elements; `fill` adds its children. */
  block(name: string, attributes: Attributes, fill: (element: BlockElement) => void, namespace = this.namespace): void {
    const scope = this.child(name, attributes, namespace);
    const element = new BlockElement(this.output, name, this.depth + 1, namespace, defaultNamespaceOf(name, namespace, this.defaultNamespace), scope);
    fill(element);
    element.close();
  }

  /** Adds a child element with mixed content; `fill` adds its text and inline elements. */
  inline(name: string, attributes: Attributes, fill: (element: InlineElement) => void, namespace = this.namespace): void {
    const scope = this.child(name, attributes, namespace);
    fill(new InlineElement(this.output, namespace, defaultNamespaceOf(name, namespace, this.defaultNamespace), scope));
    this.output.end(name);
  }

  /** Adds a child element holding only `text`. */
  leaf(name: string, attributes: Attributes, text: string, namespace = this.namespace): void {
    this.child(name, attributes, namespace);
    if (text) this.output.content(escapeXmlText(text));
    this.output.end(name);
  }

  /** Puts the end tag on its own line when the element has children. */
  close(): void {
    if (this.hasChildren) this.output.content(`\n${indentUnit.repeat(this.depth)}`);
    this.output.end(this.name);
  }

  private child(name: string, attributes: Attributes, namespace: string): Scope {
    this.hasChildren = true;
    this.output.content(`\n${indentUnit.repeat(this.depth + 1)}`);
    return this.output.start(name, attributes, namespace, this.defaultNamespace, this.scope);
  }
}

/** An element with mixed content: text and inline elements, written exactly as given. */
export class InlineElement {
  constructor(
    private readonly output: Output,
    private readonly namespace: string,
    private readonly defaultNamespace: string | undefined,
    private readonly scope: Scope,
  ) {}

  text(value: string): void {
    if (value) this.output.content(escapeXmlText(value));
  }

  /** Adds an empty inline element such as `<x/>` or `<ph/>`. */
  empty(name: string, attributes: Attributes): void {
    this.output.start(name, attributes, this.namespace, this.defaultNamespace, this.scope);
    this.output.end(name);
  }

  /** Adds an inline element with content, such as `<mrk>`. */
  span(name: string, attributes: Attributes, fill: (element: InlineElement) => void): void {
    const scope = this.output.start(name, attributes, this.namespace, this.defaultNamespace, this.scope);
    fill(new InlineElement(this.output, this.namespace, defaultNamespaceOf(name, this.namespace, this.defaultNamespace), scope));
    this.output.end(name);
  }
}

/** Characters joined at a time when a document is encoded. */
const encodeChunk = 16_384;

/** A built document, as text or as the UTF-8 bytes of a file. */
export class XmlDocument {
  constructor(private readonly parts: readonly string[]) {}

  text(): string {
    return this.parts.join('');
  }

  /**
   * UTF-8, encoded a few thousand characters at a time. Cyrillic or Kazakh
   * text makes the whole document a two-byte string, and at over 64 K
   * characters such a string is a large V8 object: joining one took 0.7 ms
   * per 75 KB document, encoding in chunks 0.2 ms.
   */
  bytes(): Buffer {
    let characters = 0;
    for (const part of this.parts) characters += part.length;
    // A UTF-16 code unit never takes more than three bytes in UTF-8.
    const buffer = Buffer.allocUnsafe(characters * 3);
    let written = 0;
    let start = 0;
    let pending = 0;
    let carried = '';
    const flush = (end: number) => {
      let chunk = carried + this.parts.slice(start, end).join('');
      carried = '';
      // A surrogate pair split between two chunks would be encoded as two replacement characters.
      const last = chunk.charCodeAt(chunk.length - 1);
      if (end < this.parts.length && last >= 0xd800 && last <= 0xdbff) {
        carried = chunk.slice(-1);
        chunk = chunk.slice(0, -1);
      }
      written += buffer.write(chunk, written, 'utf8');
      start = end;
      pending = 0;
    };
    for (let index = 0; index < this.parts.length; index++) {
      pending += this.parts[index]!.length;
      if (pending >= encodeChunk) flush(index + 1);
    }
    flush(this.parts.length);
    return buffer.subarray(0, written);
  }
}

/**
 * Builds a whole document: XML declaration, root element with `attributes`,
 * children added by `fill`, final newline. Output depends only on the input.
 */
export function buildDocument(
  namespace: string,
  rootName: string,
  attributes: Attributes,
  fill: (root: BlockElement) => void,
): XmlDocument {
  const output = new Output();
  output.parts.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  const scope = output.start(rootName, attributes, namespace, undefined, new Map());
  const root = new BlockElement(output, rootName, 0, namespace, defaultNamespaceOf(rootName, namespace, ''), scope);
  fill(root);
  root.close();
  output.parts.push('\n');
  return new XmlDocument(output.parts);
}
