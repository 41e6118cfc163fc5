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
 * reported with file, line and column. DOCTYPEs are refused (xml-tree.ts).
 *
 * A term whose crossReference (`<ref type="crossReference" target="…">`, DCT
 * `crossReference`) points at another term section of the same language
 * section is read as derived from that term (киевский from Киев); cross
 * references to anything else are left alone.
 */
import type { Position } from '../core/position.js';
import { checkGlossary } from './glossary-check.js';
import { sortByStatus, type Mutable } from './glossary-build.js';
import { ProblemCollector } from './glossary-error.js';
import { checkLanguageCode } from './language-code.js';
import { partOfSpeechFrom, statusFrom } from './interchange-values.js';
import type { Concept, ContextRule, Glossary, LanguageSettings, Term } from './model.js';
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
/** Grouping elements whose children belong to the same level. */
const groupElements = new Set(['descripGrp', 'adminGrp', 'termNoteGrp', 'transacGrp']);

/** Parses a TBX v2 or v3 document; throws a GlossaryError (or InputError for XML problems) naming file, line and column. */
export function parseTbx(text: string, fileName: string): Glossary {
  const root = parseXmlTree(text, fileName);
  const reader = new TbxReader(root, fileName);
  const glossary = reader.read();
  reader.problems.throwIfAny();
  return glossary;
}

class TbxReader {
  readonly problems: ProblemCollector;
  readonly positions = new SourcePositions();
  private readonly coreUri: string;

  constructor(
    private readonly root: XmlElement,
    fileName: string,
  ) {
    this.problems = new ProblemCollector(fileName);
    this.coreUri = root.uri;
  }

  read(): Glossary {
    const root = this.root;
    const empty: Glossary = { concepts: [], languages: {} };
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
    for (const entry of this.core(body, entryName)) concepts.push(this.readEntry(entry, concepts.length));
    const glossary: Glossary = { concepts, languages };
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

  private readEntry(entry: XmlElement, index: number): Concept {
    const id = entry.attributes.id ?? `entry-${index + 1}`;
    const concept: Mutable<Concept> = { id, terms: {} };
    const terms: Record<string, Term[]> = {};
    const notes: string[] = [];
    let langDefinition: string | undefined;
    for (const child of this.flatten(entry)) {
      const category = this.category(child);
      if (category === 'subjectField') concept.subject = collapsedTextOf(child);
      else if (category === 'definition') concept.definition = proseTextOf(child);
      else if (this.isCore(child, 'note')) notes.push(proseTextOf(child));
      else if (this.isCore(child, 'langSec') || this.isCore(child, 'langSet')) {
        const lang = this.language(child);
        const found = this.readLanguage(child, concept.id);
        langDefinition ??= found.definition;
        if (lang === undefined) continue;
        const list = terms[lang] ?? [];
        if (!terms[lang]) {
          terms[lang] = list;
          this.positions.set(list, child.position);
        }
        list.push(...found.terms);
      }
    }
    if (concept.definition === undefined && langDefinition !== undefined) concept.definition = langDefinition;
    if (notes.length > 0) concept.note = notes.join('\n\n');
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

  private readLanguage(langSec: XmlElement, conceptId: string): { terms: Term[]; definition: string | undefined } {
    const terms: Term[] = [];
    const byId = new Map<string, Term>();
    const references: { term: Mutable<Term>; target: string; element: XmlElement }[] = [];
    let definition: string | undefined;
    for (const child of this.flatten(langSec)) {
      if (this.category(child) === 'definition') definition ??= proseTextOf(child);
      else if (this.isCore(child, 'termSec') || this.isCore(child, 'tig') || this.isCore(child, 'ntig')) {
        const term = this.readTerm(child, conceptId);
        if (!term) continue;
        terms.push(term);
        const id = child.attributes.id;
        if (id !== undefined) byId.set(id, term);
        const reference = this.flatten(child).find((element) => this.category(element) === 'crossReference');
        const target = reference?.attributes.target;
        if (reference && target !== undefined) references.push({ term, target, element: reference });
      }
    }
    for (const { term, target, element } of references) {
      const base = byId.get(target);
      if (!base || base === term) continue;
      term.derivedFrom = base.text;
      this.positions.set(term, element.position, 'derivedFrom');
    }
    if (terms.length === 0) this.problems.add(`concept '${conceptId}': a language section without terms`, langSec.position);
    return { terms, definition };
  }

  private readTerm(termSec: XmlElement, conceptId: string): Mutable<Term> | undefined {
    // In TBX v2 an ntig keeps the term and its termNotes in a termGrp.
    const scope = termSec.local === 'ntig' ? [...this.flatten(termSec), ...this.core(termSec, 'termGrp').flatMap((grp) => this.flatten(grp))] : this.flatten(termSec);
    const termElement = scope.find((child) => this.isCore(child, 'term'));
    if (!termElement) {
      this.problems.add(`concept '${conceptId}': <${termSec.local}> has no <term>`, termSec.position);
      return undefined;
    }
    const term: Mutable<Term> = { text: collapsedTextOf(termElement), status: 'admitted' };
    const notes: string[] = [];
    for (const child of scope) {
      const category = this.category(child);
      if (category === 'administrativeStatus' || category === 'normativeAuthorization') {
        const status = statusFrom(collapsedTextOf(child));
        if (status) term.status = status;
        else this.problems.add(`unknown administrative status '${collapsedTextOf(child)}'`, child.position);
      } else if (category === 'partOfSpeech') {
        term.partOfSpeech = partOfSpeechFrom(collapsedTextOf(child));
      } else if (category === 'usageNote') {
        notes.push(proseTextOf(child));
      } else if (this.isCore(child, 'note')) {
        this.readTermNote(child, term, notes);
      }
    }
    if (notes.length > 0) term.note = notes.join('\n\n');
    this.positions.set(term, termSec.position);
    this.positions.set(term, termElement.position, 'text');
    if (term.forms) term.forms.forEach((_, index) => this.positions.set(term.forms!, termElement.position, index));
    return term;
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

  /** The language of a langSec/langSet, canonicalized; reports and skips unusable codes. */
  private language(element: XmlElement): string | undefined {
    const code = element.attributes['xml:lang'];
    if (code === undefined) {
      this.problems.add(`<${element.local}> has no xml:lang attribute`, element.position);
      return undefined;
    }
    const check = checkLanguageCode(code);
    if (!check.ok) {
      this.problems.add(check.reason, element.position);
      return undefined;
    }
    return check.canonical;
  }

  /** The data category an element carries: its `type` in DCA style, its local name in DCT style. */
  private category(element: XmlElement): string | undefined {
    if (element.uri === this.coreUri) return metaElements.has(element.local) ? element.attributes.type : undefined;
    return element.local;
  }

  private isCore(element: XmlElement, local: string): boolean {
    return element.uri === this.coreUri && element.local === local;
  }

  /** Children of an element with the contents of grouping elements (descripGrp, …) inlined. */
  private flatten(element: XmlElement): XmlElement[] {
    return element.children.flatMap((child) => (this.isCore(child, child.local) && groupElements.has(child.local) ? this.flatten(child) : [child]));
  }

  private core(element: XmlElement | undefined, local: string): XmlElement[] {
    return element ? element.children.filter((child) => this.isCore(child, local)) : [];
  }
}
