import type { PlaceholderInfo } from './model.js';
import { GLOSSA_TOOL_ID, XLIFF_12_NS } from './namespaces.js';
import { requireXmlChars, type PreparedFile, type PreparedUnit } from './prepare-units.js';
import { claimsTranslation, xliff12StateOf } from './states.js';
import type { ContentItem } from './unit-content.js';
import { placeholderNotes, terminologyNote } from './unit-notes.js';
import { buildDocument, type BlockElement, type InlineElement, type XmlDocument } from './xml-tree.js';

/**
 * XLIFF 1.2 (strict schema): one `<file>`, a `<group>` per block, a
 * `<trans-unit>` per segment. Placeholders are `<x ctype="x-glossa-…">`, terms
 * `<mrk mtype="term">`, glossary and placeholder help `<note from="glossa">`,
 * fuzzy suggestions `<alt-trans>`.
 */
export function writeXliff12(file: PreparedFile): XmlDocument {
  const { input, fail } = file;
  const text = (value: string, where: string): string => requireXmlChars(value, where, fail);
  return buildDocument(XLIFF_12_NS, 'xliff', { version: '1.2' }, (root) => {
    root.block(
      'file',
      {
        original: text(input.original, 'original'),
        'source-language': input.srcLang,
        'target-language': input.trgLang,
        datatype: 'plaintext',
        'tool-id': GLOSSA_TOOL_ID,
        'product-name': text(input.article, 'article'),
      },
      (fileElement) => {
        fileElement.block('header', {}, (header) => {
          header.leaf('tool', { 'tool-id': GLOSSA_TOOL_ID, 'tool-name': 'Glossa' }, '');
        });
        fileElement.block('body', {}, (body) => {
          for (const group of file.groups) {
            const restype = `x-glossa-${text(group.type, `type of group ${group.id}`).replace(/\s+/g, '-') || 'block'}`;
            body.block('group', { id: group.id, restype }, (groupElement) => {
              for (const unit of group.units) writeUnit(groupElement, unit, fail);
            });
          }
        });
      },
    );
  });
}

function writeUnit(parent: BlockElement, unit: PreparedUnit, fail: (message: string) => never): void {
  const text = (value: string, where: string, advice = ''): string =>
    requireXmlChars(value, `segment ${unit.id}: ${where}`, fail, advice);
  const placeholders = new Map(unit.input.placeholders.map((info) => [info.name, info]));
  // XLIFF 2.0 would write such characters as <cp>; 1.2 has no way to carry them.
  const advice = '; XLIFF 1.2 has no escape for it (XLIFF 2.0 writes it as <cp>), so remove it or export XLIFF 2.0';
  const content =
    (items: readonly ContentItem[], where: string, known: ReadonlyMap<string, PlaceholderInfo> = placeholders) =>
    (element: InlineElement) =>
      writeContent(element, items, known, (value) => text(value, where, advice));
  // A project translation has passed import's checks and is what `build` publishes: approved, in 1.2 terms.
  // Translate Toolkit (pocount, pofilter) counts a 1.2 target as translated only when its unit is approved.
  const approved = unit.target && claimsTranslation(unit.state) ? 'yes' : undefined;

  parent.block('trans-unit', { id: unit.id, approved, 'xml:space': 'preserve' }, (element) => {
    element.inline('source', {}, content(unit.source, 'source'));
    const state = unit.prefilled ? 'needs-translation' : xliff12StateOf[unit.state];
    if (unit.target) element.inline('target', { state }, content(unit.target, 'target'));

    const glossary = terminologyNote(unit.input.terms);
    if (glossary) element.leaf('note', { from: 'glossa', annotates: 'source' }, text(glossary, 'glossary note'));
    for (const note of placeholderNotes(unit.input.placeholders)) {
      element.leaf('note', { from: 'glossa', annotates: 'source' }, text(note, 'placeholder note'));
    }
    for (const note of unit.input.notes) element.leaf('note', { from: 'glossa' }, text(note, 'note'));

    for (const { candidate, source, target } of unit.candidates) {
      const origin = candidate.origin === undefined ? undefined : text(candidate.origin, 'candidate origin');
      element.block('alt-trans', { 'match-quality': `${formatQuality(candidate.quality)}%`, origin }, (alt) => {
        // The candidate's placeholders belong to an earlier sentence: no display text from this one.
        alt.inline('source', {}, content(source, 'candidate source', new Map()));
        alt.inline('target', {}, content(target, 'candidate target', new Map()));
      });
    }
  });
}

function writeContent(
  element: InlineElement,
  items: readonly ContentItem[],
  placeholders: ReadonlyMap<string, PlaceholderInfo>,
  text: (value: string) => string,
): void {
  for (const item of items) {
    if (item.kind === 'text') {
      element.text(text(item.value));
    } else if (item.kind === 'placeholder') {
      const info = placeholders.get(item.name);
      element.empty('x', {
        id: item.name,
        ctype: info ? `x-glossa-${info.kind}` : undefined,
        'equiv-text': info ? text(info.display) : undefined,
      });
    } else {
      element.span('mrk', { mtype: 'term', comment: text(item.hint.conceptId) }, (mark) =>
        writeContent(mark, item.items, placeholders, text),
      );
    }
  }
}

/** 87 → "87", 87.25 → "87.3": a CAT tool shows it as a percentage. */
function formatQuality(quality: number): string {
  return Number.isInteger(quality) ? String(quality) : quality.toFixed(1);
}
