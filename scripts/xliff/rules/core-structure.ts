import { XLIFF_20_NS } from '../namespaces.js';
import type { XmlElement } from '../xml-events.js';
import { ContentTracker, XML_LANG, type RuleContext, type RuleModule } from './context.js';
import { isWellFormedLanguageTag, sameLanguage } from './language-tag.js';

interface UnitState {
  readonly element: XmlElement;
  segments: number;
  /** Segments and ignorables, in order: their implicit target order is their position. */
  parts: number;
  readonly targets: Array<{ element: XmlElement; order: number; explicit: boolean }>;
}

/**
 * Document structure of XLIFF 2.0 core (§4.2, §4.3): languages and their inheritance, xml:space of
 * targets, <skeleton>, units with segments, subState, target order.
 */
export class CoreStructureRules implements RuleModule {
  private unit: UnitState | undefined;
  /** xml:space of the current segment's or ignorable's <source>. */
  private sourceSpace: string | undefined;
  private readonly content = new ContentTracker();

  open(element: XmlElement, context: RuleContext): void {
    this.content.mark();
    this.checkLanguageTags(element, context);
    if (element.uri !== XLIFF_20_NS) return;
    const attributes = element.attributes;
    switch (element.local) {
      case 'xliff':
        context.srcLang = attributes.get('srcLang');
        context.trgLang = attributes.get('trgLang');
        return;
      case 'skeleton':
        this.content.start(element);
        return;
      case 'unit':
        this.unit = { element, segments: 0, parts: 0, targets: [] };
        return;
      case 'segment':
      case 'ignorable':
        if (!this.unit) return;
        this.unit.parts++;
        if (element.local === 'segment') this.unit.segments++;
        if (attributes.has('subState') && !attributes.has('state')) {
          context.report('xliff/substate-without-state', element, 'subState is set but state is not: subState may only refine a state', '2.0 §4.3.1 subState');
        }
        return;
      case 'source':
      case 'target':
        this.checkContentElement(element, context);
    }
  }

  close(element: XmlElement, context: RuleContext): void {
    if (element.uri !== XLIFF_20_NS) return;
    if (element.local === 'skeleton') {
      const hasContent = this.content.end(element);
      const hasHref = element.attributes.has('href');
      if (hasContent === hasHref) {
        const message = hasHref
          ? '<skeleton> has both an href and content: it must have exactly one of them'
          : '<skeleton> is empty and has no href: it must have exactly one of them';
        context.report('xliff/skeleton', element, message, '2.0 §4.2.2 <skeleton>');
      }
    }
    if (element.local === 'unit' && this.unit?.element === element) this.closeUnit(this.unit, context);
  }

  text(value: string): void {
    if (this.content.tracking && value.trim() !== '') this.content.mark();
  }

  private checkLanguageTags(element: XmlElement, context: RuleContext): void {
    const checks: Array<[string, string | undefined]> = [[XML_LANG, element.attributes.get(XML_LANG)]];
    if (element.uri === XLIFF_20_NS && element.local === 'xliff') {
      checks.push(['srcLang', element.attributes.get('srcLang')], ['trgLang', element.attributes.get('trgLang')]);
    }
    for (const [name, value] of checks) {
      if (value === undefined || (value === '' && name === XML_LANG) || isWellFormedLanguageTag(value)) continue;
      const shown = name === XML_LANG ? 'xml:lang' : name;
      context.report('xliff/bad-language-tag', element, `${shown}="${value}" is not a well-formed BCP 47 language tag`);
    }
  }

  private checkContentElement(element: XmlElement, context: RuleContext): void {
    const parent = context.ancestor();
    if (!parent || parent.uri !== XLIFF_20_NS || (parent.local !== 'segment' && parent.local !== 'ignorable')) return;
    const frame = context.frames.at(-1)!;
    const isSource = element.local === 'source';
    const expected = isSource ? context.srcLang : context.trgLang;
    if (frame.lang !== undefined && expected !== undefined && !sameLanguage(frame.lang, expected)) {
      const inherited = element.attributes.has(XML_LANG) ? '' : ' (inherited)';
      const documentAttribute = isSource ? 'srcLang' : 'trgLang';
      context.report(
        'xliff/wrong-language',
        element,
        `<${element.local}> has xml:lang="${frame.lang}"${inherited}, but the document's ${documentAttribute} is "${expected}": they must be equal`,
        isSource ? '2.0 §4.2.2 <source>' : '2.0 §4.2.2 <target>',
      );
    }
    if (isSource) {
      this.sourceSpace = frame.space;
      return;
    }
    if (this.sourceSpace !== undefined && frame.space !== this.sourceSpace) {
      context.report(
        'xliff/xml-space-mismatch',
        element,
        `<target> has xml:space="${frame.space}" but its <source> has xml:space="${this.sourceSpace}": they must be equal`,
      );
    }
    if (this.unit) {
      const order = element.attributes.get('order');
      this.unit.targets.push({ element, order: order === undefined ? this.unit.parts : Number(order), explicit: order !== undefined });
    }
  }

  private closeUnit(unit: UnitState, context: RuleContext): void {
    this.unit = undefined;
    if (unit.segments === 0) {
      context.report('xliff/unit-without-segment', unit.element, `<unit id="${unit.element.attributes.get('id') ?? ''}"> has no <segment>: a unit needs at least one`);
    }
    const seen = new Map<number, XmlElement>();
    for (const target of unit.targets) {
      if (target.explicit && (!Number.isInteger(target.order) || target.order < 1 || target.order > unit.parts)) {
        context.report('xliff/target-order', target.element, `order="${target.order}" is outside 1–${unit.parts}, the segments and ignorables of this unit`);
        continue;
      }
      const first = seen.get(target.order);
      if (first) {
        context.report('xliff/target-order', target.element, `target order ${target.order} is already used by the <target> at line ${first.line}: each order must be unique in the unit (an omitted order is the position of the segment or ignorable)`);
      } else seen.set(target.order, target.element);
    }
  }
}
