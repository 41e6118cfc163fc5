import type { XmlElement } from '../../xml-events.js';
import type { RuleContext, RuleModule } from '../context.js';
import { attributeName, moduleByNamespace, MODULES } from '../vocabulary.js';

/** Elements and attributes in a module's namespace must be ones the module defines (§5; unknown ones would pass the schemas' lax wildcards). */
export class ModuleVocabularyRules implements RuleModule {
  open(element: XmlElement, context: RuleContext): void {
    const elementModule = moduleByNamespace.get(element.uri);
    if (elementModule && !(MODULES[elementModule].elements as readonly string[]).includes(element.local)) {
      context.report('xliff/unknown-module-node', element, `<${element.name}> is not an element of the ${elementModule} module (${MODULES[elementModule].elements.join(', ') || 'it defines no elements'})`);
    }
    for (const key of element.attributes.keys()) {
      const { uri, local } = attributeName(key);
      const attributeModule = moduleByNamespace.get(uri);
      if (!attributeModule || attributeModule === elementModule) continue;
      if (!(MODULES[attributeModule].attributes as readonly string[]).includes(local)) {
        context.report('xliff/unknown-module-node', element, `${attributeModule}:${local} is not an attribute of the ${attributeModule} module (${MODULES[attributeModule].attributes.join(', ') || 'it defines no attributes'})`);
      }
    }
  }
}
