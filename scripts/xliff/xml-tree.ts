import { create } from 'xmlbuilder2';
import { xmlAttribute, xmlText } from '../xml/escape.js';

type XmlNode = ReturnType<typeof create>;

/** Attribute values in writing order; `undefined` values are left out. */
export type Attributes = Readonly<Record<string, string | undefined>>;

const indentUnit = '  ';

function prepareAttributes(attributes: Attributes): Record<string, string> {
  const prepared: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) prepared[name] = xmlAttribute(value);
  }
  return prepared;
}

/**
 * An element holding only elements. Each child starts on its own line, indented
 * by two spaces per level; white space is never added inside mixed content
 * (`InlineElement`), where it would change the text translators see.
 */
export class BlockElement {
  private hasChildren = false;

  constructor(
    private readonly node: XmlNode,
    private readonly depth: number,
    private readonly namespace: string,
  ) {}

  /** Adds a child element holding further elements; `fill` adds its children. */
  block(name: string, attributes: Attributes, fill: (element: BlockElement) => void, namespace = this.namespace): void {
    const element = new BlockElement(this.child(name, attributes, namespace), this.depth + 1, namespace);
    fill(element);
    element.close();
  }

  /** Adds a child element with mixed content; `fill` adds its text and inline elements. */
  inline(name: string, attributes: Attributes, fill: (element: InlineElement) => void, namespace = this.namespace): void {
    fill(new InlineElement(this.child(name, attributes, namespace), namespace));
  }

  /** Adds a child element holding only `text`. */
  leaf(name: string, attributes: Attributes, text: string, namespace = this.namespace): void {
    const node = this.child(name, attributes, namespace);
    if (text) node.txt(xmlText(text));
  }

  /** Puts the end tag on its own line when the element has children. */
  close(): void {
    if (this.hasChildren) this.node.txt(`\n${indentUnit.repeat(this.depth)}`);
  }

  private child(name: string, attributes: Attributes, namespace: string): XmlNode {
    this.hasChildren = true;
    this.node.txt(`\n${indentUnit.repeat(this.depth + 1)}`);
    return this.node.ele(namespace, name, prepareAttributes(attributes));
  }
}

/** An element with mixed content: text and inline elements, written exactly as given. */
export class InlineElement {
  constructor(
    private readonly node: XmlNode,
    private readonly namespace: string,
  ) {}

  text(value: string): void {
    if (value) this.node.txt(xmlText(value));
  }

  /** Adds an empty inline element such as `<x/>` or `<ph/>`. */
  empty(name: string, attributes: Attributes): void {
    this.node.ele(this.namespace, name, prepareAttributes(attributes));
  }

  /** Adds an inline element with content, such as `<mrk>`. */
  span(name: string, attributes: Attributes, fill: (element: InlineElement) => void): void {
    fill(new InlineElement(this.node.ele(this.namespace, name, prepareAttributes(attributes)), this.namespace));
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
): string {
  const document = create();
  const root = new BlockElement(document.ele(namespace, rootName, prepareAttributes(attributes)), 0, namespace);
  fill(root);
  root.close();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${document.end({ headless: true, prettyPrint: false })}\n`;
}
