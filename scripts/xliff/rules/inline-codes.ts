import { XLIFF_20_NS } from '../namespaces.js';
import type { XmlElement } from '../xml-events.js';
import type { RuleContext, RuleModule } from './context.js';
import { parseFragment } from './fragment-id.js';

type Side = 'source' | 'target';

interface CodeEvent {
  /** Identity of the code across source and target: `ph:1`, `pc:1` and `/pc:1` (its end), `sc:1`, `ec:1`. */
  readonly key: string;
  readonly element: XmlElement;
  readonly canReorder: string;
  readonly canDelete: string;
}

interface SegmentState {
  readonly sourceKeys: CodeEvent[];
  target: XmlElement | undefined;
}

interface UnitState {
  readonly element: XmlElement;
  readonly dataIds: Set<string>;
  hasOriginalData: boolean;
  readonly noteIds: Set<string>;
  /** Codes of the unit by id (ph, pc, sc, isolated ec), for copyOf. */
  readonly codes: Map<string, XmlElement>;
  readonly copies: XmlElement[];
  readonly starts: Record<Side, Map<string, XmlElement>>;
  readonly events: Record<Side, CodeEvent[]>;
  /** Codes with canDelete="no" in the source of segments that have a target, with that target. */
  readonly undeletable: Array<{ event: CodeEvent; target: XmlElement }>;
  /** Codes present in the unit's translation: in targets, and in the sources of segments without one. */
  readonly kept: Set<string>;
}

const codeElements = new Set(['ph', 'pc', 'sc', 'ec']);
/** The predefined xlf: sub-types and the type each needs (§4.3.1 subType). */
const xlfSubTypes: Record<string, string> = { 'xlf:lb': 'fmt', 'xlf:pb': 'fmt', 'xlf:b': 'fmt', 'xlf:i': 'fmt', 'xlf:u': 'fmt', 'xlf:var': 'ui' };

/**
 * Inline content of XLIFF 2.0 (§4.7): references to original data and copied codes, <sc>/<ec>
 * agreement, codes that cannot be deleted or reordered, <cp>, type/subType, sub-flows and
 * comment annotations.
 */
export class InlineCodeRules implements RuleModule {
  private fileId: string | undefined;
  private unitIds = new Set<string>();
  private subFlows: Array<{ element: XmlElement; attribute: string; ids: string[] }> = [];
  private unit: UnitState | undefined;
  private segment: SegmentState | undefined;
  private side: { side: Side; element: XmlElement } | undefined;

  open(element: XmlElement, context: RuleContext): void {
    if (element.uri !== XLIFF_20_NS) return;
    const attributes = element.attributes;
    if (this.side && this.unit) return this.openInline(element, this.unit, this.side.side, context);
    switch (element.local) {
      case 'file':
        this.fileId = attributes.get('id');
        this.unitIds = new Set();
        this.subFlows = [];
        return;
      case 'unit':
        if (attributes.has('id')) this.unitIds.add(attributes.get('id')!);
        this.unit = newUnit(element);
        return;
      case 'originalData':
        if (this.unit) this.unit.hasOriginalData = true;
        return;
      case 'data':
        if (this.unit && attributes.has('id')) this.unit.dataIds.add(attributes.get('id')!);
        return;
      case 'note':
        if (this.unit && context.ancestor(2) === this.unit.element && attributes.has('id')) this.unit.noteIds.add(attributes.get('id')!);
        return;
      case 'segment':
      case 'ignorable':
        if (this.unit) this.segment = { sourceKeys: [], target: undefined };
        return;
      case 'source':
      case 'target':
        if (!this.segment || !isSegmentOrIgnorable(context.ancestor())) return;
        this.side = { side: element.local, element };
        if (element.local === 'target') this.segment.target = element;
    }
  }

  close(element: XmlElement, context: RuleContext): void {
    if (element.uri !== XLIFF_20_NS) return;
    if (this.side?.element === element) {
      this.side = undefined;
      return;
    }
    if (this.side && this.unit && element.local === 'pc') {
      this.addEvent(this.unit, this.side.side, codeEvent(`/pc:${element.attributes.get('id') ?? ''}`, element, true));
      return;
    }
    if (this.side) return;
    if ((element.local === 'segment' || element.local === 'ignorable') && this.segment && this.unit) {
      const { sourceKeys, target } = this.segment;
      for (const event of sourceKeys) {
        if (target && event.canDelete === 'no') this.unit.undeletable.push({ event, target });
        if (!target) this.unit.kept.add(event.key);
      }
      this.segment = undefined;
    }
    if (element.local === 'unit' && this.unit) {
      this.closeUnit(this.unit, context);
      this.unit = undefined;
    }
    if (element.local === 'file') this.closeFile(context);
  }

  private openInline(element: XmlElement, unit: UnitState, side: Side, context: RuleContext): void {
    const attributes = element.attributes;
    const local = element.local;
    if (local === 'cp') return this.checkCp(element, context);
    if (local === 'mrk' || local === 'sm') return this.checkComment(element, unit, context);
    if (!codeElements.has(local)) return;
    const id = attributes.get('id');
    const isolated = attributes.get('isolated') === 'yes';
    if (id !== undefined && (local !== 'ec' || isolated)) unit.codes.set(id, element);
    this.checkDataRefs(element, unit, context);
    if (attributes.has('copyOf')) unit.copies.push(element);
    this.checkType(element, context);
    this.checkReorderContext(element, context);
    for (const attribute of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
      const value = attributes.get(attribute);
      if (value !== undefined) this.subFlows.push({ element, attribute, ids: value.trim().split(/\s+/) });
    }
    if (local === 'sc' && id !== undefined) unit.starts[side].set(id, element);
    if (local === 'ec') {
      if (isolated && attributes.has('startRef')) {
        context.report('xliff/isolated-code', element, '<ec isolated="yes"> must name itself with id, not startRef: an isolated end code has no <sc> in the unit', '2.0 §4.2.3 <ec>');
      }
      const start = isolated ? undefined : unit.starts[side].get(attributes.get('startRef') ?? '');
      if (start) this.checkEndAgreesWithStart(element, start, context);
    }
    const key = local === 'ec' && !isolated ? `ec:${attributes.get('startRef') ?? ''}` : `${local}:${id ?? ''}`;
    this.addEvent(unit, side, codeEvent(key, element, false));
  }

  private addEvent(unit: UnitState, side: Side, event: CodeEvent): void {
    unit.events[side].push(event);
    if (side === 'target') unit.kept.add(event.key);
    else if (!event.key.startsWith('/')) this.segment?.sourceKeys.push(event);
  }

  private checkCp(element: XmlElement, context: RuleContext): void {
    const hex = element.attributes.get('hex') ?? '';
    const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
    if (Number.isNaN(code)) return; // the schema reports a malformed value
    const allowedInXml = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (allowedInXml) {
      context.report('xliff/bad-cp', element, `<cp hex="${hex}"> encodes U+${hex.toUpperCase().padStart(4, '0')}, which XML allows: write the character itself; <cp> is only for characters XML forbids`);
    }
  }

  private checkComment(element: XmlElement, unit: UnitState, context: RuleContext): void {
    const attributes = element.attributes;
    if (attributes.get('type') !== 'comment') return;
    const value = attributes.get('value');
    const ref = attributes.get('ref');
    if ((value === undefined) === (ref === undefined)) {
      const problem = value === undefined ? 'has neither value nor ref' : 'has both value and ref';
      context.report('xliff/bad-comment', element, `comment annotation <${element.local} type="comment"> ${problem}: it needs exactly one of them`);
      return;
    }
    if (ref === undefined) return;
    const noteId = this.noteOfUnit(ref, unit, context);
    if (noteId === undefined || !unit.noteIds.has(noteId)) {
      context.report('xliff/bad-comment', element, `comment annotation ref="${ref}" does not point to a <note> of this unit: use "#n=<note id>"`);
    }
  }

  /** The note id a reference selects when it selects a note of this unit, else undefined. */
  private noteOfUnit(ref: string, unit: UnitState, context: RuleContext): string | undefined {
    if (!ref.startsWith('#')) return undefined;
    const parsed = parseFragment(ref.slice(1), context.extraPrefixes);
    if (!parsed.ok) return undefined;
    const selectors = parsed.selectors;
    const leaf = selectors.at(-1)!;
    if (leaf.prefix !== 'n') return undefined;
    for (const selector of selectors.slice(0, -1)) {
      if (selector.prefix === 'f' && selector.id !== this.fileId) return undefined;
      if (selector.prefix === 'u' && selector.id !== unit.element.attributes.get('id')) return undefined;
    }
    if (selectors.length > 1 && !selectors.some((s) => s.prefix === 'u')) return undefined;
    return leaf.id;
  }

  private checkDataRefs(element: XmlElement, unit: UnitState, context: RuleContext): void {
    const attributes = element.attributes;
    for (const attribute of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
      const value = attributes.get(attribute);
      if (value === undefined) continue;
      if (attributes.has('copyOf')) {
        context.report('xliff/bad-copy-of', element, `<${element.local}> has both copyOf and ${attribute}: a copy takes its original data from the code it copies`, '2.0 §4.3.1 copyOf');
      } else if (!unit.dataIds.has(value)) {
        const why = unit.hasOriginalData ? 'no <data> of this unit has that id' : 'this unit has no <originalData>';
        context.report('xliff/bad-data-ref', element, `${attribute}="${value}" refers to nothing: ${why}`);
      }
    }
  }

  private checkType(element: XmlElement, context: RuleContext): void {
    const type = element.attributes.get('type');
    const subType = element.attributes.get('subType');
    if (subType === undefined) return;
    if (type === undefined) {
      context.report('xliff/bad-subtype', element, `<${element.local}> has subType="${subType}" but no type: subType needs type`);
      return;
    }
    if (!subType.startsWith('xlf:')) return;
    const needed = xlfSubTypes[subType];
    if (needed === undefined) {
      context.report('xliff/bad-subtype', element, `subType="${subType}" is not one of the xlf: values (${Object.keys(xlfSubTypes).join(', ')})`);
    } else if (needed !== type) {
      context.report('xliff/bad-subtype', element, `subType="${subType}" requires type="${needed}", not "${type}"`);
    }
  }

  private checkReorderContext(element: XmlElement, context: RuleContext): void {
    const attributes = element.attributes;
    const canReorder = attributes.get('canReorder') ?? 'yes';
    if (canReorder === 'yes') return;
    const canCopy = attributes.get('canCopy') ?? 'yes';
    const canDelete = attributes.get('canDelete') ?? 'yes';
    if (canCopy !== 'no' || canDelete !== 'no') {
      context.report('xliff/can-reorder', element, `<${element.local}> has canReorder="${canReorder}" but canCopy="${canCopy}" and canDelete="${canDelete}": a code that cannot be reordered must have canCopy="no" and canDelete="no"`);
    }
  }

  private checkEndAgreesWithStart(end: XmlElement, start: XmlElement, context: RuleContext): void {
    for (const attribute of ['canCopy', 'canDelete', 'canOverlap']) {
      const startValue = start.attributes.get(attribute) ?? 'yes';
      const endValue = end.attributes.get(attribute) ?? 'yes';
      if (startValue !== endValue) {
        context.report('xliff/code-attribute-mismatch', end, `<ec> has ${attribute}="${endValue}" but its <sc> (line ${start.line}) has "${startValue}": they must be equal`);
      }
    }
    const startReorder = start.attributes.get('canReorder') ?? 'yes';
    const endReorder = end.attributes.get('canReorder') ?? 'yes';
    const expected = startReorder === 'firstNo' ? 'no' : startReorder;
    if (endReorder !== expected) {
      context.report('xliff/code-attribute-mismatch', end, `<ec> has canReorder="${endReorder}" but its <sc> (line ${start.line}) has "${startReorder}": the <ec> must have "${expected}"`);
    }
  }

  private closeUnit(unit: UnitState, context: RuleContext): void {
    for (const copy of unit.copies) {
      const ref = copy.attributes.get('copyOf')!;
      const base = unit.codes.get(ref);
      if (!base) context.report('xliff/bad-copy-of', copy, `copyOf="${ref}" names no code of this unit`, '2.0 §4.3.1 copyOf');
      else if ((base.attributes.get('canCopy') ?? 'yes') === 'no') {
        context.report('xliff/bad-copy-of', copy, `copyOf="${ref}" copies a code with canCopy="no" (line ${base.line})`, '2.0 §4.3.1 canCopy');
      }
    }
    for (const { event, target } of unit.undeletable) {
      if (!unit.kept.has(event.key)) {
        context.report('xliff/deleted-code', target, `the target lacks ${describeKey(event.key)} (line ${event.element.line}), which has canDelete="no"`);
      }
    }
    this.checkSequences(unit, context);
  }

  /** Codes with canReorder="no" follow a "firstNo" one; in the target each such sequence stays whole and in order. */
  private checkSequences(unit: UnitState, context: RuleContext): void {
    const sequences: string[][] = [];
    const member = new Map<string, { sequence: number; position: number }>();
    let current: string[] | undefined;
    for (const event of unit.events.source) {
      if (event.canReorder === 'firstNo') {
        current = [event.key];
        sequences.push(current);
      } else if (event.canReorder === 'no') {
        if (!current) {
          context.report('xliff/can-reorder', event.element, `${describeKey(event.key)} has canReorder="no" but no code with canReorder="firstNo" starts its sequence`);
          continue;
        }
        current.push(event.key);
      } else {
        current = undefined;
        continue;
      }
      member.set(event.key, { sequence: sequences.length - 1, position: current.length - 1 });
    }
    if (sequences.length === 0) return;
    let expected: { sequence: number; next: number } | undefined;
    for (const event of unit.events.target) {
      const place = member.get(event.key);
      const fits = place !== undefined && (expected ? place.sequence === expected.sequence && place.position === expected.next : place.position === 0);
      if ((expected || place) && !fits) {
        const sequence = sequences[(place ?? expected)!.sequence]!;
        context.report('xliff/can-reorder', event.element, `the target breaks the sequence of codes that cannot be reordered (${sequence.map(describeKey).join(', ')}): ${describeKey(event.key)} is out of place`);
        return;
      }
      if (!place) continue;
      expected = { sequence: place.sequence, next: place.position + 1 };
      if (expected.next === sequences[place.sequence]!.length) expected = undefined;
    }
  }

  private closeFile(context: RuleContext): void {
    for (const { element, attribute, ids } of this.subFlows) {
      for (const id of ids) {
        if (!this.unitIds.has(id)) context.report('xliff/bad-sub-flows', element, `${attribute} names unit "${id}", which is not in this <file>`);
      }
    }
    this.subFlows = [];
  }
}

function isSegmentOrIgnorable(element: XmlElement | undefined): boolean {
  return element?.uri === XLIFF_20_NS && (element.local === 'segment' || element.local === 'ignorable');
}

function newUnit(element: XmlElement): UnitState {
  return {
    element,
    dataIds: new Set(),
    hasOriginalData: false,
    noteIds: new Set(),
    codes: new Map(),
    copies: [],
    starts: { source: new Map(), target: new Map() },
    events: { source: [], target: [] },
    undeletable: [],
    kept: new Set(),
  };
}

function codeEvent(key: string, element: XmlElement, isEnd: boolean): CodeEvent {
  const canReorder = element.attributes.get('canReorder') ?? 'yes';
  return {
    key,
    element,
    canReorder: isEnd && canReorder === 'firstNo' ? 'no' : canReorder,
    canDelete: element.attributes.get('canDelete') ?? 'yes',
  };
}

function describeKey(key: string): string {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === '/pc') return `the end of <pc id="${id}">`;
  return kind === 'ec' ? `<ec> of "${id}"` : `<${kind} id="${id}">`;
}
