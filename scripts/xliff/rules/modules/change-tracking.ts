import { XLIFF_20_NS } from '../../namespaces.js';
import type { XmlElement } from '../../xml-events.js';
import type { RuleContext, RuleModule } from '../context.js';
import { CTR_NS } from '../vocabulary.js';

/** appliesTo values naming elements that can occur more than once in their parent: when they do, ref must say which (§5.6.4.3). */
const repeatedElements = new Set(['note', 'segment', 'ignorable', 'data', 'match', 'glossEntry', 'resourceItem', 'resourceItemRef', 'mrk', 'sm', 'pc', 'sc', 'ec', 'ph']);
const containers = new Set(['file', 'group', 'unit']);

interface Revisions {
  readonly element: XmlElement;
  readonly ref: string;
  readonly items: Array<{ element: XmlElement; property: string }>;
}

interface Scope {
  readonly element: XmlElement;
  readonly ids: Map<string, XmlElement>;
  /** Core elements in this scope by name, to tell whether a <revisions> without ref is ambiguous. */
  readonly counts: Map<string, number>;
  readonly pending: Revisions[];
  readonly unnamed: Array<{ element: XmlElement; appliesTo: string }>;
}

/** Change Tracking module (§5.6): what a <revisions> refers to, and the properties its items record. */
export class ChangeTrackingRules implements RuleModule {
  private readonly scopes: Scope[] = [];
  private revisions: Revisions | undefined;
  private revisionProperties: Map<string, XmlElement> | undefined;

  open(element: XmlElement, context: RuleContext): void {
    const scope = this.scopes.at(-1);
    const id = element.attributes.get('id');
    if (scope && element.uri === XLIFF_20_NS) {
      if (id !== undefined) scope.ids.set(id, element);
      scope.counts.set(element.local, (scope.counts.get(element.local) ?? 0) + 1);
    }
    if (element.uri === XLIFF_20_NS && containers.has(element.local)) {
      this.scopes.push({ element, ids: new Map(), counts: new Map(), pending: [], unnamed: [] });
      return;
    }
    if (element.uri !== CTR_NS) return;
    if (element.local === 'revisions') this.openRevisions(element);
    else if (element.local === 'revision') this.revisionProperties = new Map();
    else if (element.local === 'item' && this.revisions) {
      const property = element.attributes.get('property') ?? '';
      const first = this.revisionProperties?.get(property);
      if (first) {
        context.report('xliff/ctr-revision', element, `property "${property}" is recorded twice in this <ctr:revision> (first at line ${first.line})`, '2.0 §5.6.5.6 property');
      } else this.revisionProperties?.set(property, element);
      this.revisions.items.push({ element, property });
    }
  }

  close(element: XmlElement, context: RuleContext): void {
    if (element.uri === CTR_NS && element.local === 'revisions') this.revisions = undefined;
    if (element.uri === CTR_NS && element.local === 'revision') this.revisionProperties = undefined;
    const scope = this.scopes.at(-1);
    if (scope?.element !== element) return;
    this.scopes.pop();
    for (const { element: revisions, appliesTo } of scope.unnamed) {
      if ((scope.counts.get(appliesTo) ?? 0) > 1) {
        context.report('xliff/ctr-revision', revisions, `<ctr:revisions appliesTo="${appliesTo}"> has no ref, but this <${element.local}> has ${scope.counts.get(appliesTo)} <${appliesTo}> elements: ref must name which`, '2.0 §5.6.4.3 revisions');
      }
    }
    for (const revisions of scope.pending) {
      const target = scope.ids.get(revisions.ref);
      if (!target) {
        context.report('xliff/unresolved-reference', revisions.element, `ref="${revisions.ref}" is not the id of an element in this <${element.local}>`, '2.0 §5.6.5.5 ref');
        continue;
      }
      for (const item of revisions.items) {
        if (item.property !== 'content' && !target.attributes.has(item.property)) {
          context.report('xliff/ctr-revision', item.element, `property "${item.property}" is neither "content" nor an attribute of the <${target.local}> it tracks (line ${target.line})`, '2.0 §5.6.5.6 property');
        }
      }
    }
  }

  private openRevisions(element: XmlElement): void {
    const appliesTo = element.attributes.get('appliesTo') ?? '';
    const ref = element.attributes.get('ref');
    if (ref === undefined) {
      if (repeatedElements.has(appliesTo)) this.scopes.at(-1)?.unnamed.push({ element, appliesTo });
      return;
    }
    this.revisions = { element, ref, items: [] };
    this.scopes.at(-1)?.pending.push(this.revisions);
  }
}
