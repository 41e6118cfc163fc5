import { XLIFF_20_NS } from '../namespaces.js';
import type { XmlElement } from '../xml-events.js';
import type { RuleContext, RuleModule } from './context.js';
import { parseFragment } from './fragment-id.js';
import { GLS_NS, MTC_NS } from './vocabulary.js';

const spanElements = new Set(['segment', 'ignorable', 'mrk', 'sm', 'pc', 'sc', 'ph']);

/**
 * Fragment identifiers (`#…`) in ref attributes, and the rule of the Translation Candidates and
 * Glossary modules that their ref points to a span of the same unit (§5.1.6.5, §5.2.5.2).
 */
export class FragmentRefRules implements RuleModule {
  private unit: { element: XmlElement; ids: Set<string>; targetIds: Set<string>; refs: Array<{ element: XmlElement; ref: string }> } | undefined;
  private inTarget: XmlElement | undefined;

  open(element: XmlElement, context: RuleContext): void {
    const ref = element.attributes.get('ref');
    if (element.uri === XLIFF_20_NS) {
      if (element.local === 'unit') this.unit = { element, ids: new Set(), targetIds: new Set(), refs: [] };
      const parent = context.ancestor();
      if (element.local === 'target' && parent?.uri === XLIFF_20_NS && (parent.local === 'segment' || parent.local === 'ignorable')) this.inTarget = element;
      const id = element.attributes.get('id');
      if (this.unit && id !== undefined && spanElements.has(element.local)) (this.inTarget ? this.unit.targetIds : this.unit.ids).add(id);
      if ((element.local === 'mrk' || element.local === 'sm') && ref?.startsWith('#')) this.checkSyntax(element, ref, context);
      return;
    }
    const pointsIntoUnit = (element.uri === MTC_NS && element.local === 'match') || (element.uri === GLS_NS && element.local === 'glossEntry');
    if (!pointsIntoUnit || ref === undefined) return;
    if (!ref.startsWith('#')) {
      if (element.uri === MTC_NS) context.report('xliff/bad-fragment-id', element, `ref="${ref}" is not a fragment identifier: a match points to a span of its unit with "#id"`, '2.0 §5.1.6.5 ref');
      return;
    }
    if (this.checkSyntax(element, ref, context) && this.unit) this.unit.refs.push({ element, ref });
  }

  close(element: XmlElement, context: RuleContext): void {
    if (element === this.inTarget) this.inTarget = undefined;
    if (element.uri !== XLIFF_20_NS || element.local !== 'unit' || !this.unit) return;
    const unit = this.unit;
    this.unit = undefined;
    for (const { element: at, ref } of unit.refs) {
      const parsed = parseFragment(ref.slice(1), context.extraPrefixes);
      if (!parsed.ok) continue;
      const leaf = parsed.selectors.at(-1)!;
      const unitSelector = parsed.selectors.find((s) => s.prefix === 'u');
      const sameUnit = unitSelector === undefined ? !parsed.absolute : unitSelector.id === unit.element.attributes.get('id');
      const found = leaf.prefix === undefined ? unit.ids.has(leaf.id) : leaf.prefix === 't' && unit.targetIds.has(leaf.id);
      if (!sameUnit || !found) {
        const section = at.uri === MTC_NS ? '2.0 §5.1.6.5 ref' : '2.0 §5.2.5.2 ref';
        context.report('xliff/unresolved-reference', at, `ref="${ref}" does not point to a span of text (a segment, ignorable or inline element) in this unit`, section);
      }
    }
  }

  private checkSyntax(element: XmlElement, ref: string, context: RuleContext): boolean {
    const parsed = parseFragment(ref.slice(1), context.extraPrefixes);
    if (!parsed.ok) context.report('xliff/bad-fragment-id', element, `ref="${ref}" is not a valid XLIFF fragment identifier: ${parsed.problem}`);
    return parsed.ok;
  }
}
