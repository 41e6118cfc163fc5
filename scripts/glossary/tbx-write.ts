/**
 * Writes a glossary as TBX-Basic, TBX v3 (ISO 30042:2019) in DCA style, built
 * with xmlbuilder2 (see xmlText for the one escape it needs help with).
 * Only data categories of the TBX-Basic dialect are used, at the levels it
 * allows them: subjectField on the concept; definition (in a descripGrp with
 * its source) on the concept and the language section; administrativeStatus,
 * partOfSpeech, termType, grammaticalGender, geographicalUsage, termLocation
 * and context (with its source) on terms; source, customerSubset,
 * projectSubset, crossReference (ref), externalCrossReference (xref) and
 * notes anywhere. Inflection patterns and context rules travel in `glossa:`
 * notes (tbx-extension.ts), so parseTbx(writeTbx(g)) gives back g.
 */
import { create } from 'xmlbuilder2';
import { InputError } from '../core/errors.js';
import type { Documentation, Glossary, LanguageDetails, Term } from './model.js';
import { tbxStatusValues } from './interchange-values.js';
import { encodeContextNote, encodeLanguages, encodeMatchNote, languagesParagraphType } from './tbx-extension.js';

type XmlNode = ReturnType<typeof create>;

/** Characters XML 1.0 cannot carry, not even as character references. */
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Text as xmlbuilder2 needs it to write `value` faithfully. xmlbuilder2
 * escapes `<`, `>` and a bare `&`, but leaves `&` alone where it starts
 * something that looks like a reference ("&amp;", "&nbsp;"); escaping every
 * `&` first makes it write exactly what the value says. CR is kept as a
 * reference because parsers turn a literal CR into LF.
 */
function xmlText(value: string, where: string): string {
  const bad = notXmlChar.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new InputError(`${where} contains U+${code}, which XML cannot carry`);
  }
  return value.replace(/&/gu, '&amp;').replace(/\r/gu, '&#13;');
}

/** Attribute values additionally keep tabs and line breaks, which parsers would turn into spaces. */
function xmlAttribute(value: string, where: string): string {
  return xmlText(value, where).replace(/\t/gu, '&#9;').replace(/\n/gu, '&#10;');
}

export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2';

/** The glossary as a TBX-Basic v3 DCA document (UTF-8, indented). */
export function writeTbx(glossary: Glossary): string {
  const languages = Object.keys(Object.assign({}, ...glossary.concepts.map((concept) => concept.terms)) as Record<string, unknown>);
  const mainLanguage = languages.includes('en') ? 'en' : (languages[0] ?? 'en');
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const tbx = doc.ele(tbxNamespace, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': xmlAttribute(mainLanguage, 'language code') });
  const header = tbx.ele(tbxNamespace, 'tbxHeader');
  header.ele(tbxNamespace, 'fileDesc').ele(tbxNamespace, 'sourceDesc').ele(tbxNamespace, 'p').txt('Glossa termbase');
  const languageSettings = encodeLanguages(glossary.languages);
  if (languageSettings !== undefined) {
    header.ele(tbxNamespace, 'encodingDesc').ele(tbxNamespace, 'p', { type: languagesParagraphType }).txt(xmlText(languageSettings, 'language settings'));
  }
  const body = tbx.ele(tbxNamespace, 'text').ele(tbxNamespace, 'body');
  for (const concept of glossary.concepts) {
    const where = `concept '${concept.id}'`;
    const entry = body.ele(tbxNamespace, 'conceptEntry', { id: xmlAttribute(concept.id, where) });
    if (concept.subject !== undefined) entry.ele(tbxNamespace, 'descrip', { type: 'subjectField' }).txt(xmlText(concept.subject, where));
    writeDefinition(entry, concept.definition, concept.definitionSource, where);
    if (concept.note !== undefined) entry.ele(tbxNamespace, 'note').txt(xmlText(concept.note, where));
    writeDocumentation(entry, concept, where);
    for (const lang of new Set([...Object.keys(concept.terms), ...Object.keys(concept.languageDetails ?? {})])) {
      const langSec = entry.ele(tbxNamespace, 'langSec', { 'xml:lang': xmlAttribute(lang, where) });
      const details = concept.languageDetails?.[lang];
      if (details) writeLanguageDetails(langSec, details, `${where}, ${lang}`);
      for (const term of concept.terms[lang] ?? []) writeTerm(langSec, term, `${where}, ${lang} term '${term.text}'`);
    }
  }
  return doc.end({ prettyPrint: true });
}

function writeLanguageDetails(langSec: XmlNode, details: LanguageDetails, where: string): void {
  writeDefinition(langSec, details.definition, details.definitionSource, where);
  if (details.note !== undefined) langSec.ele(tbxNamespace, 'note').txt(xmlText(details.note, where));
  writeDocumentation(langSec, details, where);
}

/** A definition or context in a descripGrp with the source it came from. */
function writeDefinition(parent: XmlNode, text: string | undefined, source: string | undefined, where: string, type = 'definition'): void {
  if (text === undefined) {
    if (source !== undefined) parent.ele(tbxNamespace, 'admin', { type: 'source' }).txt(xmlText(source, where));
    return;
  }
  const group = parent.ele(tbxNamespace, 'descripGrp');
  group.ele(tbxNamespace, 'descrip', { type }).txt(xmlText(text, where));
  if (source !== undefined) group.ele(tbxNamespace, 'admin', { type: 'source' }).txt(xmlText(source, where));
}

function writeDocumentation(parent: XmlNode, documentation: Documentation, where: string): void {
  for (const type of ['customerSubset', 'projectSubset'] as const) {
    const value = documentation[type];
    if (value !== undefined) parent.ele(tbxNamespace, 'admin', { type }).txt(xmlText(value, where));
  }
  for (const source of documentation.sources ?? []) parent.ele(tbxNamespace, 'admin', { type: 'source' }).txt(xmlText(source, where));
  for (const link of documentation.crossReferences ?? []) {
    const attributes: Record<string, string> = { type: xmlAttribute(link.type, where) };
    if (link.target !== undefined) attributes.target = xmlAttribute(link.target, where);
    const element = parent.ele(tbxNamespace, link.type === 'crossReference' ? 'ref' : 'xref', attributes);
    if (link.text !== undefined) element.txt(xmlText(link.text, where));
  }
}

const termNoteKeys = ['termType', 'grammaticalGender', 'geographicalUsage', 'termLocation'] as const;

function writeTerm(langSec: XmlNode, term: Term, where: string): void {
  const termSec = langSec.ele(tbxNamespace, 'termSec');
  termSec.ele(tbxNamespace, 'term').txt(xmlText(term.text, where));
  termSec.ele(tbxNamespace, 'termNote', { type: 'administrativeStatus' }).txt(xmlText(term.administrativeStatus ?? tbxStatusValues[term.status], where));
  if (term.partOfSpeech !== undefined) termSec.ele(tbxNamespace, 'termNote', { type: 'partOfSpeech' }).txt(term.partOfSpeech);
  for (const type of termNoteKeys) {
    const value = term[type];
    if (value !== undefined) termSec.ele(tbxNamespace, 'termNote', { type }).txt(xmlText(value, where));
  }
  if (term.example !== undefined) writeDefinition(termSec, term.example, term.exampleSource, where, 'context');
  writeDocumentation(termSec, term, where);
  if (term.note !== undefined) termSec.ele(tbxNamespace, 'note').txt(xmlText(term.note, where));
  for (const note of [encodeMatchNote(term), encodeContextNote(term)]) {
    if (note !== undefined) termSec.ele(tbxNamespace, 'note').txt(xmlText(note, where));
  }
}
