/**
 * Writes a glossary as TBX-Basic, TBX v3 (ISO 30042:2019) in DCA style, built
 * with xmlbuilder2 (see xml/escape.ts for the one escape it needs help with).
 * Only data categories of the TBX-Basic dialect are used, at the levels it
 * allows them: subjectField on the concept; definition (in a descripGrp with
 * its source) on the concept and the language section; administrativeStatus,
 * partOfSpeech, termType, grammaticalGender, geographicalUsage, termLocation
 * and context (with its source) on terms; source, customerSubset,
 * projectSubset, crossReference (ref), externalCrossReference (xref),
 * transactions (transacGrp) and notes anywhere. Inflection patterns and context rules travel in `glossa:`
 * notes (tbx-extension.ts), so parseTbx(writeTbx(g)) gives back g.
 * A derived term (киевский from Киев) carries a crossReference to the termSec
 * of the term it is formed from, which gets an `id` for it.
 */
import { create } from 'xmlbuilder2';
import { InputError } from '../core/errors.js';
import { findInvalidXmlChar, formatCodePoint } from '../xml/escape.js';
import { xmlAttribute, xmlText } from '../xml/builder-escape.js';
import type { Documentation, Glossary, LanguageDetails, Term } from './model.js';
import { tbxStatusValues } from './interchange-values.js';
import { encodeContextNote, encodeLanguages, encodeMatchNote, languagesParagraphType } from './tbx-extension.js';

type XmlNode = ReturnType<typeof create>;

/** Text for xmlbuilder2 (xml/escape.ts); a character XML cannot carry refuses the export, naming `where`. */
function xmlTextOf(value: string, where: string): string {
  assertXmlChars(value, where);
  return xmlText(value);
}

function xmlAttributeOf(value: string, where: string): string {
  assertXmlChars(value, where);
  return xmlAttribute(value);
}

function assertXmlChars(value: string, where: string): void {
  const bad = findInvalidXmlChar(value);
  if (bad) throw new InputError(`${where} contains ${formatCodePoint(bad.codePoint)}, which XML cannot carry`);
}

export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2';

/** The element names that differ between TBX v3 and TBX v2 (ISO 30042:2008, `martif`); data categories are written alike. */
interface TbxShape {
  /** v2 has no namespace. */
  readonly ns: string | null;
  readonly header: string;
  readonly entry: string;
  readonly lang: string;
  readonly term: string;
}

const shapes: Readonly<Record<TbxVersion, TbxShape>> = {
  v3: { ns: tbxNamespace, header: 'tbxHeader', entry: 'conceptEntry', lang: 'langSec', term: 'termSec' },
  v2: { ns: null, header: 'martifHeader', entry: 'termEntry', lang: 'langSet', term: 'tig' },
};

export type TbxVersion = 'v3' | 'v2';

/**
 * The glossary as a TBX-Basic document (UTF-8, indented): v3 in DCA style by
 * default; v2 (`martif`, with the DOCTYPE naming TBXBasiccoreStructV02.dtd)
 * for tools that read only the 2008 format.
 */
export function writeTbx(glossary: Glossary, version: TbxVersion = 'v3'): string {
  const shape = shapes[version];
  const languages = Object.keys(Object.assign({}, ...Array.from(glossary.concepts, (concept) => concept.terms)) as Record<string, unknown>);
  const mainLanguage = languages.includes('en') ? 'en' : (languages[0] ?? 'en');
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const rootLanguage = xmlAttributeOf(mainLanguage, 'language code');
  let tbx: XmlNode;
  if (version === 'v2') {
    doc.dtd({ name: 'martif', sysID: 'TBXBasiccoreStructV02.dtd' });
    tbx = doc.ele('martif', { type: 'TBX-Basic', 'xml:lang': rootLanguage });
  } else {
    tbx = doc.ele(tbxNamespace, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': rootLanguage });
  }
  const header = tbx.ele(shape.ns, shape.header);
  header.ele(shape.ns, 'fileDesc').ele(shape.ns, 'sourceDesc').ele(shape.ns, 'p').txt('Glossa termbase');
  const languageSettings = encodeLanguages(glossary.languages);
  if (languageSettings !== undefined || version === 'v2') {
    const encoding = header.ele(shape.ns, 'encodingDesc');
    // TBX v2 names its dialect's constraint file here; readers such as MultiTerm and Okapi expect it.
    if (version === 'v2') encoding.ele('p', { type: 'XCSURI' }).txt('TBXBasicXCSV02.xcs');
    if (languageSettings !== undefined) encoding.ele(shape.ns, 'p', { type: languagesParagraphType }).txt(xmlTextOf(languageSettings, 'language settings'));
  }
  const body = tbx.ele(shape.ns, 'text').ele(shape.ns, 'body');
  for (const concept of glossary.concepts) {
    const where = `concept '${concept.id}'`;
    const entry = body.ele(shape.ns, shape.entry, { id: xmlAttributeOf(concept.id, where) });
    if (concept.subject !== undefined) entry.ele(shape.ns, 'descrip', { type: 'subjectField' }).txt(xmlTextOf(concept.subject, where));
    writeDefinition(shape, entry, concept.definition, concept.definitionSource, where);
    if (concept.note !== undefined) entry.ele(shape.ns, 'note').txt(xmlTextOf(concept.note, where));
    writeDocumentation(shape, entry, concept, where);
    for (const lang of new Set([...Object.keys(concept.terms), ...Object.keys(concept.languageDetails ?? {})])) {
      const langSec = entry.ele(shape.ns, shape.lang, { 'xml:lang': xmlAttributeOf(lang, where) });
      const details = concept.languageDetails?.[lang];
      if (details) writeLanguageDetails(shape, langSec, details, `${where}, ${lang}`);
      const terms = concept.terms[lang] ?? [];
      const idOf = (text: string): string => `${concept.id}-${lang}-${terms.findIndex((term) => term.text === text) + 1}`;
      const bases = new Set(terms.flatMap((term) => (term.derivedFrom === undefined ? [] : [term.derivedFrom])));
      for (const term of terms) {
        const termWhere = `${where}, ${lang} term '${term.text}'`;
        const link = term.derivedFrom === undefined ? {} : { baseId: idOf(term.derivedFrom) };
        writeTerm(shape, langSec, term, termWhere, { ...(bases.has(term.text) && term.derivedFrom === undefined ? { id: idOf(term.text) } : {}), ...link });
      }
    }
  }
  return doc.end({ prettyPrint: true });
}

function writeLanguageDetails(shape: TbxShape, langSec: XmlNode, details: LanguageDetails, where: string): void {
  writeDefinition(shape, langSec, details.definition, details.definitionSource, where);
  if (details.note !== undefined) langSec.ele(shape.ns, 'note').txt(xmlTextOf(details.note, where));
  writeDocumentation(shape, langSec, details, where);
}

/** A definition or context in a descripGrp with the source it came from. */
function writeDefinition(shape: TbxShape, parent: XmlNode, text: string | undefined, source: string | undefined, where: string, type = 'definition'): void {
  if (text === undefined) {
    if (source !== undefined) parent.ele(shape.ns, 'admin', { type: 'source' }).txt(xmlTextOf(source, where));
    return;
  }
  const group = parent.ele(shape.ns, 'descripGrp');
  group.ele(shape.ns, 'descrip', { type }).txt(xmlTextOf(text, where));
  if (source !== undefined) group.ele(shape.ns, 'admin', { type: 'source' }).txt(xmlTextOf(source, where));
}

function writeDocumentation(shape: TbxShape, parent: XmlNode, documentation: Documentation, where: string): void {
  for (const type of ['customerSubset', 'projectSubset'] as const) {
    const value = documentation[type];
    if (value !== undefined) parent.ele(shape.ns, 'admin', { type }).txt(xmlTextOf(value, where));
  }
  for (const source of documentation.sources ?? []) parent.ele(shape.ns, 'admin', { type: 'source' }).txt(xmlTextOf(source, where));
  for (const link of documentation.crossReferences ?? []) {
    const attributes: Record<string, string> = { type: xmlAttributeOf(link.type, where) };
    if (link.target !== undefined) attributes.target = xmlAttributeOf(link.target, where);
    const element = parent.ele(shape.ns, link.type === 'crossReference' ? 'ref' : 'xref', attributes);
    if (link.text !== undefined) element.txt(xmlTextOf(link.text, where));
  }
  for (const transaction of documentation.transactions ?? []) {
    const group = parent.ele(shape.ns, 'transacGrp');
    group.ele(shape.ns, 'transac', { type: 'transactionType' }).txt(xmlTextOf(transaction.type, where));
    if (transaction.responsibility !== undefined) group.ele(shape.ns, 'transacNote', { type: 'responsibility' }).txt(xmlTextOf(transaction.responsibility, where));
    if (transaction.date !== undefined) group.ele(shape.ns, 'date').txt(xmlTextOf(transaction.date, where));
  }
}

const termNoteKeys = ['termType', 'grammaticalGender', 'geographicalUsage', 'termLocation'] as const;

/** `link.id`: the termSec's id, for the terms derived from it; `link.baseId`: for a derived term, the id of its base's termSec. */
function writeTerm(shape: TbxShape, langSec: XmlNode, term: Term, where: string, link: { id?: string; baseId?: string } = {}): void {
  const termSec = langSec.ele(shape.ns, shape.term, link.id !== undefined ? { id: xmlAttributeOf(link.id, where) } : {});
  termSec.ele(shape.ns, 'term').txt(xmlTextOf(term.text, where));
  termSec.ele(shape.ns, 'termNote', { type: 'administrativeStatus' }).txt(xmlTextOf(term.administrativeStatus ?? tbxStatusValues[term.status], where));
  if (term.partOfSpeech !== undefined) termSec.ele(shape.ns, 'termNote', { type: 'partOfSpeech' }).txt(term.partOfSpeech);
  for (const type of termNoteKeys) {
    const value = term[type];
    if (value !== undefined) termSec.ele(shape.ns, 'termNote', { type }).txt(xmlTextOf(value, where));
  }
  if (term.example !== undefined) writeDefinition(shape, termSec, term.example, term.exampleSource, where, 'context');
  if (link.baseId !== undefined) {
    termSec.ele(shape.ns, 'ref', { type: 'crossReference', target: xmlAttributeOf(link.baseId, where) }).txt(xmlTextOf(term.derivedFrom!, where));
  }
  writeDocumentation(shape, termSec, term, where);
  if (term.note !== undefined) termSec.ele(shape.ns, 'note').txt(xmlTextOf(term.note, where));
  for (const note of [encodeMatchNote(term), encodeContextNote(term)]) {
    if (note !== undefined) termSec.ele(shape.ns, 'note').txt(xmlTextOf(note, where));
  }
}
