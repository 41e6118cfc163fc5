import { XLIFF_20_NS } from '../../namespaces.js';
import type { XmlElement } from '../../xml-events.js';
import type { RuleContext, RuleModule } from '../context.js';
import { SLR_NS } from '../vocabulary.js';

const slr = (local: string) => `{${SLR_NS}}${local}`;
const restrictionPattern = /^(?:\*|\d+(?:,(?:\d+|\*))?)$/;

/** Size and Length Restriction module (§5.7). */
export class SizeRestrictionRules implements RuleModule {
  /** Ids inside the <slr:data> children of an element, by that element. */
  private readonly dataIds = new Map<XmlElement, Set<string>>();
  private data: { element: XmlElement; ids: Set<string> } | undefined;
  /** The profiles <slr:profiles> of the current file declares. */
  private profiles: { general: string | undefined; storage: string | undefined } = { general: undefined, storage: undefined };

  open(element: XmlElement, context: RuleContext): void {
    const attributes = element.attributes;
    if (element.uri === XLIFF_20_NS && element.local === 'file') this.profiles = { general: undefined, storage: undefined };
    if (this.data && attributes.has('id')) this.data.ids.add(attributes.get('id')!);
    if (element.uri === SLR_NS && element.local === 'data') {
      const parent = context.ancestor();
      if (parent) {
        const ids = this.dataIds.get(parent) ?? new Set<string>();
        this.dataIds.set(parent, ids);
        this.data = { element, ids };
      }
    }
    for (const name of ['sizeRestriction', 'storageRestriction']) {
      const value = attributes.get(slr(name));
      if (value !== undefined && !restrictionPattern.test(value)) {
        context.report('xliff/slr-value', element, `slr:${name}="${value}" is not "*", "n", "n,m" or "n,*" with whole numbers n and m`, name === 'sizeRestriction' ? '2.0 §5.7.6.1.1 sizeRestriction' : '2.0 §5.7.6.2.1 storageRestriction');
      }
    }
    if (element.uri === SLR_NS && element.local === 'profiles') {
      this.profiles = { general: attributes.get('generalProfile'), storage: attributes.get('storageProfile') };
    }
    for (const name of ['sizeInfo', 'equivStorage'] as const) {
      const value = attributes.get(slr(name));
      if (value === undefined || /^\d+$/.test(value)) continue;
      // A custom profile may give these attributes another meaning; the xliff: profiles count whole units.
      const profile = name === 'sizeInfo' ? this.profiles.general : this.profiles.storage;
      if (/^[-+]?[\d.]+$/.test(value) || profile?.startsWith('xliff:')) {
        const under = profile ? ` under the profile "${profile}"` : '';
        context.report('xliff/slr-value', element, `slr:${name}="${value}" is not a whole number${under}`, name === 'sizeInfo' ? '2.0 §5.7.6.1.2 sizeInfo' : '2.0 §5.7.6.2.2 equivStorage');
      }
    }
    const sizeInfoRef = attributes.get(slr('sizeInfoRef'));
    if (sizeInfoRef !== undefined && attributes.has(slr('sizeInfo'))) {
      context.report('xliff/slr-value', element, 'slr:sizeInfo and slr:sizeInfoRef are both set: use one of them', '2.0 §5.7.5.10 sizeInfoRef');
    }
    if (sizeInfoRef !== undefined && !this.resolves(sizeInfoRef, context)) {
      context.report('xliff/unresolved-reference', element, `slr:sizeInfoRef="${sizeInfoRef}" names no element inside an <slr:data> beside this element or one of its ancestors`, '2.0 §5.7.5.10 sizeInfoRef');
    }
    if (element.uri === XLIFF_20_NS && element.local === 'ec' && attributes.get('isolated') !== 'yes') {
      for (const name of ['equivStorage', 'sizeInfo', 'sizeInfoRef']) {
        if (attributes.has(slr(name))) {
          context.report('xliff/slr-value', element, `slr:${name} on an <ec> that is not isolated: put it on its <sc>`, '2.0 §5.7.5.8–10 (sc/ec)');
        }
      }
    }
  }

  close(element: XmlElement): void {
    if (element === this.data?.element) this.data = undefined;
    this.dataIds.delete(element);
  }

  private resolves(id: string, context: RuleContext): boolean {
    for (let i = context.frames.length - 2; i >= 0; i--) {
      if (this.dataIds.get(context.frames[i]!.element)?.has(id)) return true;
    }
    return false;
  }
}
