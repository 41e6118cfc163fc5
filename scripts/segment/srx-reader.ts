import { readFile } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import type { Position } from '../core/position.js';
import { InputError } from '../core/errors.js';
import { jsFlags, RegexTranslationError, translateIcuRegex } from './icu-regex.js';
import { translateRule, zeroWidthRuleSource } from './rule-regex.js';
import type { SrxLanguageMap, SrxLanguageRule, SrxRule, SrxRules } from './srx-rules.js';

const SRX_NAMESPACES = new Set(['http://www.lisa.org/srx20', 'http://www.lisa.org/srx10', '']);

/** Elements each SRX element may contain. */
const ALLOWED_CHILDREN: Record<string, readonly string[]> = {
  '#document': ['srx'],
  srx: ['header', 'body'],
  header: ['formathandle'],
  formathandle: [],
  body: ['languagerules', 'maprules'],
  languagerules: ['languagerule'],
  languagerule: ['rule'],
  rule: ['beforebreak', 'afterbreak'],
  beforebreak: [],
  afterbreak: [],
  // SRX 1.0 wraps language maps in named <maprule> elements; 2.0 lists them directly.
  maprules: ['languagemap', 'maprule'],
  maprule: ['languagemap'],
  languagemap: [],
};

interface OpenElement {
  readonly name: string;
  /** Foreign-namespace extension (allowed inside <header> only) whose content is skipped. */
  readonly foreign: boolean;
  readonly contentPosition: Position;
  text: string;
}

interface RuleDraft {
  readonly isBreak: boolean;
  readonly position: Position;
  beforeBreak?: { text: string; position: Position };
  afterBreak?: { text: string; position: Position };
}

/** Reads an SRX file; see {@link parseSrx}. Throws InputError when it cannot be read. */
export async function loadSrx(path: string): Promise<SrxRules> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read SRX file: ${(error as Error).message}`, path, undefined, { cause: error });
  }
  return parseSrx(text, path);
}

/**
 * Parses an SRX 2.0 document (SRX 1.0 is read too: its first `<maprule>` is used).
 * Every rule regex is checked here, so a returned rule set always compiles.
 * Throws InputError naming `fileName`, line and column for malformed XML, an
 * element where SRX allows none, a missing or invalid attribute, an unknown
 * language rule name, or a regex that does not compile.
 */
export function parseSrx(text: string, fileName: string, options: { checkRegexes?: boolean } = {}): SrxRules {
  return new SrxReader(text, fileName, options.checkRegexes ?? true).read();
}

class SrxReader {
  private readonly parser: SaxesParser<{ xmlns: true; position: true; fileName: string }>;
  private readonly stack: OpenElement[] = [];
  private tagStart: Position = { line: 1, column: 1 };
  private sawRoot = false;
  private version = '';
  private cascade = false;
  private segmentSubflows = true;
  private readonly languageRules = new Map<string, SrxLanguageRule>();
  private readonly languageMaps: SrxLanguageMap[] = [];
  private currentLanguageRule: { name: string; position: Position; rules: SrxRule[] } | undefined;
  private currentRule: RuleDraft | undefined;
  private mapruleCount = 0;

  constructor(
    private readonly text: string,
    private readonly fileName: string,
    /** Off only for the shipped rules, which the tests compile: checking costs as much as compiling. */
    private readonly checkRegexes: boolean,
  ) {
    this.parser = new SaxesParser({ xmlns: true, position: true, fileName });
  }

  read(): SrxRules {
    const parser = this.parser;
    parser.on('opentagstart', (tag) => {
      // The parser has just read "<name" and the character after it; step back to the "<".
      this.tagStart = { line: parser.line, column: parser.columnIndex - tag.name.length - 1 };
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', () => this.close());
    parser.on('text', (content) => this.addText(content));
    parser.on('cdata', (content) => this.addText(content, true));
    try {
      parser.write(this.text).close();
    } catch (error) {
      if (error instanceof InputError) throw error;
      const raw = (error as Error).message.replace(/^.*?:\d+:\d+: /, '');
      throw new InputError(`malformed XML: ${raw}`, this.fileName, this.here(), { cause: error });
    }
    if (!this.sawRoot) throw new InputError('not an SRX document: no <srx> element', this.fileName);
    for (const map of this.languageMaps) {
      if (!this.languageRules.has(map.languageRuleName)) {
        throw this.error(`languagemap refers to an unknown languagerule "${map.languageRuleName}"`, map.position);
      }
    }
    return {
      fileName: this.fileName,
      version: this.version,
      cascade: this.cascade,
      segmentSubflows: this.segmentSubflows,
      languageRules: this.languageRules,
      languageMaps: this.languageMaps,
    };
  }

  private here(): Position {
    return { line: this.parser.line, column: Math.max(1, this.parser.columnIndex) };
  }

  private error(message: string, position: Position): InputError {
    return new InputError(message, this.fileName, position);
  }

  private open(tag: SaxesTagNS): void {
    const parent = this.stack[this.stack.length - 1];
    const contentPosition: Position = { line: this.parser.line, column: this.parser.columnIndex + 1 };
    const foreign = !SRX_NAMESPACES.has(tag.uri);
    if (parent?.foreign || (foreign && this.insideHeader())) {
      this.stack.push({ name: tag.local, foreign: true, contentPosition, text: '' });
      return;
    }
    const parentName = parent?.name ?? '#document';
    const allowed = ALLOWED_CHILDREN[parentName] ?? [];
    if (foreign || !allowed.includes(tag.local)) {
      const expected = allowed.length > 0 ? `expected ${allowed.map((name) => `<${name}>`).join(' or ')}` : 'no child elements allowed';
      const where = parent ? `inside <${parentName}>` : 'at the top level';
      throw this.error(`unexpected element <${tag.name}> ${where}: ${expected}`, this.tagStart);
    }
    this.stack.push({ name: tag.local, foreign: false, contentPosition, text: '' });
    this.start(tag);
  }

  private insideHeader(): boolean {
    return this.stack.some((element) => element.name === 'header' && !element.foreign);
  }

  private attribute(tag: SaxesTagNS, name: string): string | undefined {
    const attribute = (tag.attributes as Record<string, SaxesAttributeNS>)[name];
    return attribute?.value;
  }

  private requiredAttribute(tag: SaxesTagNS, name: string): string {
    const value = this.attribute(tag, name);
    if (value === undefined || value.trim() === '') {
      throw this.error(`<${tag.local}> needs a ${name} attribute`, this.tagStart);
    }
    return value;
  }

  private yesNo(tag: SaxesTagNS, name: string, fallback: boolean): boolean {
    const value = this.attribute(tag, name);
    if (value === undefined) return fallback;
    const normalized = value.trim().toLowerCase();
    if (normalized === 'yes') return true;
    if (normalized === 'no') return false;
    throw this.error(`<${tag.local}> ${name}="${value}": expected "yes" or "no"`, this.tagStart);
  }

  private start(tag: SaxesTagNS): void {
    switch (tag.local) {
      case 'srx':
        this.sawRoot = true;
        this.version = this.attribute(tag, 'version') ?? '';
        break;
      case 'header':
        this.segmentSubflows = this.yesNo(tag, 'segmentsubflows', true);
        this.cascade = this.yesNo(tag, 'cascade', false);
        break;
      case 'languagerule': {
        const name = this.requiredAttribute(tag, 'languagerulename');
        if (this.languageRules.has(name)) throw this.error(`languagerule "${name}" is defined twice`, this.tagStart);
        this.currentLanguageRule = { name, position: this.tagStart, rules: [] };
        break;
      }
      case 'rule':
        this.currentRule = { isBreak: this.yesNo(tag, 'break', true), position: this.tagStart };
        break;
      case 'beforebreak':
      case 'afterbreak': {
        const rule = this.currentRule!;
        const key = tag.local === 'beforebreak' ? 'beforeBreak' : 'afterBreak';
        if (rule[key]) throw this.error(`<rule> has more than one <${tag.local}>`, this.tagStart);
        break;
      }
      case 'maprule':
        this.mapruleCount++;
        break;
      case 'languagemap': {
        const languagePattern = this.requiredAttribute(tag, 'languagepattern');
        const languageRuleName = this.requiredAttribute(tag, 'languagerulename');
        this.checkRegex(languagePattern, 'languagepattern', this.tagStart);
        // With several SRX 1.0 maprules, the first one is the rule set.
        if (this.mapruleCount <= 1) this.languageMaps.push({ languagePattern, languageRuleName, position: this.tagStart });
        break;
      }
    }
  }

  private addText(content: string, isCdata = false): void {
    const element = this.stack[this.stack.length - 1];
    if (!element || element.foreign) return;
    if (element.name === 'beforebreak' || element.name === 'afterbreak') {
      element.text += content;
      return;
    }
    if (!isCdata && content.trim() === '') return;
    throw this.error(`unexpected text inside <${element.name}>`, this.here());
  }

  private close(): void {
    const element = this.stack.pop()!;
    if (element.foreign) return;
    switch (element.name) {
      case 'beforebreak':
      case 'afterbreak': {
        const key = element.name === 'beforebreak' ? 'beforeBreak' : 'afterBreak';
        if (this.checkRegexes) this.checkRegex(element.text, element.name, element.contentPosition);
        this.currentRule![key] = { text: element.text, position: element.contentPosition };
        break;
      }
      case 'rule': {
        const draft = this.currentRule!;
        if (this.checkRegexes) this.checkRulePair(draft);
        this.currentLanguageRule!.rules.push({
          isBreak: draft.isBreak,
          beforeBreak: draft.beforeBreak?.text ?? '',
          afterBreak: draft.afterBreak?.text ?? '',
          position: draft.position,
        });
        this.currentRule = undefined;
        break;
      }
      case 'languagerule': {
        const languageRule = this.currentLanguageRule!;
        this.languageRules.set(languageRule.name, languageRule);
        this.currentLanguageRule = undefined;
        break;
      }
    }
  }

  private checkRegex(pattern: string, what: string, position: Position): void {
    try {
      const translated = translateIcuRegex(pattern);
      new RegExp(translated.source, jsFlags(translated.flags));
    } catch (error) {
      if (error instanceof RegexTranslationError) {
        throw this.error(`<${what}> regex "${pattern}": ${error.message} (at character ${error.index + 1})`, position);
      }
      if (error instanceof SyntaxError) {
        throw this.error(`<${what}> regex "${pattern}" does not compile: ${error.message}`, position);
      }
      throw error;
    }
  }

  /** The pair is used as look-behind plus look-ahead; check that combination compiles too. */
  private checkRulePair(draft: RuleDraft): void {
    const position = draft.beforeBreak?.position ?? draft.position;
    try {
      const rule = translateRule(draft.beforeBreak?.text ?? '', draft.afterBreak?.text ?? '');
      new RegExp(zeroWidthRuleSource(rule), jsFlags(rule.flags));
    } catch (error) {
      if (error instanceof RegexTranslationError) throw this.error(`<rule>: ${error.message}`, position);
      if (error instanceof SyntaxError) {
        throw this.error(`<rule> regexes do not compile together: ${error.message}`, position);
      }
      throw error;
    }
  }
}
