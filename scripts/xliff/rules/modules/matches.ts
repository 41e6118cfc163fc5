import type { XmlElement } from '../../xml-events.js';
import { XML_LANG, type RuleContext, type RuleModule } from '../context.js';
import { MTC_NS } from '../vocabulary.js';

/** Translation Candidates module (§5.1); match ids are checked with the other ids, refs with fragment identifiers. */
export class MatchesRules implements RuleModule {
  open(element: XmlElement, context: RuleContext): void {
    if (element.uri !== MTC_NS || element.local !== 'match') return;
    if (element.attributes.has(XML_LANG)) {
      context.report('xliff/mtc-match', element, '<mtc:match> has xml:lang, which it must not have: the languages are those of the document', '2.0 §5.1.5.3 match');
    }
    if (element.attributes.has('subType') && !element.attributes.has('type')) {
      context.report('xliff/mtc-match', element, `<mtc:match> has subType="${element.attributes.get('subType')}" but no type: subType needs type`, '2.0 §5.1.6.8 subType');
    }
  }
}
