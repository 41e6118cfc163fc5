import { InputError } from '../core/errors.js';
import type { UnitState, XliffVersion } from './model.js';
import { XLIFF_12_NS, XLIFF_20_NS, XML_NS } from './namespaces.js';
import type { InlinePart, ParsedFile, ParsedNote, ParsedSegment, ParsedUnit, ParsedXliff } from './parsed.js';
import { InlineCollector, mergeText, type ContentPiece } from './inline-collector.js';
import { leastAdvanced, unitStateFrom12, unitStateFrom20 } from './states.js';
import type { XmlElement, XmlHandler } from './xml-events.js';

interface FileDraft {
  readonly element: XmlElement;
  readonly id?: string;
  readonly original?: string;
  readonly srcLang: string;
  readonly trgLang?: string;
  readonly units: ParsedUnit[];
  readonly unitLines: Map<string, number>;
}

interface SegmentDraft {
  readonly element: XmlElement;
  readonly ignorable: boolean;
  source?: InlinePart[];
  target?: InlinePart[];
  /** 2.0 `order` of the target: the 1-based position its content belongs to. */
  targetOrder?: number;
  sourceElement?: XmlElement;
  targetElement?: XmlElement;
}

interface UnitDraft {
  readonly element: XmlElement;
  readonly id: string;
  source?: InlinePart[];
  /** 1.2 `<seg-source>`, cut at segment markers. */
  segmentedSource?: ContentPiece[];
  /** 1.2 target, cut at segment markers. */
  target?: { pieces: ContentPiece[]; state?: string; element: XmlElement };
  firstTarget?: XmlElement;
  readonly segments: SegmentDraft[];
  readonly notes: ParsedNote[];
}

/** What is being collected right now. */
type Capture =
  | { kind: 'content'; collector: InlineCollector; element: XmlElement; depth: number }
  | { kind: 'note'; text: string; category?: string; depth: number }
  | { kind: 'skip'; depth: number };

/**
 * Builds a `ParsedXliff` from SAX events. Module and extension elements,
 * headers, `<alt-trans>`, `<originalData>` and the like are skipped as a
 * whole, so their `<source>`/`<target>` are never mistaken for the unit's.
 */
export class XliffDocumentBuilder implements XmlHandler {
  private version?: XliffVersion;
  private root?: XmlElement;
  private rootSrcLang?: string;
  private rootTrgLang?: string;
  private readonly files: ParsedFile[] = [];
  private file: FileDraft | undefined;
  private unit: UnitDraft | undefined;
  private segment: SegmentDraft | undefined;
  private capture: Capture | undefined;
  private depth = 0;

  constructor(private readonly fileName: string) {}

  open(element: XmlElement): void {
    this.depth++;
    const capture = this.capture;
    if (capture?.kind === 'skip' || capture?.kind === 'note') return;
    if (capture?.kind === 'content') {
      capture.collector.open(element);
      return;
    }
    if (!this.root) this.openRoot(element);
    else if (this.version === '1.2') this.open12(element);
    else this.open20(element);
  }

  close(element: XmlElement): void {
    const capture = this.capture;
    const depth = this.depth--;
    if (capture && capture.depth < depth) {
      if (capture.kind === 'content') capture.collector.close();
      return;
    }
    if (capture) {
      this.capture = undefined;
      if (capture.kind === 'content') this.finishContent(capture.collector, capture.element);
      else if (capture.kind === 'note') this.unit?.notes.push({ text: capture.text, ...optional('category', capture.category) });
      return;
    }
    if (element.uri !== (this.version === '1.2' ? XLIFF_12_NS : XLIFF_20_NS)) return;
    if (element.local === 'file') this.finishFile();
    else if (element.local === 'trans-unit' || element.local === 'unit') this.finishUnit();
    else if (element.local === 'segment' || element.local === 'ignorable') this.finishSegment();
  }

  text(value: string): void {
    if (this.capture?.kind === 'content') this.capture.collector.text(value);
    else if (this.capture?.kind === 'note') this.capture.text += value;
  }

  /** The document, once the parser has reached its end. */
  result(): ParsedXliff {
    const root = this.root;
    if (!root || !this.version) throw new InputError('not an XLIFF document: no root element', this.fileName);
    const first = this.files[0];
    if (!first) throw this.error(`XLIFF ${this.version} document has no <file>`, root);
    const srcLang = this.rootSrcLang ?? first.srcLang;
    const trgLang = this.rootTrgLang ?? first.trgLang;
    return {
      version: this.version,
      srcLang,
      ...(trgLang === undefined ? {} : { trgLang }),
      line: root.line,
      column: root.column,
      files: this.files,
    };
  }

  private openRoot(element: XmlElement): void {
    this.root = element;
    if (element.local !== 'xliff') {
      throw this.error(`not an XLIFF document: the root element is <${element.name}>, expected <xliff>`, element);
    }
    const version = element.attributes.get('version');
    if (element.uri === XLIFF_12_NS && version === '1.2') {
      this.version = '1.2';
    } else if (element.uri === XLIFF_20_NS && (version === '2.0' || version === '2.1')) {
      this.version = '2.0';
      const srcLang = element.attributes.get('srcLang');
      if (!srcLang) throw this.error('<xliff> has no srcLang attribute', element);
      this.rootSrcLang = srcLang;
      const trgLang = element.attributes.get('trgLang');
      if (trgLang) this.rootTrgLang = trgLang;
    } else {
      throw this.error(
        `unknown XLIFF version: version="${version ?? ''}" in namespace "${element.uri}"; ` +
          `supported are 1.2 (${XLIFF_12_NS}) and 2.0/2.1 (${XLIFF_20_NS})`,
        element,
      );
    }
  }

  private open12(element: XmlElement): void {
    if (element.uri !== XLIFF_12_NS) return this.skip();
    const attributes = element.attributes;
    switch (element.local) {
      case 'file': {
        const srcLang = attributes.get('source-language');
        if (!srcLang) throw this.error('<file> has no source-language attribute', element);
        this.startFile(element, { srcLang, original: attributes.get('original'), trgLang: attributes.get('target-language') });
        return;
      }
      case 'body':
      case 'group':
        if (!this.file || this.unit) this.skip();
        return;
      case 'trans-unit':
        if (!this.file || this.unit) return this.skip();
        this.startUnit(element);
        return;
    }
    const unit = this.unit;
    if (!unit) return this.skip();
    switch (element.local) {
      case 'source':
        return this.collect(element, false);
      case 'seg-source':
        return this.collect(element, true);
      case 'target':
        unit.firstTarget ??= element;
        return this.collect(element, unit.segmentedSource !== undefined);
      case 'note':
        this.capture = { kind: 'note', text: '', depth: this.depth, ...optional('category', attributes.get('from')) };
        return;
      default:
        return this.skip();
    }
  }

  private open20(element: XmlElement): void {
    if (element.uri !== XLIFF_20_NS) return this.skip();
    const attributes = element.attributes;
    switch (element.local) {
      case 'file':
        if (this.file) return this.skip();
        this.startFile(element, {
          srcLang: this.rootSrcLang!,
          id: attributes.get('id'),
          original: attributes.get('original'),
          trgLang: this.rootTrgLang,
        });
        return;
      case 'group':
        if (!this.file || this.unit) this.skip();
        return;
      case 'unit':
        if (!this.file || this.unit) return this.skip();
        this.startUnit(element);
        return;
    }
    const unit = this.unit;
    if (!unit) return this.skip();
    if (!this.segment) {
      switch (element.local) {
        case 'notes':
          return;
        case 'note':
          this.capture = { kind: 'note', text: '', depth: this.depth, ...optional('category', attributes.get('category')) };
          return;
        case 'segment':
        case 'ignorable':
          this.segment = { element, ignorable: element.local === 'ignorable' };
          return;
        default:
          return this.skip();
      }
    }
    if (element.local === 'source') return this.collect(element, false);
    if (element.local === 'target') {
      unit.firstTarget ??= element;
      const order = attributes.get('order');
      if (order !== undefined) {
        const position = Number(order);
        if (!Number.isInteger(position) || position < 1) throw this.error(`<target order="${order}"> is not a positive integer`, element);
        this.segment.targetOrder = position;
      }
      return this.collect(element, false);
    }
    this.skip();
  }

  private startFile(element: XmlElement, fields: { srcLang: string } & Partial<Record<'id' | 'original' | 'trgLang', string | undefined>>): void {
    this.file = {
      element,
      srcLang: fields.srcLang,
      ...optional('id', fields.id),
      ...optional('original', fields.original),
      ...optional('trgLang', fields.trgLang),
      units: [],
      unitLines: new Map(),
    };
  }

  private startUnit(element: XmlElement): void {
    const id = element.attributes.get('id');
    if (!id) throw this.error(`<${element.local}> has no id attribute`, element);
    const file = this.file!;
    const first = file.unitLines.get(id);
    if (first !== undefined) throw this.error(`duplicate unit id "${id}" in this <file> (first at line ${first})`, element);
    file.unitLines.set(id, element.line);
    this.unit = { element, id, segments: [], notes: [] };
  }

  private collect(element: XmlElement, splitSegments: boolean): void {
    const collector = new InlineCollector(this.version!, splitSegments, (message, at) => {
      throw this.error(message, at);
    });
    this.capture = { kind: 'content', collector, element, depth: this.depth };
  }

  private skip(): void {
    this.capture = { kind: 'skip', depth: this.depth };
  }

  private finishContent(collector: InlineCollector, element: XmlElement): void {
    const unit = this.unit!;
    if (this.version === '2.0') {
      const segment = this.segment!;
      if (element.local === 'source') {
        segment.source = collector.parts;
        segment.sourceElement = element;
      } else {
        segment.target = collector.parts;
        segment.targetElement = element;
      }
      return;
    }
    if (element.local === 'source') unit.source = collector.parts;
    else if (element.local === 'seg-source') unit.segmentedSource = collector.pieces;
    else unit.target = { pieces: collector.pieces, element, ...optional('state', element.attributes.get('state')) };
  }

  private finishSegment(): void {
    const segment = this.segment;
    if (!segment) return;
    if (!segment.source) throw this.error(`<${segment.element.local}> has no <source>`, segment.element);
    this.unit?.segments.push(segment);
    this.segment = undefined;
  }

  private finishUnit(): void {
    const unit = this.unit;
    if (!unit) return;
    this.unit = undefined;
    this.file!.units.push(this.version === '1.2' ? this.unit12(unit) : this.unit20(unit));
  }

  private finishFile(): void {
    const file = this.file;
    if (!file) return;
    this.file = undefined;
    this.files.push({
      ...optional('id', file.id),
      ...optional('original', file.original),
      srcLang: file.srcLang,
      ...optional('trgLang', file.trgLang),
      line: file.element.line,
      column: file.element.column,
      units: file.units,
    });
  }

  private unit12(unit: UnitDraft): ParsedUnit {
    if (!unit.source) throw this.error(`<trans-unit id="${unit.id}"> has no <source>`, unit.element);
    const rawState = unit.target?.state;
    const approved = unit.element.attributes.get('approved') === 'yes';
    const state: UnitState | undefined = rawState !== undefined ? unitStateFrom12(rawState) : unit.target && approved ? 'final' : undefined;
    const target = unit.target ? mergeText(unit.target.pieces.flatMap((piece) => piece.parts)) : undefined;
    const targetContent = unit.target ? [at(unit.target.element)] : undefined;
    const stateFields = { ...optional('state', state), ...optional('rawState', rawState) };
    const position = { line: unit.element.line, column: unit.element.column };

    let segments: ParsedSegment[];
    if (unit.segmentedSource) {
      const targetPieces = new Map<string, InlinePart[]>();
      for (const piece of unit.target?.pieces ?? []) {
        if (piece.segmentId !== undefined) targetPieces.set(piece.segmentId, piece.parts);
      }
      segments = unit.segmentedSource.flatMap((piece): ParsedSegment[] => {
        if (piece.segmentId === undefined) return piece.parts.length > 0 ? [{ ignorable: true, source: piece.parts, ...position }] : [];
        const segmentTarget = targetPieces.get(piece.segmentId);
        const fields = { ...optional('target', segmentTarget), ...stateFields, ...position };
        return [{ id: piece.segmentId, ignorable: false, source: piece.parts, ...fields }];
      });
    } else {
      segments = [{ ignorable: false, source: unit.source, ...optional('target', target), ...stateFields, ...position }];
    }
    return {
      id: unit.id,
      ...position,
      source: unit.source,
      ...optional('target', target),
      ...targetPosition(unit),
      ...optional('targetContent', targetContent),
      ...stateFields,
      segments,
      notes: unit.notes,
    };
  }

  private unit20(unit: UnitDraft): ParsedUnit {
    if (unit.segments.length === 0) throw this.error(`<unit id="${unit.id}"> has no <segment>`, unit.element);
    const segments = unit.segments.map((draft): ParsedSegment => {
      const attributes = draft.element.attributes;
      const rawState = attributes.get('state');
      const state = rawState === undefined ? undefined : unitStateFrom20(rawState);
      return {
        ...optional('id', attributes.get('id')),
        ignorable: draft.ignorable,
        source: draft.source!,
        ...optional('target', draft.target),
        ...optional('state', state),
        ...optional('rawState', rawState),
        ...optional('subState', attributes.get('subState')),
        line: draft.element.line,
        column: draft.element.column,
      };
    });

    // A target with `order` belongs at that position; an ignorable without target keeps its source.
    const placed = new Map<number, SegmentDraft>();
    unit.segments.forEach((draft, index) => {
      if (draft.target) placed.set((draft.targetOrder ?? index + 1) - 1, draft);
    });
    const complete = segments.every((segment, index) => segment.ignorable || placed.has(index));
    const contributors = unit.segments.flatMap((draft, index): { parts: readonly InlinePart[]; element: XmlElement }[] => {
      const target = placed.get(index);
      if (target) return [{ parts: target.target!, element: target.targetElement! }];
      return draft.ignorable ? [{ parts: draft.source!, element: draft.sourceElement! }] : [];
    });
    const target = placed.size > 0 && complete ? mergeText(contributors.flatMap((contributor) => contributor.parts)) : undefined;
    const targetContent = target ? contributors.map((contributor) => at(contributor.element)) : undefined;
    // A segment without a valid state is `initial`, the 2.0 default.
    const state = segments
      .filter((segment) => !segment.ignorable)
      .map((segment) => segment.state ?? 'initial')
      .reduce<UnitState | undefined>((least, current) => (least === undefined ? current : leastAdvanced(least, current)), undefined);

    return {
      id: unit.id,
      line: unit.element.line,
      column: unit.element.column,
      source: mergeText(segments.flatMap((segment) => segment.source)),
      ...optional('target', target),
      ...targetPosition(unit),
      ...optional('targetContent', targetContent),
      ...optional('state', state),
      segments,
      notes: unit.notes,
    };
  }

  private error(message: string, element: XmlElement): InputError {
    return new InputError(message, this.fileName, { line: element.line, column: element.column });
  }
}

function at(element: XmlElement): { line: number; column: number } {
  return { line: element.line, column: element.column };
}

function targetPosition(unit: UnitDraft): { targetLine?: number; targetColumn?: number; targetLang?: string } {
  const target = unit.firstTarget;
  if (!target) return {};
  return { targetLine: target.line, targetColumn: target.column, ...optional('targetLang', target.attributes.get(`{${XML_NS}}lang`)) };
}

/** `{ [key]: value }` when value is defined, `{}` otherwise (for exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
