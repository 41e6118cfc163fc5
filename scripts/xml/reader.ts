import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Position } from '../core/position.js';
import { InputError } from '../core/errors.js';
import { LimitError, limits } from '../core/limits.js';
import { PrologGuard } from './prolog-guard.js';
import { StreamPosition } from './stream-position.js';

/** A start tag as handlers see it. */
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

/** An `InputError` raised while reading the XML itself (not what the format makes of it); `kind` says why. */
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

/**
 * What one format accepts and how its refusals read. The refusals themselves
 * (DOCTYPE, entities, encoding, limits) are this reader's; a format only picks
 * its words and whether a DOCTYPE that merely names an external DTD may stay.
 */
export interface XmlPolicy {
  /**
   * `refuse`: every DOCTYPE, caught at `<!DOCTYPE` before the parser buffers
   * the declaration (message `doctype`). `external-only`: `<!DOCTYPE name>`
   * with at most a SYSTEM or PUBLIC identifier is accepted and the DTD never
   * read; an internal subset is refused at its first `<!ENTITY` (`entity`),
   * else at its `[` (`subset`); anything else unreadable (`unreadable`).
   */
  readonly doctype:
    | { readonly kind: 'refuse'; readonly message: string }
    | { readonly kind: 'external-only'; readonly entity: string; readonly subset: string; readonly unreadable: (doctype: string) => string };
  /** How a parser's syntax error reads (the parser's message, without its position). */
  readonly syntaxMessage: (message: string) => string;
  /** When set, an XML declaration naming another encoding than UTF-8 is refused with this message. */
  readonly encodingMessage?: (encoding: string) => string;
  /** Elements whose children are inline content, nested at most `limits.xliffInlineDepth` deep. */
  readonly inlineElements?: ReadonlySet<string>;
}

/** `<!DOCTYPE name>`, optionally with `SYSTEM "uri"` or `PUBLIC "id" "uri"`: names a DTD, declares nothing. */
const externalOnly = /^\s+[\p{L}_:][\p{L}\p{N}_:.-]*(?:\s+SYSTEM\s+(?:"[^"]*"|'[^']*')|\s+PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*'))?\s*$/u;

/**
 * The one safe XML reader: feeds XML text, whole or in chunks, through a
 * strict namespace-aware SAX parser and hands elements and text to `handler`.
 *
 * Refused, as `XmlRejection` with file, line and column: a document type
 * declaration as `policy.doctype` says (the place where entities, external
 * ones like `file:///etc/passwd` included, are declared), references to
 * undeclared entities (the parser never expands entities), other encodings
 * than UTF-8 when the policy says so, and anything not well-formed, including
 * a truncated document (reported by `close`). Refused as `LimitError`:
 * elements nested deeper than `xmlElementDepth`, attribute values and runs of
 * text over `xmlAttributeLength` and `xmlTextLength`.
 */
export class XmlEventStream {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly positions = new StreamPosition();
  private readonly guard: PrologGuard | undefined;
  private readonly inlineElements: ReadonlySet<string>;
  private readonly open: XmlElement[] = [];
  private start: Position = { line: 1, column: 1 };
  /** Index in `open` of the innermost `<source>`, `<target>` or `<seg-source>`; -1 outside them. */
  private contentAt = -1;

  constructor(
    private readonly fileName: string,
    private readonly handler: XmlHandler,
    private readonly policy: XmlPolicy,
  ) {
    const parser = this.parser;
    this.guard = policy.doctype.kind === 'refuse' ? new PrologGuard() : undefined;
    this.inlineElements = policy.inlineElements ?? new Set();
    parser.on('error', (error) => {
      const message = error.message.replace(/^\d+:\d+: /, '');
      throw this.reject('not-well-formed', policy.syntaxMessage(message), { line: parser.line, column: parser.columnIndex + 1 });
    });
    parser.on('doctype', (doctype) => this.checkDoctype(doctype));
    parser.on('xmldecl', (declaration) => {
      const encoding = declaration.encoding;
      if (policy.encodingMessage && encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
        throw this.reject('encoding', policy.encodingMessage(encoding), {
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
      if (this.contentAt < 0 && this.inlineElements.has(element.local)) this.contentAt = this.open.length;
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
    const doctype = this.guard?.scan(chunk);
    if (doctype !== undefined && this.policy.doctype.kind === 'refuse') throw this.reject('doctype', this.policy.doctype.message, this.positions.positionAt(doctype));
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

  /** The parser read a whole DOCTYPE (`doctype`: what follows `<!DOCTYPE`); the policy decides. */
  private checkDoctype(doctype: string): void {
    const parser = this.parser;
    const rule = this.policy.doctype;
    if (rule.kind === 'refuse') throw this.reject('doctype', rule.message, { line: parser.line, column: parser.columnIndex + 1 });
    const subset = doctype.indexOf('[');
    if (subset < 0 && externalOnly.test(doctype)) return;
    // The parser stands after the closing `>`; offsets below are into what follows `<!DOCTYPE`.
    const start = parser.position - doctype.length - 1;
    const at = (offset: number): Position => this.positions.positionAt(start + offset);
    const entity = doctype.indexOf('<!ENTITY');
    if (entity >= 0) throw this.reject('doctype', rule.entity, at(entity));
    if (subset >= 0) throw this.reject('doctype', rule.subset, at(subset));
    throw this.reject('doctype', rule.unreadable(doctype), at(-'<!DOCTYPE'.length));
  }

  private reject(kind: XmlRejectionKind, message: string, position: Position): XmlRejection {
    return new XmlRejection(kind, message, this.fileName, position);
  }
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
export function parseXmlText(text: string, fileName: string, handler: XmlHandler, policy: XmlPolicy): void {
  const stream = new XmlEventStream(fileName, handler, policy);
  stream.write(text);
  stream.close();
}
