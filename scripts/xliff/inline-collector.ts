import type { XliffVersion } from './model.js';
import { XLIFF_12_NS, XLIFF_20_NS } from './namespaces.js';
import type { InlinePart } from './parsed.js';
import type { XmlElement } from './xml-events.js';

/** A run of content; 1.2 `<seg-source>`/`<target>` are cut into one piece per `<mrk mtype="seg">`. */
export interface ContentPiece {
  /** `mid` of the segment marker; undefined for content outside segment markers. */
  readonly segmentId?: string;
  readonly parts: InlinePart[];
}

/** Elements of 1.2 whose content is native code, not text. */
const nativeCodeElements12 = new Set(['bpt', 'ept', 'ph', 'it']);

/**
 * Turns the inline content of one `<source>`/`<target>` (or 1.2 `<seg-source>`)
 * into parts. Elements it does not know become `code` parts, so nothing foreign
 * can slip into an imported translation unnoticed.
 */
export class InlineCollector {
  readonly pieces: ContentPiece[] = [{ parts: [] }];
  /** Close parts to emit when the corresponding element ends (undefined: emit nothing). */
  private readonly closers: Array<InlinePart | 'segment' | undefined> = [];
  /** Native code being collected, with the part to complete when its element ends. */
  private native: { depth: number; text: string; complete: (data: string) => InlinePart } | undefined;

  constructor(
    private readonly version: XliffVersion,
    /** 1.2: split at top-level `<mrk mtype="seg">` markers. */
    private readonly splitSegments: boolean,
    /** Reports an unusable attribute value at an element. */
    private readonly fail: (message: string, element: XmlElement) => never,
  ) {}

  /** All parts, segment markers left out. */
  get parts(): InlinePart[] {
    return mergeText(this.pieces.flatMap((piece) => piece.parts));
  }

  open(element: XmlElement): void {
    if (this.native) {
      this.native.depth++;
      return;
    }
    const depth = this.closers.length;
    const core = this.version === '1.2' ? XLIFF_12_NS : XLIFF_20_NS;
    if (element.uri !== core) this.unknown(element, element.attributes.get('id') ?? '');
    else if (this.version === '1.2') this.open12(element, depth);
    else this.open20(element);
  }

  close(): void {
    if (this.native) {
      if (this.native.depth-- > 0) return;
      const { text, complete } = this.native;
      this.native = undefined;
      this.push(complete(text));
      this.closers.pop();
      return;
    }
    const closer = this.closers.pop();
    if (closer === 'segment') this.pieces.push({ parts: [] });
    else if (closer) this.push(closer);
  }

  text(value: string): void {
    if (this.native) this.native.text += value;
    else if (value) this.push({ type: 'text', value });
  }

  private open12(element: XmlElement, depth: number): void {
    const id = element.attributes.get('id') ?? '';
    const local = element.local;
    if (local === 'x') {
      this.standalone({ type: 'placeholder', name: id });
    } else if (local === 'g') {
      this.pairedCode('g', id);
    } else if (local === 'bx' || local === 'ex') {
      const pairId = element.attributes.get('rid') ?? id;
      this.standalone({ type: 'code', role: local === 'bx' ? 'open' : 'close', element: local, id, pairId });
    } else if (nativeCodeElements12.has(local)) {
      const pairId = element.attributes.get('rid') ?? id;
      const role = local === 'bpt' ? 'open' : local === 'ept' ? 'close' : local === 'ph' ? 'standalone' : itRole(element);
      this.closers.push(undefined);
      this.native = {
        depth: 0,
        text: '',
        complete: (data) => ({ type: 'code', role, element: local, id, ...(role === 'standalone' ? {} : { pairId }), data }),
      };
    } else if (local === 'mrk') {
      const markerType = element.attributes.get('mtype');
      if (this.splitSegments && depth === 0 && markerType === 'seg') {
        this.pieces.push({ segmentId: element.attributes.get('mid') ?? '', parts: [] });
        this.closers.push('segment');
        return;
      }
      const mid = element.attributes.get('mid');
      this.pairedMarker(mid, markerType);
    } else {
      this.unknown(element, id);
    }
  }

  private open20(element: XmlElement): void {
    const attributes = element.attributes;
    const id = attributes.get('id') ?? '';
    switch (element.local) {
      case 'ph':
        this.standalone({ type: 'placeholder', name: attributes.get('copyOf') ?? id });
        break;
      case 'pc':
        this.pairedCode('pc', id);
        break;
      case 'sc':
        this.standalone({ type: 'code', role: 'open', element: 'sc', id, pairId: id });
        break;
      case 'ec': {
        const startRef = attributes.get('startRef') ?? id;
        this.standalone({ type: 'code', role: 'close', element: 'ec', id: startRef, pairId: startRef });
        break;
      }
      case 'mrk':
        this.pairedMarker(id, attributes.get('type'));
        break;
      case 'sm': {
        const markerType = attributes.get('type');
        this.standalone({ type: 'marker', role: 'open', element: 'sm', id, ...(markerType === undefined ? {} : { markerType }) });
        break;
      }
      case 'em':
        this.standalone({ type: 'marker', role: 'close', element: 'em', id: attributes.get('startRef') ?? '' });
        break;
      case 'cp': {
        const hex = attributes.get('hex') ?? '';
        const codePoint = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
        if (!(codePoint <= 0x10ffff)) this.fail(`<cp hex="${hex}"> is not a Unicode code point`, element);
        this.standalone({ type: 'text', value: String.fromCodePoint(codePoint) });
        break;
      }
      default:
        this.unknown(element, id);
    }
  }

  private unknown(element: XmlElement, id: string): void {
    this.pairedCode(element.name, id);
  }

  private pairedCode(element: string, id: string): void {
    this.paired({ type: 'code', role: 'open', element, id, pairId: id }, { type: 'code', role: 'close', element, id, pairId: id });
  }

  private pairedMarker(id: string | undefined, markerType: string | undefined): void {
    const marker = { type: 'marker', element: 'mrk', ...(id === undefined ? {} : { id }), ...(markerType === undefined ? {} : { markerType }) } as const;
    this.paired({ ...marker, role: 'open' }, { ...marker, role: 'close' });
  }

  /** An empty element: its part is emitted now, its end tag adds nothing. */
  private standalone(part: InlinePart): void {
    this.push(part);
    this.closers.push(undefined);
  }

  private paired(open: InlinePart, close: InlinePart): void {
    this.push(open);
    this.closers.push(close);
  }

  private push(part: InlinePart): void {
    const parts = this.pieces.at(-1)!.parts;
    const last = parts.at(-1);
    if (part.type === 'text' && last?.type === 'text') parts[parts.length - 1] = { type: 'text', value: last.value + part.value };
    else parts.push(part);
  }
}

function itRole(element: XmlElement): 'open' | 'close' | 'standalone' {
  const pos = element.attributes.get('pos');
  return pos === 'open' ? 'open' : pos === 'close' ? 'close' : 'standalone';
}

/** Joins adjacent text parts. */
export function mergeText(parts: readonly InlinePart[]): InlinePart[] {
  const merged: InlinePart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + part.value };
    else if (part.type !== 'text' || part.value !== '') merged.push(part);
  }
  return merged;
}
