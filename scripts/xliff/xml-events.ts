import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Position } from '../core/position.js';
import { InputError } from '../core/errors.js';
import { LimitError, limits } from '../core/limits.js';
import { PrologGuard } from './prolog-guard.js';
import { StreamPosition } from './stream-position.js';

/** A start tag as the XLIFF handlers see it. */
export interface XmlElement {
  /** Namespace URI, '' when none. */
  readonly uri: string;
  readonly local: string;
  /** Qualified name as written, e.g. `gls:term`. */
  readonly name: string;
  /** Unprefixed attributes by local name, namespaced ones as `{uri}local`; namespace declarations left out. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Position of the `<` of the start tag. */
  readonly line: number;
  readonly column: number;
}

export interface XmlHandler {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
  text(value: string): void;
}

/** Why a document was refused before its content could be looked at. */
export type XmlRejectionKind = 'not-well-formed' | 'doctype' | 'encoding';

/** An `InputError` raised while reading the XML itself (not its XLIFF content); `kind` says why. */
export class XmlRejection extends InputError {
  constructor(
    readonly kind: XmlRejectionKind,
    message: string,
    file: string,
    position: Position,
  ) {
    super(message, file, position);
  }
}

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Elements whose children are inline content, where `limits.xliffInlineDepth` applies. */
const contentElements = new Set(['source', 'target', 'seg-source']);

/**
 * Feeds XML text, whole or in chunks, through a strict namespace-aware SAX
 * parser and hands elements and text to `handler`.
 *
 * Refused, as `XmlRejection` with file, line and column: any document type
 * declaration (the place where entities, external ones like `file:///etc/passwd`
 * included, are declared; caught at `<!DOCTYPE`, before the declaration is
 * read), references to undeclared entities (the parser never expands
 * entities), encodings other than UTF-8, and anything not well-formed,
 * including a truncated document (reported by `close`).
 */
export class XmlEventStream {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly positions = new StreamPosition();
  private readonly guard = new PrologGuard();
  private readonly open: XmlElement[] = [];
  private start: Position = { line: 1, column: 1 };
  /** Index in `open` of the innermost `<source>`, `<target>` or `<seg-source>`; -1 outside them. */
  private contentAt = -1;

  constructor(
    private readonly fileName: string,
    private readonly handler: XmlHandler,
  ) {
    const parser = this.parser;
    parser.on('error', (error) => {
      const message = error.message.replace(/^\d+:\d+: /, '');
      throw this.reject('not-well-formed', describeSyntaxError(message), { line: parser.line, column: parser.columnIndex + 1 });
    });
    parser.on('doctype', () => {
      throw this.reject('doctype', doctypeMessage, { line: parser.line, column: parser.columnIndex + 1 });
    });
    parser.on('xmldecl', (declaration) => {
      const encoding = declaration.encoding;
      if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
        throw this.reject('encoding', `unsupported encoding "${encoding}": XLIFF files must be UTF-8`, {
          line: parser.line,
          column: 1,
        });
      }
    });
    parser.on('opentagstart', (tag) => {
      // The parser has read "<", the name and one character after it. Resolved now: attributes may span chunks.
      this.start = this.positions.positionAt(parser.position - tag.name.length - 2);
    });
    parser.on('opentag', (tag) => {
      const element = toElement(tag, this.start);
      this.checkDepth(element);
      if (this.contentAt < 0 && contentElements.has(element.local)) this.contentAt = this.open.length;
      this.open.push(element);
      this.handler.open(element);
    });
    parser.on('closetag', () => {
      const element = this.open.pop();
      if (this.open.length === this.contentAt) this.contentAt = -1;
      if (element) this.handler.close(element);
    });
    parser.on('attribute', (attribute) => {
      if (attribute.value.length > limits.xmlAttributeLength) {
        const what = `the value of attribute "${attribute.name}" is ${attribute.value.length.toLocaleString('en')} characters long`;
        throw new LimitError('xmlAttributeLength', what, this.fileName, this.start);
      }
    });
    parser.on('text', (text) => this.handleText(text));
    parser.on('cdata', (text) => this.handleText(text));
  }

  write(chunk: string): void {
    this.positions.add(chunk);
    const doctype = this.guard.scan(chunk);
    if (doctype !== undefined) throw this.reject('doctype', doctypeMessage, this.positions.positionAt(doctype));
    this.parser.write(chunk);
  }

  /** Ends the document; a truncated one fails here. */
  close(): void {
    this.parser.close();
  }

  /**
   * Deep nesting is refused as soon as it starts: the parser's own work per
   * element grows with the depth (namespace scopes), so without a bound a
   * file of nested codes costs time quadratic in its size.
   */
  private checkDepth(element: XmlElement): void {
    const at = { line: element.line, column: element.column };
    if (this.contentAt >= 0 && this.open.length - this.contentAt > limits.xliffInlineDepth) {
      throw new LimitError('xliffInlineDepth', `nesting deeper than ${limits.xliffInlineDepth} inline codes`, this.fileName, at);
    }
    if (this.open.length >= limits.xmlElementDepth) {
      throw new LimitError('xmlElementDepth', `elements nested deeper than ${limits.xmlElementDepth}`, this.fileName, at);
    }
  }

  private handleText(text: string): void {
    if (text.length > limits.xmlTextLength) {
      const parser = this.parser;
      const what = `a run of text ${text.length.toLocaleString('en')} characters long`;
      throw new LimitError('xmlTextLength', what, this.fileName, { line: parser.line, column: parser.columnIndex + 1 });
    }
    this.handler.text(text);
  }

  private reject(kind: XmlRejectionKind, message: string, position: Position): XmlRejection {
    return new XmlRejection(kind, message, this.fileName, position);
  }
}

const doctypeMessage =
  'DOCTYPE declarations are not allowed in XLIFF files: they can declare entities ' +
  '(external ones read local files, nested ones expand without bound), so the file is refused';

function describeSyntaxError(message: string): string {
  if (message === 'undefined entity.') {
    return 'reference to an undeclared entity: only &amp; &lt; &gt; &quot; &apos; and character references are allowed';
  }
  return `malformed XML: ${message.replace(/\.$/, '')}`;
}

function toElement(tag: SaxesTagNS, position: Position): XmlElement {
  const attributes = new Map<string, string>();
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === XMLNS_NS || attribute.name === 'xmlns') continue;
    attributes.set(attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local, attribute.value);
  }
  return { uri: tag.uri, local: tag.local, name: tag.name, attributes, line: position.line, column: position.column };
}

/** Reads a whole document held in memory. */
export function parseXmlText(text: string, fileName: string, handler: XmlHandler): void {
  const stream = new XmlEventStream(fileName, handler);
  stream.write(text);
  stream.close();
}
