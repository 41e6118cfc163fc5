import { XLIFF_20_NS, XML_NS } from '../../namespaces.js';
import type { XmlElement } from '../../xml-events.js';
import type { RuleContext, RuleModule } from '../context.js';
import { attributeName, FS_NS, moduleByNamespace, MODULES, SLR_NS } from '../vocabulary.js';

/** Inline codes accept attributes of these namespaces only: Format Style, Size Restriction, and ITS (XLIFF 2.1). */
const codeAttributeNamespaces = new Set([XML_NS, FS_NS, SLR_NS, 'http://www.w3.org/2005/11/its', 'urn:oasis:names:tc:xliff:itsm:2.1']);
const codes = new Set(['ph', 'pc', 'sc', 'ec']);

/**
 * Elements and attributes in a module's namespace must be ones the module defines, and inline codes
 * take no extension attributes (§4.9.3, §5); the schemas' lax wildcards let both through.
 */
export class ModuleVocabularyRules implements RuleModule {
  open(element: XmlElement, context: RuleContext): void {
    const elementModule = moduleByNamespace.get(element.uri);
    if (elementModule && !(MODULES[elementModule].elements as readonly string[]).includes(element.local)) {
      context.report('xliff/unknown-module-node', element, `<${element.name}> is not an element of the ${elementModule} module (${MODULES[elementModule].elements.join(', ') || 'it defines no elements'})`);
    }
    const isCode = element.uri === XLIFF_20_NS && codes.has(element.local);
    for (const key of element.attributes.keys()) {
      const { uri, local } = attributeName(key);
      if (isCode && uri !== '' && !codeAttributeNamespaces.has(uri)) {
        context.report('xliff/misplaced-extension', element, `<${element.local}> has the extension attribute ${local} (namespace "${uri}"): inline codes take no extension attributes, only those of the fs and slr modules`);
      }
      const attributeModule = moduleByNamespace.get(uri);
      if (!attributeModule || attributeModule === elementModule) continue;
      if (!(MODULES[attributeModule].attributes as readonly string[]).includes(local)) {
        context.report('xliff/unknown-module-node', element, `${attributeModule}:${local} is not an attribute of the ${attributeModule} module (${MODULES[attributeModule].attributes.join(', ') || 'it defines no attributes'})`);
      }
    }
  }
}
