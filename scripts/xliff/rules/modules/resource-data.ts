import type { XmlElement } from '../../xml-events.js';
import { ContentTracker, XML_LANG, type RuleContext, type RuleModule } from '../context.js';
import { sameLanguage } from '../language-tag.js';
import { RES_NS } from '../vocabulary.js';

/** Resource Data module (§5.5): <res:source>/<res:target> have href exactly when empty; <res:source> is in the source language. */
export class ResourceDataRules implements RuleModule {
  private readonly content = new ContentTracker();

  open(element: XmlElement, context: RuleContext): void {
    this.content.mark();
    if (element.uri !== RES_NS || (element.local !== 'source' && element.local !== 'target')) return;
    this.content.start(element);
    // Only the source's language is constrained: a resource's target may be any locale's variant.
    const lang = element.attributes.get(XML_LANG);
    if (element.local === 'source' && lang !== undefined && context.srcLang !== undefined && !sameLanguage(lang, context.srcLang)) {
      context.report('xliff/res-item', element, `<res:source> has xml:lang="${lang}" but the document's srcLang is "${context.srcLang}": they must be equal`, '2.0 §5.5.4.5 source');
    }
  }

  text(value: string): void {
    if (this.content.tracking && value.trim() !== '') this.content.mark();
  }

  close(element: XmlElement, context: RuleContext): void {
    if (element.uri !== RES_NS || (element.local !== 'source' && element.local !== 'target')) return;
    const hasContent = this.content.end(element);
    const hasHref = element.attributes.has('href');
    if (hasContent === hasHref) {
      const problem = hasHref ? 'has both href and content' : 'is empty and has no href';
      context.report('xliff/res-item', element, `<res:${element.local}> ${problem}: href is required exactly when it is empty`, element.local === 'source' ? '2.0 §5.5.4.5 source' : '2.0 §5.5.4.6 target');
    }
  }
}
