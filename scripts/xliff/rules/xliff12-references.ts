import type { Diagnostic } from '../../core/diagnostic.js';
import { XLIFF_12_NS } from '../namespaces.js';
import type { XmlElement, XmlHandler } from '../xml-events.js';
import { xliffRule } from './rule-table.js';

/** 1.2 inline elements that may refer to another unit of the file with xid. */
const xidElements = new Set(['ph', 'bpt', 'ept', 'it', 'x', 'g', 'bx', 'ex', 'sub']);

/**
 * The reference of XLIFF 1.2 its schemas leave unresolved: `xid` names a <trans-unit> or
 * <bin-unit> of the same <file>, before or after it. (The schemas' keys already resolve segment
 * `mid`s, `<alt-trans mid>` and `phase-name`.)
 */
export class Xliff12References implements XmlHandler {
  readonly diagnostics: Diagnostic[] = [];
  private active: boolean | undefined;
  private unitIds = new Set<string>();
  private xids: XmlElement[] = [];

  constructor(private readonly fileName: string) {}

  open(element: XmlElement): void {
    if (this.active === undefined) this.active = element.uri === XLIFF_12_NS && element.attributes.get('version') === '1.2';
    if (!this.active || element.uri !== XLIFF_12_NS) return;
    const attributes = element.attributes;
    if (element.local === 'file') {
      this.unitIds = new Set();
      this.xids = [];
    }
    if ((element.local === 'trans-unit' || element.local === 'bin-unit') && attributes.has('id')) this.unitIds.add(attributes.get('id')!);
    if (xidElements.has(element.local) && attributes.has('xid')) this.xids.push(element);
  }

  close(element: XmlElement): void {
    if (!this.active || element.uri !== XLIFF_12_NS || element.local !== 'file') return;
    for (const at of this.xids) {
      const xid = at.attributes.get('xid')!;
      if (this.unitIds.has(xid)) continue;
      this.diagnostics.push({
        ruleId: 'xliff/unresolved-reference',
        severity: xliffRule('xliff/unresolved-reference').defaultSeverity,
        file: this.fileName,
        line: at.line,
        column: at.column,
        message: `xid="${xid}" names no <trans-unit> or <bin-unit> of this <file> (XLIFF 1.2, attribute xid)`,
      });
    }
  }

  text(): void {}
}
