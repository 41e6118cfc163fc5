import type { XmlElement } from '../../xml-events.js';
import { XML_NS } from '../../namespaces.js';
import type { RuleContext, RuleModule } from '../context.js';
import { attributeName, VAL_NS } from '../vocabulary.js';

const tests = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'];

/** Validation module (§5.8): each <val:rule> states exactly one test (a custom rule is an extension attribute). */
export class ValidationRules implements RuleModule {
  open(element: XmlElement, context: RuleContext): void {
    if (element.uri !== VAL_NS || element.local !== 'rule') return;
    const present: string[] = [];
    for (const key of element.attributes.keys()) {
      const { uri, local } = attributeName(key);
      if ((uri === '' && tests.includes(local)) || (uri !== '' && uri !== XML_NS && uri !== VAL_NS)) present.push(uri === '' ? local : key);
    }
    if (present.length !== 1) {
      const found = present.length === 0 ? 'none' : present.join(', ');
      context.report('xliff/val-rule', element, `<val:rule> must have exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom (extension) attribute; it has ${found}`, '2.0 §5.8.4.2 rule');
    }
    if (element.attributes.get('existsInSource') === 'yes' && !['isPresent', 'startsWith', 'endsWith'].some((name) => element.attributes.has(name))) {
      context.report('xliff/val-rule', element, 'existsInSource="yes" needs isPresent, startsWith or endsWith on the same <val:rule>', '2.0 §5.8.5.6 existsInSource');
    }
  }
}
