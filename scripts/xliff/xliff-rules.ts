import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { XliffVersion } from './model.js';
import { GLOSSA_TOOL_ID, XLIFF_12_NS, XLIFF_20_NS } from './namespaces.js';
import { Xliff12References } from './rules/xliff12-references.js';
import { Xliff20Rules } from './rules/xliff20-rules.js';
import { parseXmlText, XmlRejection, type XmlElement, type XmlHandler } from './xml-events.js';

/** What the rule pass learned about a document, besides its findings. */
export interface RuleFindings {
  readonly diagnostics: Diagnostic[];
  /** Undefined when the document is not XLIFF 1.2/2.x or could not be read; then no schema run makes sense. */
  readonly version?: XliffVersion;
  /** 1.2: every `<file>` says `tool-id="glossa"`, i.e. the file was written by Glossa. */
  readonly ownFile: boolean;
}

/**
 * Checks the rules of XLIFF no schema expresses (for 2.x also every rule of `rules/`): unique ids in their scope,
 * `trgLang`/`target-language` present when targets exist, paired codes opened
 * before they close, target codes matching source codes, states that claim a
 * translation only where there is one. Malformed XML, a DTD, a foreign root or
 * an unknown version end the pass with one finding.
 */
export function checkXliffRules(text: string, fileName: string, options: RuleOptions = {}, readAlong?: ReadAlong): RuleFindings {
  const checker = new RuleChecker(fileName);
  const rules20 = new Xliff20Rules(fileName, options.fragmentPrefixes);
  const references12 = new Xliff12References(fileName);
  const handlers: XmlHandler[] = [checker, rules20, references12, ...(readAlong ? [readAlong] : [])];
  try {
    parseXmlText(text, fileName, {
      open: (element) => handlers.forEach((handler) => handler.open(element)),
      close: (element) => handlers.forEach((handler) => handler.close(element)),
      text: (value) => handlers.forEach((handler) => handler.text(value)),
    });
  } catch (error) {
    if (!(error instanceof XmlRejection)) throw error;
    readAlong?.refused(error);
    const ruleId = error.kind === 'doctype' ? 'xliff/doctype' : error.kind === 'encoding' ? 'xliff/encoding' : 'xliff/not-well-formed';
    return {
      diagnostics: [diagnostic(fileName, ruleId, 'error', error.position ?? { line: 1, column: 1 }, error.message)],
      ownFile: false,
    };
  }
  const findings = checker.findings();
  const more = findings.version === '2.0' ? rules20.diagnostics : findings.version === '1.2' ? references12.diagnostics : [];
  return { ...findings, diagnostics: [...findings.diagnostics, ...more] };
}

/** A handler that is handed the rule pass's events too (reading the document in the same pass), and told when the parser refuses it. */
export interface ReadAlong extends XmlHandler {
  refused(error: unknown): void;
}

export interface RuleOptions {
  /** Fragment identifier prefixes registered for extensions, besides those of XLIFF 2.0 core and modules. */
  readonly fragmentPrefixes?: Iterable<string>;
}

interface Code {
  /** `element:id`, the identity of a code across source and target. */
  readonly key: string;
  readonly element: XmlElement;
  /** A Glossa placeholder (import rejects translations that lose it). */
  readonly ours: boolean;
}

/** Ids and codes of one side (source or target) of a unit; in 1.2 of one content element. */
class Side {
  readonly ids = new Map<string, XmlElement>();
  readonly codes: Code[] = [];
  readonly openPairs = new Map<string, XmlElement>();
}

interface UnitScope {
  readonly element: XmlElement;
  readonly ids: Map<string, XmlElement>;
  readonly source: Side;
  readonly target: Side;
  firstTarget?: XmlElement;
  segmentsWithoutTarget: number;
}

interface FileScope {
  readonly element: XmlElement;
  /** 1.2 unit ids; 2.0 group and unit ids (one scope). */
  readonly ids: Map<string, XmlElement>;
  /** 1.2 group ids. */
  readonly groupIds: Map<string, XmlElement>;
  firstTarget?: XmlElement;
}

interface ContentScope {
  readonly element: XmlElement;
  readonly side: Side;
  readonly kind: 'source' | 'target';
  /** Holds text other than white space, or any element. */
  hasContent: boolean;
}

interface SegmentScope {
  readonly element: XmlElement;
  readonly ignorable: boolean;
  target?: ContentScope;
}

class RuleChecker implements XmlHandler {
  private readonly diagnostics: Diagnostic[] = [];
  private version: XliffVersion | undefined;
  private root: XmlElement | undefined;
  private stopped = false;
  private depth = 0;
  /** Depth at which a module/extension (2.0) or `<alt-trans>` etc. (1.2) started; codes there have their own scope. */
  private foreignDepth: number | undefined;
  private firstTarget: XmlElement | undefined;
  private readonly fileIds = new Map<string, XmlElement>();
  private file: FileScope | undefined;
  private allFilesOurs = true;
  private unit: UnitScope | undefined;
  private segment: SegmentScope | undefined;
  private content: ContentScope | undefined;

  constructor(private readonly fileName: string) {}

  findings(): RuleFindings {
    if (!this.stopped && this.version === '2.0' && this.firstTarget && !this.root?.attributes.has('trgLang')) {
      const message = `<target> elements are present (first at line ${this.firstTarget.line}) but <xliff> has no trgLang`;
      this.report('xliff/missing-trglang', 'error', this.root!, message);
    }
    return {
      diagnostics: this.diagnostics,
      ...(this.stopped || !this.version ? {} : { version: this.version }),
      ownFile: this.version === '1.2' && this.allFilesOurs,
    };
  }

  open(element: XmlElement): void {
    this.depth++;
    if (this.stopped) return;
    if (!this.root) return this.openRoot(element);
    const core = this.version === '1.2' ? XLIFF_12_NS : XLIFF_20_NS;
    if (element.uri === core && element.local === 'target') this.firstTarget ??= element;
    if (this.foreignDepth !== undefined) return;
    if (element.uri !== core || (this.version === '1.2' && foreign12.has(element.local))) {
      this.foreignDepth = this.depth;
      return;
    }
    if (this.content) return this.openInline(element);
    if (this.version === '1.2') this.openStructure12(element);
    else this.openStructure20(element);
  }

  close(element: XmlElement): void {
    const depth = this.depth--;
    if (this.stopped) return;
    if (this.foreignDepth !== undefined) {
      if (depth === this.foreignDepth) this.foreignDepth = undefined;
      return;
    }
    if (this.content?.element === element) return this.closeContent(this.content);
    if (this.content) return;
    if (this.segment?.element === element) return this.closeSegment(this.segment);
    if (this.unit?.element === element) return this.closeUnit(this.unit);
    if (this.file?.element === element) this.file = undefined;
  }

  text(value: string): void {
    if (this.content && value.trim() !== '') this.content.hasContent = true;
  }

  private openRoot(element: XmlElement): void {
    this.root = element;
    const version = element.attributes.get('version');
    if (element.local !== 'xliff') {
      return this.stop('xliff/wrong-root', element, `not an XLIFF document: the root element is <${element.name}>, expected <xliff>`);
    }
    if (element.uri === XLIFF_12_NS && version === '1.2') this.version = '1.2';
    else if (element.uri === XLIFF_20_NS && (version === '2.0' || version === '2.1')) this.version = '2.0';
    else this.stop('xliff/unknown-version', element, `unknown XLIFF version: version="${version ?? ''}" in namespace "${element.uri}"`);
  }

  private openStructure12(element: XmlElement): void {
    const attributes = element.attributes;
    switch (element.local) {
      case 'file':
        this.file = { element, ids: new Map(), groupIds: new Map() };
        if (attributes.get('tool-id') !== GLOSSA_TOOL_ID) this.allFilesOurs = false;
        return;
      case 'group':
        if (this.file) this.unique(this.file.groupIds, element, 'group id', 'in this <file>');
        return;
      case 'trans-unit':
      case 'bin-unit':
        if (this.file) this.unique(this.file.ids, element, 'unit id', 'in this <file>');
        if (element.local === 'trans-unit') this.unit = newUnit(element);
        return;
      case 'source':
      case 'seg-source':
      case 'target': {
        if (!this.unit) return;
        const kind = element.local === 'target' ? 'target' : 'source';
        if (kind === 'target') {
          this.unit.firstTarget ??= element;
          if (this.file) this.file.firstTarget ??= element;
        }
        // 1.2 pairs codes within one content element; only <source> and <target> are compared.
        const side = element.local === 'seg-source' ? new Side() : kind === 'target' ? this.unit.target : this.unit.source;
        this.content = { element, side, kind, hasContent: false };
      }
    }
  }

  private openStructure20(element: XmlElement): void {
    const attributes = element.attributes;
    switch (element.local) {
      case 'file':
        this.unique(this.fileIds, element, 'file id', 'in this document');
        this.file = { element, ids: new Map(), groupIds: new Map() };
        return;
      case 'group':
      case 'unit':
        if (this.file) this.unique(this.file.ids, element, `${element.local} id`, 'among the groups and units of this <file>');
        if (element.local === 'unit') this.unit = newUnit(element);
        return;
      case 'segment':
      case 'ignorable':
        if (!this.unit) return;
        if (attributes.has('id')) this.unique(this.unit.ids, element, `${element.local} id`, 'in this unit');
        this.segment = { element, ignorable: element.local === 'ignorable' };
        return;
      case 'source':
      case 'target': {
        if (!this.unit || !this.segment) return;
        const kind = element.local;
        const content: ContentScope = { element, side: kind === 'target' ? this.unit.target : this.unit.source, kind, hasContent: false };
        if (kind === 'target') {
          this.unit.firstTarget ??= element;
          this.segment.target = content;
        }
        this.content = content;
      }
    }
  }

  private openInline(element: XmlElement): void {
    const content = this.content!;
    content.hasContent = true;
    if (this.version === '1.2') this.inline12(element, content);
    else this.inline20(element, content);
  }

  private inline12(element: XmlElement, content: ContentScope): void {
    const { side } = content;
    const attributes = element.attributes;
    const id = attributes.get('id');
    if (id === undefined || !codes12.has(element.local)) return;
    // A target may repeat a code (1.2 `clone`), and <ept>/<ex> repeat the id of what they close.
    if (content.kind === 'source' && element.local !== 'ept' && element.local !== 'ex') {
      this.unique(side.ids, element, `<${element.local}> id`, `in this <${content.element.local}>`);
    }
    const ours = element.local === 'x' && (attributes.get('ctype') ?? '').startsWith('x-glossa-');
    side.codes.push({ key: `${element.local}:${id}`, element, ours });
    const pairKey = attributes.get('rid') ?? id;
    if (element.local === 'bpt' || element.local === 'bx') side.openPairs.set(`${element.local}:${pairKey}`, element);
    if (element.local === 'ept' || element.local === 'ex') {
      const opener = `${element.local === 'ept' ? 'bpt' : 'bx'}:${pairKey}`;
      if (side.openPairs.has(opener)) side.openPairs.delete(opener);
      else {
        const message = `<${element.local}> closes "${pairKey}", which no earlier <${opener.split(':')[0]}> in this <${content.element.local}> opened`;
        this.report('xliff/unpaired-code', 'error', element, message);
      }
    }
  }

  private inline20(element: XmlElement, content: ContentScope): void {
    const unit = this.unit!;
    const { side } = content;
    const attributes = element.attributes;
    const id = attributes.get('id');
    const local = element.local;
    const isolated = attributes.get('isolated') === 'yes';
    const scope = content.kind === 'source' ? unit.ids : side.ids;
    if (id !== undefined && ['ph', 'pc', 'sc', 'mrk', 'sm', 'ec'].includes(local)) {
      this.unique(scope, element, `<${local}> id`, content.kind === 'source' ? 'in this unit' : 'among the target codes of this unit');
    }
    if (local === 'ph' || local === 'pc' || local === 'sc' || (local === 'ec' && isolated)) {
      if (id !== undefined) {
        const copyOf = attributes.get('copyOf');
        const ours = local === 'ph' && (attributes.get('subType') ?? '').startsWith('glossa:');
        side.codes.push({ key: `${local}:${copyOf ?? id}`, element, ours });
      }
    }
    if (local === 'ec' && !isolated) {
      const startRef = attributes.get('startRef') ?? '';
      side.codes.push({ key: `ec:${startRef}`, element, ours: false });
    }
    if ((local === 'sc' || local === 'sm') && !isolated && id !== undefined) side.openPairs.set(`${local}:${id}`, element);
    if ((local === 'ec' || local === 'em') && !isolated) {
      const startRef = attributes.get('startRef') ?? '';
      const opener = `${local === 'ec' ? 'sc' : 'sm'}:${startRef}`;
      if (side.openPairs.has(opener)) side.openPairs.delete(opener);
      else {
        const message = `<${local} startRef="${startRef}"> has no earlier <${local === 'ec' ? 'sc' : 'sm'}> with that id in the ${content.kind} of this unit`;
        this.report('xliff/unpaired-code', 'error', element, message);
      }
    }
  }

  private closeContent(content: ContentScope): void {
    this.content = undefined;
    if (this.version === '1.2') {
      this.reportOpenPairs(content.side);
      content.side.openPairs.clear();
      if (content.kind === 'target') this.checkState12(content);
    }
  }

  private closeSegment(segment: SegmentScope): void {
    this.segment = undefined;
    const state = segment.element.attributes.get('state');
    if (!segment.ignorable && !segment.target) this.unit!.segmentsWithoutTarget++;
    if (state && claimingStates20.has(state) && !segment.target?.hasContent) {
      const what = segment.target ? 'an empty <target>' : 'no <target>';
      this.report('xliff/state-without-target', 'error', segment.element, `segment state is "${state}" but it has ${what}`);
    }
  }

  private closeUnit(unit: UnitScope): void {
    this.unit = undefined;
    if (this.version === '2.0') {
      this.reportOpenPairs(unit.source);
      this.reportOpenPairs(unit.target);
    }
    if (!unit.firstTarget) return;
    const sourceKeys = new Set(unit.source.codes.map((code) => code.key));
    const targetKeys = new Set(unit.target.codes.map((code) => code.key));
    // XLIFF lets a target add codes; in a unit with Glossa placeholders import refuses them, so there it is an error.
    const glossaUnit = unit.source.codes.some((code) => code.ours);
    for (const code of unit.target.codes) {
      if (!sourceKeys.has(code.key)) {
        this.report('xliff/code-mismatch', glossaUnit || code.ours ? 'error' : 'warning', code.element, `target has ${describe(code)}, which the source does not have`);
      }
    }
    // A partly translated 2.0 unit may still lack the codes of untranslated segments.
    if (unit.segmentsWithoutTarget > 0) return;
    for (const code of unit.source.codes) {
      if (!targetKeys.has(code.key)) {
        const severity: Severity = code.ours ? 'error' : 'warning';
        const message = `${describe(code)} of the source (line ${code.element.line}) is missing from the target`;
        this.report('xliff/code-mismatch', severity, unit.firstTarget, message);
      }
    }
  }

  private checkState12(target: ContentScope): void {
    const state = target.element.attributes.get('state');
    if (state && claimingStates12.has(state) && !target.hasContent) {
      this.report('xliff/state-without-target', 'error', target.element, `target state is "${state}" but the target is empty`);
    }
    if (this.file && !this.file.element.attributes.has('target-language') && this.file.firstTarget === target.element) {
      const message = `<file> has <target> elements (first at line ${target.element.line}) but no target-language`;
      this.report('xliff/missing-trglang', 'error', this.file.element, message);
    }
  }

  private reportOpenPairs(side: Side): void {
    for (const [key, element] of side.openPairs) {
      const [opener, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const closer = { bpt: 'ept', bx: 'ex', sc: 'ec', sm: 'em' }[opener] ?? 'end';
      this.report('xliff/unpaired-code', 'error', element, `<${opener}> "${id}" is never closed by an <${closer}>`);
    }
  }

  private unique(ids: Map<string, XmlElement>, element: XmlElement, what: string, scope: string): void {
    const id = element.attributes.get('id');
    if (id === undefined) return;
    const first = ids.get(id);
    if (first) this.report('xliff/duplicate-id', 'error', element, `duplicate ${what} "${id}" ${scope} (first at line ${first.line})`);
    else ids.set(id, element);
  }

  private stop(ruleId: string, element: XmlElement, message: string): void {
    this.report(ruleId, 'error', element, message);
    this.stopped = true;
  }

  private report(ruleId: string, severity: Severity, at: { line: number; column: number }, message: string): void {
    this.diagnostics.push(diagnostic(this.fileName, ruleId, severity, at, message));
  }
}

/** 1.2 elements whose content is not the unit's own source/target. */
const foreign12 = new Set(['header', 'alt-trans', 'context-group', 'count-group', 'prop-group', 'bin-source', 'bin-target']);
/** 1.2 inline codes (markers excluded). */
const codes12 = new Set(['x', 'g', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it']);
const claimingStates20 = new Set(['translated', 'reviewed', 'final']);
const claimingStates12 = new Set([
  'translated',
  'signed-off',
  'final',
  'needs-adaptation',
  'needs-review-translation',
  'needs-review-adaptation',
  'needs-review-l10n',
]);

function newUnit(element: XmlElement): UnitScope {
  return { element, ids: new Map(), source: new Side(), target: new Side(), segmentsWithoutTarget: 0 };
}

function describe(code: Code): string {
  const [element, id] = [code.key.slice(0, code.key.indexOf(':')), code.key.slice(code.key.indexOf(':') + 1)];
  return element === 'ec' ? `<ec startRef="${id}">` : `<${element} id="${id}">`;
}

function diagnostic(file: string, ruleId: string, severity: Severity, at: { line: number; column: number }, message: string): Diagnostic {
  return { ruleId, severity, file, line: at.line, column: at.column, message };
}
