/**
 * Reads TBX termbases into the glossary model:
 *
 * - TBX v3 (ISO 30042:2019): `<tbx type="TBX-Basic" style="dca|dct">` with
 *   conceptEntry/langSec/termSec. DCA style names data categories in `type`
 *   attributes (`<termNote type="administrativeStatus">`); DCT style uses
 *   elements from module namespaces (`<min:administrativeStatus>`,
 *   `<basic:definition>`). Both core namespaces seen in the wild
 *   (`urn:iso:std:iso:30042:ed-2`, `urn:iso:std:iso:30042:ed:3.0`) are read.
 * - TBX v2 (ISO 30042:2008): `<martif>` with termEntry/langSet/tig|ntig.
 *
 * Reading is lenient about values other tools write (`preferredTerm` without
 * the `-admn-sts` suffix, `normativeAuthorization` instead of
 * `administrativeStatus`, `properNoun`) but every problem it cannot resolve is
 * reported with file, line and column. A DOCTYPE may name an external DTD
 * (never read); internal subsets and entity declarations are refused
 * (xml-tree.ts).
 *
 * Definitions, notes, sources and cross-references are kept at the level the
 * file gives them (concept, language section, term), as are the other
 * TBX-Basic term data categories, so writeTbx gives them back.
 *
 * A term Glossa cannot use — no <term>, no letter or digit in it ("-", ""),
 * no language — is skipped with a warning naming it and its line; the rest of
 * the file is read. Warnings are Diagnostics (rule `glossary/skipped-term`).
 *
 * A term whose crossReference (`<ref type="crossReference" target="…">`, DCT
 * `crossReference`) points at another term section of the same language
 * section is read as derived from that term (киевский from Киев); cross
 * references to anything else are kept as documentation.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { Position } from '../core/position.js';
import { checkGlossary } from './glossary-check.js';
import { sortByStatus, type Mutable } from './glossary-build.js';
import { ProblemCollector } from './glossary-error.js';
import { checkLanguageCode } from './language-code.js';
import { partOfSpeechFrom, statusFrom, tbxStatusValues } from './interchange-values.js';
import type { Concept, ContextRule, CrossReference, Documentation, LanguageDetails, LanguageSettings, ParsedGlossary, Term, TermDetails, Transaction } from './model.js';
import { SourcePositions } from './source-positions.js';
import {
  ExtensionDataError,
  contextNotePrefix,
  decodeContextNote,
  decodeLanguages,
  decodeMatchNote,
  languagesParagraphType,
  matchNotePrefix,
} from './tbx-extension.js';
import { collapsedTextOf, parseXmlTree, proseTextOf, textOf, type XmlElement } from './xml-tree.js';

/** Elements whose `type` attribute names the data category (DCA style, and TBX v2). */
const metaElements = new Set(['descrip', 'admin', 'termNote', 'descripNote', 'adminNote', 'transac', 'transacNote', 'ref', 'xref']);
/** Grouping elements: a descrip (definition, context) with its source and notes, or an admin with its adminNote. */
const groupElements = new Set(['descripGrp', 'adminGrp', 'termNoteGrp']);
/** Data categories that link somewhere; `image` is the TBX v3 name of v2's `xGraphic`. */
const linkCategories = new Set(['crossReference', 'externalCrossReference', 'xGraphic', 'image', 'xSource']);
/** Single-valued term data categories kept as written. */
const termValueCategories = ['termType', 'grammaticalGender', 'geographicalUsage', 'termLocation'] as const;

export const skippedTermRule = 'glossary/skipped-term';

/**
 * Parses a TBX v2 or v3 document; throws a GlossaryError (or InputError for
 * XML problems) naming file, line and column. Terms that cannot be used are
 * skipped; each skip is added to `warnings` when given.
 */
export function parseTbx(text: string, fileName: string, warnings?: Diagnostic[]): ParsedGlossary {
  const root = parseXmlTree(text, fileName);
  const reader = new TbxReader(root, fileName);
  const glossary = reader.read();
  reader.problems.throwIfAny();
  warnings?.push(...reader.warnings);
  return glossary;
}

/** Everything one level (concept, language section, term) says besides its terms. */
interface LevelData {
  definition?: string;
  definitionSource?: string;
  example?: string;
  exampleSource?: string;
  readonly notes: XmlElement[];
  readonly sources: string[];
  readonly crossReferences: CrossReference[];
  readonly transactions: Transaction[];
  /** Single-valued data categories (subjectField, partOfSpeech, …) by name, the first one found. */
  readonly values: Map<string, XmlElement>;
  /** Child sections: langSec/langSet in a concept, termSec/tig/ntig in a language. */
  readonly sections: XmlElement[];
}

class TbxReader {
  readonly problems: ProblemCollector;
  readonly warnings: Diagnostic[] = [];
  readonly positions = new SourcePositions();
  private readonly coreUri: string;

  constructor(
    private readonly root: XmlElement,
    private readonly fileName: string,
  ) {
    this.problems = new ProblemCollector(fileName);
    this.coreUri = root.uri;
  }

  read(): ParsedGlossary {
    const root = this.root;
    const empty: ParsedGlossary = { concepts: [], languages: {} };
    let entryName: string;
    if (root.local === 'tbx') {
      entryName = 'conceptEntry';
      const style = root.attributes.style;
      if (style !== undefined && style !== 'dca' && style !== 'dct') {
        this.problems.add(`unknown TBX style '${style}'; expected 'dca' or 'dct'`, root.position);
      }
      const type = root.attributes.type;
      if (type !== undefined && !type.startsWith('TBX')) this.problems.add(`'${type}' is not a TBX dialect name`, root.position);
    } else if (root.local === 'martif') {
      entryName = 'termEntry';
    } else {
      this.problems.add(`not a TBX file: the root element is <${root.local}>, expected <tbx> (TBX v3) or <martif> (TBX v2)`, root.position);
      return empty;
    }
    const languages = this.readHeader(root);
    const body = this.core(this.core(root, 'text')[0], 'body')[0];
    if (!body) {
      this.problems.add('the TBX file has no text/body element', root.position);
      return empty;
    }
    const concepts: Concept[] = [];
    for (const entry of this.core(body, entryName)) {
      const concept = this.readEntry(entry, concepts.length);
      if (concept) concepts.push(concept);
    }
    const glossary: ParsedGlossary = { concepts, languages };
    checkGlossary(glossary, this.problems, this.positions);
    return glossary;
  }

  private readHeader(root: XmlElement): Record<string, LanguageSettings> {
    const header = this.core(root, root.local === 'tbx' ? 'tbxHeader' : 'martifHeader')[0];
    const encoding = this.core(header, 'encodingDesc')[0];
    for (const paragraph of this.core(encoding, 'p')) {
      if (paragraph.attributes.type !== languagesParagraphType) continue;
      try {
        const languages = decodeLanguages(textOf(paragraph));
        for (const settings of Object.values(languages)) this.positions.set(settings, paragraph.position);
        return languages;
      } catch (error) {
        if (!(error instanceof ExtensionDataError)) throw error;
        this.problems.add(error.message, paragraph.position);
      }
    }
    return {};
  }

  private readEntry(entry: XmlElement, index: number): Concept | undefined {
    const id = entry.attributes.id ?? `entry-${index + 1}`;
    const data = this.readLevel(entry.children);
    const concept: Mutable<Concept> = { id, terms: {} };
    const subject = data.values.get('subjectField');
    if (subject) concept.subject = collapsedTextOf(subject);
    if (data.definition !== undefined) concept.definition = data.definition;
    if (data.definitionSource !== undefined) concept.definitionSource = data.definitionSource;
    const note = this.joinNotes(data.notes);
    if (note !== undefined) concept.note = note;
    this.copyDocumentation(data, concept);
    const terms: Record<string, Term[]> = {};
    const details: Record<string, LanguageDetails> = {};
    for (const section of data.sections) {
      const lang = this.language(section);
      const found = this.readLanguage(section, concept.id, lang ?? 'unknown-language');
      if (lang === undefined) continue;
      if (lang === null) {
        const names = found.terms.map((term) => `'${term.text}'`).join(', ');
        const one = found.terms.length === 1;
        this.skip(
          `concept '${id}': ${one ? 'term' : 'terms'} ${names || '(none)'} skipped: the <${section.local}> has no xml:lang, so nothing says which language ${one ? 'it is' : 'they are'} in`,
          section.position,
        );
        continue;
      }
      if (found.details) details[lang] = details[lang] ? mergeDetails(details[lang], found.details) : found.details;
      if (found.terms.length === 0) continue;
      const list = terms[lang] ?? [];
      if (!terms[lang]) {
        terms[lang] = list;
        this.positions.set(list, section.position);
      }
      list.push(...found.terms);
    }
    if (Object.keys(details).length > 0) concept.languageDetails = details;
    if (Object.keys(terms).length === 0) {
      this.skip(`concept '${id}' skipped: it has no usable term`, entry.position);
      return undefined;
    }
    const sorted: Record<string, readonly Term[]> = {};
    for (const [lang, list] of Object.entries(terms)) {
      const ordered = sortByStatus(list);
      this.positions.set(ordered, this.positions.get(list));
      sorted[lang] = ordered;
    }
    concept.terms = sorted;
    this.positions.set(concept, entry.position);
    return concept;
  }

  private readLanguage(langSec: XmlElement, conceptId: string, lang: string): { terms: Term[]; details: LanguageDetails | undefined } {
    const data = this.readLevel(langSec.children);
    const terms: Term[] = [];
    const byId = new Map<string, Mutable<Term>>();
    for (const section of data.sections) {
      const term = this.readTerm(section, conceptId, lang);
      if (!term) continue;
      terms.push(term);
      const id = section.attributes.id;
      if (id !== undefined) byId.set(id, term);
    }
    this.linkDerivedTerms(terms, byId);
    const details: Mutable<LanguageDetails> = {};
    if (data.definition !== undefined) details.definition = data.definition;
    if (data.definitionSource !== undefined) details.definitionSource = data.definitionSource;
    const note = this.joinNotes(data.notes);
    if (note !== undefined) details.note = note;
    this.copyDocumentation(data, details);
    if (data.sections.length === 0 && Object.keys(details).length === 0) {
      this.skip(`concept '${conceptId}': an empty ${lang} language section skipped`, langSec.position);
    }
    return { terms, details: Object.keys(details).length > 0 ? details : undefined };
  }

  /** A crossReference from a term to another term section of its language section makes it a derived term of that one. */
  private linkDerivedTerms(terms: readonly Mutable<Term>[], byId: ReadonlyMap<string, Mutable<Term>>): void {
    for (const term of terms) {
      const link = term.crossReferences?.find((candidate) => candidate.type === 'crossReference' && candidate.target !== undefined && byId.has(candidate.target));
      const base = link ? byId.get(link.target!) : undefined;
      if (!link || !base || base === term) continue;
      term.derivedFrom = base.text;
      const rest = term.crossReferences!.filter((candidate) => candidate !== link);
      if (rest.length > 0) term.crossReferences = rest;
      else delete term.crossReferences;
      const position = this.positions.get(term);
      if (position) this.positions.set(term, position, 'derivedFrom');
    }
  }

  private readTerm(termSec: XmlElement, conceptId: string, lang: string): Mutable<Term> | undefined {
    // In TBX v2 an ntig keeps the term and its termNotes in a termGrp.
    const children = termSec.local === 'ntig' ? termSec.children.flatMap((child) => (this.isCore(child, 'termGrp') ? child.children : [child])) : termSec.children;
    const termElement = children.find((child) => this.isCore(child, 'term'));
    if (!termElement) {
      this.skip(`concept '${conceptId}': a ${lang} <${termSec.local}> without <term> skipped`, termSec.position);
      return undefined;
    }
    const text = collapsedTextOf(termElement);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      this.skip(`concept '${conceptId}': ${lang} term '${text}' skipped: a term needs at least one letter or digit`, termElement.position);
      return undefined;
    }
    const data = this.readLevel(children.filter((child) => child !== termElement));
    const term: Mutable<Term> = { text, status: 'admitted' };
    const status = data.values.get('administrativeStatus') ?? data.values.get('normativeAuthorization');
    if (status) {
      const value = collapsedTextOf(status);
      const found = statusFrom(value);
      if (!found) this.problems.add(`unknown administrative status '${value}'`, status.position);
      else {
        term.status = found;
        if (/^[a-z]+Term-admn-sts$/u.test(value) && value !== tbxStatusValues[found]) term.administrativeStatus = value;
      }
    }
    const partOfSpeech = data.values.get('partOfSpeech');
    if (partOfSpeech) term.partOfSpeech = partOfSpeechFrom(collapsedTextOf(partOfSpeech));
    for (const category of termValueCategories) {
      const element = data.values.get(category);
      if (element) (term as Mutable<TermDetails>)[category] = collapsedTextOf(element);
    }
    if (data.example !== undefined) term.example = data.example;
    if (data.exampleSource !== undefined) term.exampleSource = data.exampleSource;
    this.copyDocumentation(data, term);
    const notes: string[] = [];
    const usage = data.values.get('usageNote');
    if (usage) notes.push(proseTextOf(usage));
    for (const note of data.notes) this.readTermNote(note, term, notes);
    if (notes.length > 0) term.note = notes.join('\n\n');
    this.positions.set(term, termSec.position);
    this.positions.set(term, termElement.position, 'text');
    if (term.forms) term.forms.forEach((_, index) => this.positions.set(term.forms!, termElement.position, index));
    return term;
  }

  /** Sorts the children of one level into its data; grouping elements attach a source to their definition or context. */
  private readLevel(children: readonly XmlElement[]): LevelData {
    const data: LevelData = { notes: [], sources: [], crossReferences: [], transactions: [], values: new Map(), sections: [] };
    const visit = (element: XmlElement, group: 'definition' | 'example' | undefined): void => {
      if (this.isCore(element, 'transacGrp')) {
        const transaction = this.readTransaction(element);
        if (transaction) data.transactions.push(transaction);
        return;
      }
      if (this.isCore(element, element.local) && groupElements.has(element.local)) {
        const main = element.children.map((child) => this.category(child)).find((category) => category === 'definition' || category === 'context');
        const kind = main === 'definition' ? 'definition' : main === 'context' ? 'example' : undefined;
        for (const child of element.children) visit(child, kind);
        return;
      }
      if (['langSec', 'langSet', 'termSec', 'tig', 'ntig'].some((name) => this.isCore(element, name))) {
        data.sections.push(element);
        return;
      }
      if (this.isCore(element, 'note')) {
        data.notes.push(element);
        return;
      }
      const category = this.category(element);
      if (category === undefined) return;
      if (category === 'definition') data.definition ??= proseTextOf(element);
      else if (category === 'context') data.example ??= proseTextOf(element);
      else if (category === 'source' || category === 'sourceIdentifier') {
        const source = proseTextOf(element);
        if (group === 'definition' && data.definitionSource === undefined) data.definitionSource = source;
        else if (group === 'example' && data.exampleSource === undefined) data.exampleSource = source;
        else data.sources.push(source);
      } else if (linkCategories.has(category)) {
        const link: Mutable<CrossReference> = { type: category };
        const target = element.attributes.target;
        if (target !== undefined) link.target = target;
        const text = collapsedTextOf(element);
        if (text !== '') link.text = text;
        data.crossReferences.push(link);
      } else if (!data.values.has(category)) data.values.set(category, element);
    };
    for (const child of children) visit(child, undefined);
    return data;
  }

  /** A transacGrp: `transac` (DCA, v2) or `transactionType` (DCT), then `date` and `responsibility` in any order. */
  private readTransaction(group: XmlElement): Transaction | undefined {
    let transaction: Mutable<Transaction> | undefined;
    let date: string | undefined;
    let responsibility: string | undefined;
    for (const child of group.children) {
      const category = this.category(child);
      if (category === 'transactionType') transaction ??= { type: collapsedTextOf(child) };
      else if (category === 'responsibility') responsibility ??= collapsedTextOf(child);
      else if (this.isCore(child, 'date')) date ??= collapsedTextOf(child);
    }
    if (!transaction) return undefined;
    if (date !== undefined) transaction.date = date;
    if (responsibility !== undefined) transaction.responsibility = responsibility;
    return transaction;
  }

  private copyDocumentation(data: LevelData, target: Mutable<Documentation>): void {
    if (data.sources.length > 0) target.sources = data.sources;
    if (data.crossReferences.length > 0) target.crossReferences = data.crossReferences;
    if (data.transactions.length > 0) target.transactions = data.transactions;
    for (const category of ['customerSubset', 'projectSubset'] as const) {
      const element = data.values.get(category);
      if (element) target[category] = collapsedTextOf(element);
    }
  }

  private joinNotes(notes: readonly XmlElement[]): string | undefined {
    return notes.length > 0 ? notes.map(proseTextOf).join('\n\n') : undefined;
  }

  private readTermNote(note: XmlElement, term: Mutable<Term>, notes: string[]): void {
    const text = textOf(note).trim();
    try {
      if (text.startsWith(matchNotePrefix)) {
        const data = decodeMatchNote(text.slice(matchNotePrefix.length));
        if (data.forms !== undefined) term.forms = data.forms;
        if (data.endings !== undefined) term.endings = data.endings;
        this.positions.set(term, note.position, 'endings');
      } else if (text.startsWith(contextNotePrefix)) {
        term.context = decodeContextNote(text.slice(contextNotePrefix.length));
        for (const rule of term.context) this.positionRule(rule, note.position);
      } else {
        notes.push(proseTextOf(note));
      }
    } catch (error) {
      if (!(error instanceof ExtensionDataError)) throw error;
      this.problems.add(error.message, note.position);
    }
  }

  private positionRule(rule: ContextRule, position: Position): void {
    this.positions.set(rule, position);
    this.positions.set(rule.use, position);
    for (const condition of [rule.when, ...rule.unless]) this.positions.set(condition, position);
  }

  /** The language of a langSec/langSet, canonicalized; null when it has none, undefined (and a problem) when the code is unusable. */
  private language(element: XmlElement): string | null | undefined {
    const code = element.attributes['xml:lang'];
    if (code === undefined) return null;
    const check = checkLanguageCode(code);
    if (!check.ok) {
      this.problems.add(check.reason, element.position);
      return undefined;
    }
    return check.canonical;
  }

  private skip(message: string, position: Position): void {
    this.warnings.push({ ruleId: skippedTermRule, severity: 'warning', file: this.fileName, line: position.line, column: position.column, message });
  }

  /** The data category an element carries: its `type` in DCA style, its local name in DCT style. */
  private category(element: XmlElement): string | undefined {
    if (element.uri === this.coreUri) return metaElements.has(element.local) ? element.attributes.type : undefined;
    return element.local;
  }

  private isCore(element: XmlElement, local: string): boolean {
    return element.uri === this.coreUri && element.local === local;
  }

  private core(element: XmlElement | undefined, local: string): XmlElement[] {
    return element ? element.children.filter((child) => this.isCore(child, local)) : [];
  }
}

/** Two language sections of the same language in one concept: the first one's single values win, lists are joined. */
function mergeDetails(first: LanguageDetails, second: LanguageDetails): LanguageDetails {
  const merged: Mutable<LanguageDetails> = { ...second, ...first };
  if (first.note !== undefined && second.note !== undefined) merged.note = `${first.note}\n\n${second.note}`;
  const sources = [...(first.sources ?? []), ...(second.sources ?? [])];
  if (sources.length > 0) merged.sources = sources;
  const links = [...(first.crossReferences ?? []), ...(second.crossReferences ?? [])];
  if (links.length > 0) merged.crossReferences = links;
  return merged;
}
