import { XLIFF_20_NS } from '../namespaces.js';
import type { XmlElement } from '../xml-events.js';
import { XML_ID, type RuleContext, type RuleModule } from './context.js';
import { GLS_NS, isXliffNamespace, MDA_NS, MTC_NS, RES_NS } from './vocabulary.js';

interface Scope {
  readonly ns: string;
  readonly local: string;
  readonly members: readonly string[];
  readonly what: string;
  readonly section: string;
}

/** Ids that must be unique among some children of an element (file, group, unit and segment ids are checked with the 1.2 rules). */
const scopes: readonly Scope[] = [
  { ns: XLIFF_20_NS, local: 'notes', members: ['note'], what: '<note> id', section: '2.0 §4.2.2 <note>' },
  { ns: XLIFF_20_NS, local: 'originalData', members: ['data'], what: '<data> id', section: '2.0 §4.2.2 <data>' },
  { ns: MDA_NS, local: 'metadata', members: ['metaGroup'], what: '<mda:metaGroup> id', section: '2.0 §5.4 Metadata, <metaGroup>' },
  { ns: GLS_NS, local: 'glossary', members: ['glossEntry', 'translation'], what: '<gls:glossEntry>/<gls:translation> id', section: '2.0 §5.2.5.1 id' },
  { ns: MTC_NS, local: 'matches', members: ['match'], what: '<mtc:match> id', section: '2.0 §5.1.6.1 id' },
  { ns: RES_NS, local: 'resourceData', members: ['resourceItem', 'resourceItemRef'], what: '<res:resourceItem>/<res:resourceItemRef> id', section: '2.0 §5.5.4.3, §5.5.4.4' },
];

const containers = new Set(['file', 'group', 'unit']);

/** Uniqueness of the ids §4 and §5 scope to one element: notes, data, module items, extension elements. */
export class CoreIdRules implements RuleModule {
  private readonly openScopes: Array<{ element: XmlElement; scope: Scope; ids: Map<string, XmlElement> }> = [];
  /** Extension elements below <file>, <group> or <unit>, with the id map of that container. */
  private readonly extensionScopes = new Map<XmlElement, Map<string, XmlElement>>();

  open(element: XmlElement, context: RuleContext): void {
    const id = element.attributes.get('id');
    if (id !== undefined) {
      for (let i = this.openScopes.length - 1; i >= 0; i--) {
        const entry = this.openScopes[i]!;
        if (entry.scope.ns !== element.uri || !entry.scope.members.includes(element.local)) continue;
        unique(entry.ids, id, element, context, `${entry.scope.what} "${id}" is repeated in this <${entry.element.name}>`, entry.scope.section);
        break;
      }
    }
    const scope = scopes.find((s) => s.ns === element.uri && s.local === element.local);
    if (scope) this.openScopes.push({ element, scope, ids: new Map() });
    this.openExtension(element, context);
  }

  close(element: XmlElement): void {
    if (this.openScopes.at(-1)?.element === element) this.openScopes.pop();
    this.extensionScopes.delete(element);
  }

  private openExtension(element: XmlElement, context: RuleContext): void {
    const parent = context.ancestor();
    if (!parent) return;
    if (element.uri === XLIFF_20_NS && containers.has(element.local)) {
      this.extensionScopes.set(element, new Map());
      return;
    }
    if (isXliffNamespace(element.uri)) return;
    const ids = this.extensionScopes.get(parent);
    if (!ids) return;
    this.extensionScopes.set(element, ids);
    for (const key of ['id', XML_ID]) {
      const id = element.attributes.get(key);
      if (id === undefined) continue;
      unique(ids, id, element, context, `extension element id "${id}" is repeated among the extension elements of this <${ownerName(context)}>`, '2.0 §4.9 Extension Mechanisms');
    }
  }
}

function ownerName(context: RuleContext): string {
  for (let i = context.frames.length - 1; i >= 0; i--) {
    const element = context.frames[i]!.element;
    if (element.uri === XLIFF_20_NS && containers.has(element.local)) return element.local;
  }
  return 'file';
}

function unique(ids: Map<string, XmlElement>, id: string, element: XmlElement, context: RuleContext, message: string, section: string): void {
  const first = ids.get(id);
  if (first) context.report('xliff/duplicate-id', element, `${message} (first at line ${first.line}): ids must be unique there`, section);
  else ids.set(id, element);
}
