import type { Diagnostic } from '../../core/diagnostic.js';
import { XML_NS } from '../namespaces.js';
import type { XmlElement } from '../xml-events.js';
import { xliffRule, type XliffRuleId } from './rule-table.js';

export const XML_LANG = `{${XML_NS}}lang`;
export const XML_SPACE = `{${XML_NS}}space`;
export const XML_ID = `{${XML_NS}}id`;

/** An open element with what it inherits. */
export interface Frame {
  readonly element: XmlElement;
  /** Explicit or inherited xml:lang; undefined when none is in effect. */
  readonly lang: string | undefined;
  /** Explicit or inherited xml:space. */
  readonly space: string;
}

/** What every XLIFF 2.0 rule module sees: the open elements, the document languages, and where findings go. */
export class RuleContext {
  readonly frames: Frame[] = [];
  srcLang: string | undefined;
  trgLang: string | undefined;
  /** Fragment identifier prefixes registered besides those of XLIFF and its modules. */
  readonly extraPrefixes: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly fileName: string,
    extraPrefixes: Iterable<string>,
  ) {
    this.extraPrefixes = new Set(extraPrefixes);
  }

  push(element: XmlElement): Frame {
    const parent = this.frames.at(-1);
    const frame: Frame = {
      element,
      lang: element.attributes.get(XML_LANG) ?? parent?.lang,
      space: element.attributes.get(XML_SPACE) ?? parent?.space ?? 'default',
    };
    this.frames.push(frame);
    return frame;
  }

  pop(): void {
    this.frames.pop();
  }

  /** The element `levels` above the current one (1: its parent). */
  ancestor(levels = 1): XmlElement | undefined {
    return this.frames[this.frames.length - 1 - levels]?.element;
  }

  /** Reports a finding at an element (or position); the message is followed by the section of the standard. */
  report(ruleId: XliffRuleId, at: { line: number; column: number }, message: string, section?: string): void {
    const rule = xliffRule(ruleId);
    this.diagnostics.push({
      ruleId,
      severity: rule.defaultSeverity,
      file: this.fileName,
      line: at.line,
      column: at.column,
      message: `${message} (XLIFF ${section ?? rule.specSection})`,
    });
  }
}

/** One group of rules, fed the document's elements in order. */
export interface RuleModule {
  open?(element: XmlElement, context: RuleContext): void;
  close?(element: XmlElement, context: RuleContext): void;
  text?(value: string, context: RuleContext): void;
}

export function isNmtoken(value: string): boolean {
  return /^[\p{L}\p{M}\p{Nd}._:\-\u00B7\u203F\u2040]+$/u.test(value);
}

/** Whether the element holds anything: an element or text other than white space. */
export class ContentTracker {
  private readonly open = new Map<XmlElement, boolean>();
  start(element: XmlElement): void {
    this.open.set(element, false);
  }
  /** Marks every tracked open element as non-empty. */
  mark(): void {
    for (const key of this.open.keys()) this.open.set(key, true);
  }
  end(element: XmlElement): boolean {
    const has = this.open.get(element) ?? false;
    this.open.delete(element);
    return has;
  }
  get tracking(): boolean {
    return this.open.size > 0;
  }
}
