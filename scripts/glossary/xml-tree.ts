/**
 * A termbase as a tree that remembers where each element starts, built on the
 * one safe XML reader (xml/reader.ts).
 *
 * A DOCTYPE that only names an external DTD (`<!DOCTYPE martif SYSTEM
 * "TBXcoreStructV02.dtd">`, as every TBX v2 export starts) is accepted and the
 * DTD is never fetched or read. A DOCTYPE with an internal subset is rejected
 * before the root element is read: that is where entities are declared, so
 * refusing it rules out external entities (file disclosure) and entity
 * expansion (billion laughs). Only the five predefined entities and character
 * references are understood.
 */
import { InputError } from '../core/errors.js';
import type { Position } from '../core/position.js';
import { parseXmlText, type XmlElement as XmlEvent, type XmlPolicy } from '../xml/reader.js';

export interface XmlElement {
  /** Local name, without prefix. */
  readonly local: string;
  /** Namespace URI; '' when the element has none. */
  readonly uri: string;
  /** Attribute values by name; `xml:lang` and the other `xml:` attributes with that prefix. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Text and child elements in document order. */
  readonly content: (string | XmlElement)[];
  readonly position: Position;
}

const xmlNamespaceKey = '{http://www.w3.org/XML/1998/namespace}';

const termbasePolicy: XmlPolicy = {
  doctype: {
    kind: 'external-only',
    entity:
      'an entity declaration is not accepted in a termbase: entities can pull in external files and expand without limit; remove the [ … ] part of the <!DOCTYPE …> declaration',
    subset: 'a DOCTYPE with an internal subset ([ … ]) is not accepted in a termbase: it can declare entities; keep at most <!DOCTYPE name SYSTEM "file.dtd">',
    unreadable: (doctype) => `a DOCTYPE declaration that Glossa cannot read: '<!DOCTYPE${doctype}>'; write <!DOCTYPE name SYSTEM "file.dtd"> or remove it`,
  },
  syntaxMessage: (message) => `malformed XML: ${message}`,
};

/** Parses `text`; throws an InputError naming file, line and column for any XML problem or a DOCTYPE with an internal subset. */
export function parseXmlTree(text: string, fileName: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parseXmlText(text, fileName, {
    open(event: XmlEvent) {
      const attributes: Record<string, string> = {};
      for (const [key, value] of event.attributes) attributes[key.startsWith(xmlNamespaceKey) ? `xml:${key.slice(xmlNamespaceKey.length)}` : key] = value;
      const element: XmlElement = { local: event.local, uri: event.uri, attributes, children: [], content: [], position: { line: event.line, column: event.column } };
      const parent = stack.at(-1);
      if (parent) {
        parent.children.push(element);
        parent.content.push(element);
      } else {
        root = element;
      }
      stack.push(element);
    },
    close() {
      stack.pop();
    },
    text(value: string) {
      stack.at(-1)?.content.push(value);
    },
  }, termbasePolicy);
  if (!root) throw new InputError('the file has no root element', fileName, { line: 1, column: 1 });
  return root;
}

/** All text inside an element, descendants included (inline markup such as <hi> is flattened). */
export function textOf(element: XmlElement): string {
  return element.content.map((part) => (typeof part === 'string' ? part : textOf(part))).join('');
}

/** Text of a name or code: every run of white space becomes one space, ends trimmed. */
export function collapsedTextOf(element: XmlElement): string {
  return textOf(element).replace(/\s+/gu, ' ').trim();
}

/**
 * Text of a note or definition: trimmed, and lines that a pretty-printer
 * wrapped and indented are joined again; line breaks without indentation
 * (paragraphs) are kept.
 */
export function proseTextOf(element: XmlElement): string {
  return textOf(element).replace(/[ \t]*\r?\n[ \t]+/gu, ' ').trim();
}
