import { XLIFF_20_NS } from '../../namespaces.js';
import type { XmlElement } from '../../xml-events.js';
import type { RuleContext, RuleModule } from '../context.js';
import { FS_NS } from '../vocabulary.js';

const FS = `{${FS_NS}}fs`;
const SUB_FS = `{${FS_NS}}subFs`;

/** The HTML element names fs may take (§5.3.5.1, after HTML5). */
const htmlElements = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup command ' +
    'datalist dd del details dfn div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html ' +
    'i iframe img input ins kbd keygen label legend li link map mark menu meta meter nav noscript object ol optgroup option output p ' +
    'param pre progress q rp rt ruby s samp script section select small source span strong style sub summary sup table tbody td ' +
    'textarea tfoot th thead time title tr track u ul var video wbr'
  ).split(' '),
);

/** Format Style module (§5.3). */
export class FormatStyleRules implements RuleModule {
  open(element: XmlElement, context: RuleContext): void {
    const fs = element.attributes.get(FS);
    const hasSubFs = element.attributes.has(SUB_FS);
    if (fs !== undefined && !htmlElements.has(fs)) {
      context.report('xliff/fs-value', element, `fs:fs="${fs}" is not the name of an HTML element`, '2.0 §5.3.5.1 fs');
    }
    if (hasSubFs && fs === undefined) context.report('xliff/fs-value', element, 'fs:subFs is set without fs:fs: subFs needs fs', '2.0 §5.3.5.2 subFs');
    const isolated = element.attributes.get('isolated') === 'yes';
    if ((fs !== undefined || hasSubFs) && element.uri === XLIFF_20_NS && element.local === 'ec' && !isolated) {
      context.report('xliff/fs-value', element, 'fs:fs or fs:subFs on an <ec> that is not isolated: put them on its <sc>', '2.0 §5.3.5.1 fs');
    }
  }
}
