import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../core/errors.js';
import { mergeTextParts, type MessagePart } from '../core/message.js';
import type { Position } from '../core/position.js';
import { StreamPosition } from '../xml/stream-position.js';

/** One `<tuv>`: its language and content, or why the content cannot be a Glossa message. */
export interface TmxVariant {
  readonly lang: string;
  /** Text and `{name}` placeholders; undefined when the segment holds other inline codes. */
  readonly parts?: readonly MessagePart[];
  /** The first inline code that is not a Glossa placeholder, e.g. `<bpt>`. */
  readonly code?: string;
  readonly line: number;
  readonly column: number;
}

export interface TmxUnit {
  readonly id?: string;
  readonly line: number;
  readonly column: number;
  readonly variants: readonly TmxVariant[];
}

export interface TmxDocument {
  /** The header's `srclang`; `*all*` means any language can be the source. */
  readonly srcLang: string;
  readonly units: readonly TmxUnit[];
}

/** Native code of a Glossa placeholder: the XLIFF 1.2 code Glossa writes (`<x id="m1"/>`) or the ICU argument (`{m1}`). */
const placeholderCode = /^(?:<x id="([A-Za-z_]\w*)"\/>|\{([A-Za-z_]\w*)\})$/;
/** Elements whose content is native code, not text. */
const codeElements = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/**
 * Reads a TMX document (1.1 to 1.4b) from disk in chunks.
 *
 * A `<ph>` whose content is a Glossa placeholder (`<x id="m1"/>`, as `tm
 * export` writes it, or `{m1}`) becomes a placeholder; any other inline code makes the variant unusable
 * (`code` says which). `<hi>` keeps its text. A DOCTYPE naming an external DTD
 * (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as OmegaT and others write) is
 * accepted and never read; one with an internal subset is refused, as are
 * undeclared entities (nothing is expanded), other encodings than UTF-8 and
 * malformed XML, each with file, line and column.
 */
export async function readTmxFile(file: string, fileName: string = file): Promise<TmxDocument> {
  const reader = new TmxReader(fileName);
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of input) reader.write(chunk as string);
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
      throw new InputError(`cannot read TMX file: ${error.message}`, fileName, undefined, { cause: error });
    }
    throw error;
  } finally {
    input.destroy();
  }
  return reader.close();
}

/** Reads a TMX document held in memory; same results and errors as `readTmxFile`. */
export function readTmx(text: string, fileName: string): TmxDocument {
  const reader = new TmxReader(fileName);
  reader.write(text);
  return reader.close();
}

interface VariantDraft {
  lang: string;
  line: number;
  column: number;
  parts: MessagePart[];
  code?: string;
  inSeg: boolean;
  /** Depth inside a code element; its text is native code. */
  codeDepth: number;
  codeText: string;
}

class TmxReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private srcLang: string | undefined;
  private root = false;
  private readonly units: TmxUnit[] = [];
  private unit: { id?: string; line: number; column: number; variants: TmxVariant[] } | undefined;
  private variant: VariantDraft | undefined;
  private tagStart: Position = { line: 1, column: 1 };
  private readonly positions = new StreamPosition();

  constructor(private readonly fileName: string) {
    const parser = this.parser;
    parser.on('error', (error) => {
      const message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
      const described =
        message === 'undefined entity'
          ? 'reference to an undeclared entity: only &amp; &lt; &gt; &quot; &apos; and character references are allowed'
          : `malformed XML: ${message}`;
      throw this.fail(described, this.here());
    });
    parser.on('doctype', (doctype) => {
      if (doctype.includes('[')) {
        throw this.fail('a DOCTYPE with an internal subset can declare entities (external ones read local files), so the file is refused', this.here());
      }
    });
    parser.on('xmldecl', (declaration) => {
      if (declaration.encoding !== undefined && !/^utf-?8$/i.test(declaration.encoding)) {
        throw this.fail(`unsupported encoding "${declaration.encoding}": TMX files must be UTF-8`, this.here());
      }
    });
    parser.on('opentagstart', (tag) => {
      // The parser has read "<", the name and one character after it.
      this.tagStart = this.positions.positionAt(parser.position - tag.name.length - 2);
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => this.close_(tag.name));
    parser.on('text', (text) => this.text(text));
    parser.on('cdata', (text) => this.text(text));
  }

  write(chunk: string): void {
    this.positions.add(chunk);
    this.parser.write(chunk);
  }

  close(): TmxDocument {
    this.parser.close();
    if (!this.root) throw this.fail('not a TMX document: the root element is not <tmx>', { line: 1, column: 1 });
    if (this.srcLang === undefined) throw this.fail('the TMX file has no <header> with a srclang', { line: 1, column: 1 });
    return { srcLang: this.srcLang, units: this.units };
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const attribute = (key: string): string | undefined => tag.attributes[key];
    const at = this.tagStart;
    if (!this.root) {
      if (name !== 'tmx') throw this.fail(`not a TMX document: the root element is <${name}>, not <tmx>`, at);
      this.root = true;
      return;
    }
    const variant = this.variant;
    if (variant?.inSeg) {
      if (variant.codeDepth > 0 || codeElements.has(name)) {
        variant.codeDepth++;
        if (variant.codeDepth === 1) variant.codeText = '';
        if (name !== 'ph' && name !== 'sub') variant.code ??= `<${name}>`;
        if (name === 'sub') variant.code ??= '<sub>';
      } else if (name !== 'hi') {
        variant.code ??= `<${name}>`;
      }
      return;
    }
    if (name === 'header') {
      const srcLang = attribute('srclang');
      if (!srcLang) throw this.fail('<header> has no srclang attribute', at);
      this.srcLang = srcLang;
    } else if (name === 'tu') {
      const id = attribute('tuid');
      this.unit = { ...(id !== undefined ? { id } : {}), line: at.line, column: at.column, variants: [] };
    } else if (name === 'tuv') {
      if (!this.unit) throw this.fail('<tuv> outside a <tu>', at);
      const lang = attribute('xml:lang') ?? attribute('lang');
      if (!lang) throw this.fail('<tuv> has no xml:lang attribute', at);
      this.variant = { lang, line: at.line, column: at.column, parts: [], inSeg: false, codeDepth: 0, codeText: '' };
    } else if (name === 'seg') {
      if (!this.variant) throw this.fail('<seg> outside a <tuv>', at);
      this.variant.inSeg = true;
    }
  }

  private close_(name: string): void {
    const variant = this.variant;
    if (variant?.inSeg && name !== 'seg') {
      if (variant.codeDepth > 0) {
        variant.codeDepth--;
        if (variant.codeDepth === 0 && name === 'ph') {
          const placeholder = placeholderCode.exec(variant.codeText);
          if (placeholder) variant.parts.push({ type: 'placeholder', name: (placeholder[1] ?? placeholder[2])! });
          else variant.code ??= '<ph>';
        }
      }
      return;
    }
    if (name === 'seg' && variant) {
      variant.inSeg = false;
    } else if (name === 'tuv' && variant && this.unit) {
      const { lang, line, column, parts, code } = variant;
      this.unit.variants.push({ lang, line, column, ...(code === undefined ? { parts: mergeTextParts(parts) } : { code }) });
      this.variant = undefined;
    } else if (name === 'tu' && this.unit) {
      this.units.push(this.unit);
      this.unit = undefined;
    }
  }

  private text(value: string): void {
    const variant = this.variant;
    if (!variant?.inSeg) return;
    if (variant.codeDepth > 0) variant.codeText += value;
    else variant.parts.push({ type: 'text', value });
  }

  private here(): Position {
    return { line: this.parser.line, column: this.parser.column + 1 };
  }

  private fail(message: string, position: Position): InputError {
    return new InputError(message, this.fileName, position);
  }
}
