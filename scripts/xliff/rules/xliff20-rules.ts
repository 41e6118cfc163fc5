import type { Diagnostic } from '../../core/diagnostic.js';
import { XLIFF_20_NS } from '../namespaces.js';
import type { XmlElement, XmlHandler } from '../xml-events.js';
import { RuleContext, type RuleModule } from './context.js';
import { CoreIdRules } from './core-ids.js';
import { CoreStructureRules } from './core-structure.js';
import { FragmentRefRules } from './fragment-refs.js';
import { InlineCodeRules } from './inline-codes.js';
import { ChangeTrackingRules } from './modules/change-tracking.js';
import { FormatStyleRules } from './modules/format-style.js';
import { GlossaryRules } from './modules/glossary.js';
import { MatchesRules } from './modules/matches.js';
import { ResourceDataRules } from './modules/resource-data.js';
import { SizeRestrictionRules } from './modules/size-restriction.js';
import { ValidationRules } from './modules/validation.js';
import { ModuleVocabularyRules } from './modules/vocabulary-check.js';

/**
 * The constraints and processing requirements of XLIFF 2.0 core (§4) and its modules (§5) that no
 * schema expresses, checked in one pass over the document's events: every module sees each element
 * once, keeps only what its scope (file, unit, segment) needs, and resolves forward references
 * when the scope closes.
 */
export class Xliff20Rules implements XmlHandler {
  private readonly context: RuleContext;
  private readonly modules: readonly RuleModule[] = [
    new CoreStructureRules(),
    new CoreIdRules(),
    new InlineCodeRules(),
    new FragmentRefRules(),
    new ModuleVocabularyRules(),
    new MatchesRules(),
    new GlossaryRules(),
    new FormatStyleRules(),
    new ResourceDataRules(),
    new ChangeTrackingRules(),
    new SizeRestrictionRules(),
    new ValidationRules(),
  ];
  /** Undefined until the root is seen; false for documents that are not XLIFF 2.x. */
  private active: boolean | undefined;

  constructor(fileName: string, extraPrefixes: Iterable<string> = []) {
    this.context = new RuleContext(fileName, extraPrefixes);
  }

  get diagnostics(): Diagnostic[] {
    return this.context.diagnostics;
  }

  open(element: XmlElement): void {
    if (this.active === undefined) {
      const version = element.attributes.get('version');
      this.active = element.uri === XLIFF_20_NS && element.local === 'xliff' && (version === '2.0' || version === '2.1');
    }
    if (!this.active) return;
    this.context.push(element);
    for (const module of this.modules) module.open?.(element, this.context);
  }

  close(element: XmlElement): void {
    if (!this.active) return;
    for (const module of this.modules) module.close?.(element, this.context);
    this.context.pop();
  }

  text(value: string): void {
    if (!this.active) return;
    for (const module of this.modules) module.text?.(value, this.context);
  }
}
