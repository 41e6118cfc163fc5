import type { XmlElement } from '../../xml-events.js';
import type { RuleContext, RuleModule } from '../context.js';
import { GLS_NS } from '../vocabulary.js';

/** Glossary module (§5.2): an entry explains its term with a translation or a definition. */
export class GlossaryRules implements RuleModule {
  private entry: { element: XmlElement; explained: boolean } | undefined;

  open(element: XmlElement): void {
    if (element.uri !== GLS_NS) return;
    if (element.local === 'glossEntry') this.entry = { element, explained: false };
    else if (this.entry && (element.local === 'translation' || element.local === 'definition')) this.entry.explained = true;
  }

  close(element: XmlElement, context: RuleContext): void {
    if (element !== this.entry?.element) return;
    if (!this.entry.explained) {
      context.report('xliff/gls-entry', element, `<gls:glossEntry${idText(element)}> has neither <gls:translation> nor <gls:definition>: it needs at least one`);
    }
    this.entry = undefined;
  }
}

function idText(element: XmlElement): string {
  const id = element.attributes.get('id');
  return id === undefined ? '' : ` id="${id}"`;
}
