/**
 * Writes a glossary as TBX-Basic, TBX v3 (ISO 30042:2019) in DCA style, built
 * with xmlbuilder2 (see xmlText for the one escape it needs help with).
 * Only data categories of the TBX-Basic
 * dialect are used, at the levels it allows them: subjectField and
 * definition (in a descripGrp) on the concept, administrativeStatus and
 * partOfSpeech on terms, notes anywhere; a derived term (киевский from Киев)
 * carries a crossReference to the termSec of the term it is formed from,
 * which gets an `id` for it. Inflection patterns and context
 * rules travel in `glossa:` notes (tbx-extension.ts), so parseTbx(writeTbx(g))
 * gives back g.
 */
import { create } from 'xmlbuilder2';
import { InputError } from '../core/errors.js';
import type { Glossary, Term, TermStatus } from './model.js';
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

const statusValues: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
};

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
    if (concept.definition !== undefined) {
      entry.ele(tbxNamespace, 'descripGrp').ele(tbxNamespace, 'descrip', { type: 'definition' }).txt(xmlText(concept.definition, where));
    }
    if (concept.note !== undefined) entry.ele(tbxNamespace, 'note').txt(xmlText(concept.note, where));
    for (const [lang, terms] of Object.entries(concept.terms)) {
      const langSec = entry.ele(tbxNamespace, 'langSec', { 'xml:lang': xmlAttribute(lang, where) });
      const idOf = (text: string): string => `${concept.id}-${lang}-${terms.findIndex((term) => term.text === text) + 1}`;
      const bases = new Set(terms.flatMap((term) => (term.derivedFrom === undefined ? [] : [term.derivedFrom])));
      for (const term of terms) {
        const termWhere = `${where}, ${lang} term '${term.text}'`;
        const termSec = langSec.ele(tbxNamespace, 'termSec', bases.has(term.text) && term.derivedFrom === undefined ? { id: xmlAttribute(idOf(term.text), termWhere) } : {});
        writeTerm(termSec, term, termWhere, term.derivedFrom === undefined ? undefined : idOf(term.derivedFrom));
      }
    }
  }
  return doc.end({ prettyPrint: true });
}

/** `baseId`: for a derived term, the id of the termSec of the term it is formed from. */
function writeTerm(termSec: XmlNode, term: Term, where: string, baseId: string | undefined): void {
  termSec.ele(tbxNamespace, 'term').txt(xmlText(term.text, where));
  termSec.ele(tbxNamespace, 'termNote', { type: 'administrativeStatus' }).txt(statusValues[term.status]);
  if (term.partOfSpeech !== undefined) termSec.ele(tbxNamespace, 'termNote', { type: 'partOfSpeech' }).txt(term.partOfSpeech);
  if (baseId !== undefined) {
    termSec.ele(tbxNamespace, 'ref', { type: 'crossReference', target: xmlAttribute(baseId, where) }).txt(xmlText(term.derivedFrom!, where));
  }
  if (term.note !== undefined) termSec.ele(tbxNamespace, 'note').txt(xmlText(term.note, where));
  for (const note of [encodeMatchNote(term), encodeContextNote(term)]) {
    if (note !== undefined) termSec.ele(tbxNamespace, 'note').txt(xmlText(note, where));
  }
}
