/**
 * A small, safe XML reader: parses a whole document with saxes (strict,
 * namespace-aware) into a tree that remembers where each element starts.
 *
 * A DOCTYPE that only names an external DTD (`<!DOCTYPE martif SYSTEM
 * "TBXcoreStructV02.dtd">`, as every TBX v2 export starts) is accepted and the
 * DTD is never fetched or read. A DOCTYPE with an internal subset is rejected
 * before the root element is read: that is where entities are declared, so
 * refusing it rules out external entities (file disclosure) and entity
 * expansion (billion laughs). Only the five predefined entities and character
 * references are understood.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { InputError } from '../core/errors.js';
import { LineIndex, type Position } from '../core/position.js';

export interface XmlElement {
  /** Local name, without prefix. */
  readonly local: string;
  /** Namespace URI; '' when the element has none. */
  readonly uri: string;
  /** Attribute values by qualified name (`type`, `xml:lang`, `id`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Text and child elements in document order. */
  readonly content: (string | XmlElement)[];
  readonly position: Position;
}

/** `<!DOCTYPE name>`, optionally with `SYSTEM "uri"` or `PUBLIC "id" "uri"`: names a DTD, declares nothing. */
const externalOnly = /^\s+[\p{L}_:][\p{L}\p{N}_:.-]*(?:\s+SYSTEM\s+(?:"[^"]*"|'[^']*')|\s+PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*'))?\s*$/u;

/** Parses `text`; throws an InputError naming file, line and column for any XML problem or a DOCTYPE with an internal subset. */
export function parseXmlTree(text: string, fileName: string): XmlElement {
  const lines = new LineIndex(text);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const fail = (message: string, position: Position): never => {
    throw new InputError(message, fileName, position);
  };
  const here = (): Position => ({ line: parser.line, column: parser.column + 1 });

  parser.on('error', (error) => fail(`malformed XML: ${error.message.replace(/^\d+:\d+: /u, '')}`, here()));
  parser.on('doctype', (doctype: string) => {
    const start = text.lastIndexOf('<!DOCTYPE', parser.position);
    const at = (offset: number): Position => (start >= 0 && offset >= 0 ? lines.positionAt(start + offset) : here());
    const declaration = text.slice(Math.max(0, start), parser.position);
    const subset = declaration.indexOf('[');
    if (subset < 0 && externalOnly.test(doctype)) return;
    const entity = declaration.indexOf('<!ENTITY');
    if (entity >= 0) {
      fail(
        'an entity declaration is not accepted in a termbase: entities can pull in external files and expand without limit; remove the [ … ] part of the <!DOCTYPE …> declaration',
        at(entity),
      );
    }
    fail(
      subset >= 0
        ? 'a DOCTYPE with an internal subset ([ … ]) is not accepted in a termbase: it can declare entities; keep at most <!DOCTYPE name SYSTEM "file.dtd">'
        : `a DOCTYPE declaration that Glossa cannot read: '<!DOCTYPE${doctype}>'; write <!DOCTYPE name SYSTEM "file.dtd"> or remove it`,
      at(subset >= 0 ? subset : 0),
    );
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const tagStart = text.lastIndexOf('<', parser.position - 1);
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      content: [],
      position: lines.positionAt(Math.max(0, tagStart)),
    };
    const parent = stack.at(-1);
    if (parent) {
      parent.children.push(element);
      parent.content.push(element);
    } else {
      root = element;
    }
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string): void => {
    stack.at(-1)?.content.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.write(text).close();
  if (!root) return fail('the file has no root element', { line: 1, column: 1 });
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
