import type { PlaceholderInfo, TermHint } from './model.js';
import { GLOSSARY_NS, MATCHES_NS, XLIFF_20_NS } from './namespaces.js';
import { isNameToken, requireXmlChars, type PreparedFile, type PreparedUnit } from './prepare-units.js';
import { placeholderNames, type ContentItem } from './unit-content.js';
import { distinctConcepts, placeholderNotes, terminologyNote } from './unit-notes.js';
import { formatCodePoint, isSurrogate, splitInvalidXmlChars } from '../xml/escape.js';
import { buildDocument, type BlockElement, type InlineElement, type XmlDocument } from './xml-tree.js';

/**
 * XLIFF 2.0 with the Glossary (`gls:`) and Translation Candidates (`mtc:`)
 * modules: one `<file>`, a `<group>` per block, a `<unit>` with one `<segment>`
 * per sentence. Placeholders are `<ph type="other" subType="glossa:money" …>`
 * (a formatted value is neither formatting nor UI, so `fmt`/`ui` do not fit),
 * terms `<mrk type="term">`, characters XML cannot carry `<cp hex>`.
 */
export function writeXliff20(file: PreparedFile): XmlDocument {
  const { input, fail } = file;
  const attributes = {
    version: '2.0',
    srcLang: input.srcLang,
    trgLang: input.trgLang,
    'xmlns:gls': GLOSSARY_NS,
    'xmlns:mtc': MATCHES_NS,
  };
  return buildDocument(XLIFF_20_NS, 'xliff', attributes, (root) => {
    const original = requireXmlChars(input.original, 'original', fail);
    root.block('file', { id: file.fileId, original }, (fileElement) => {
      for (const group of file.groups) {
        const kind = requireXmlChars(group.type, `type of group ${group.id}`, fail).replace(/[\s:]+/g, '-') || 'block';
        fileElement.block('group', { id: group.id, type: `glossa:${kind}` }, (groupElement) => {
          for (const unit of group.units) new UnitWriter(unit, file).write(groupElement);
        });
      }
    });
  });
}

/** Ids inside one unit: segment, term marks and placeholders share one scope. */
class UnitIds {
  private readonly taken: Set<string>;
  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }
  next(prefix: string): string {
    let n = 1;
    while (this.taken.has(`${prefix}${n}`)) n++;
    const id = `${prefix}${n}`;
    this.taken.add(id);
    return id;
  }
}

class UnitWriter {
  private readonly ids: UnitIds;
  private readonly segmentId: string;
  /** Mark id of each term item of the source. */
  private readonly markIds = new Map<ContentItem, string>();
  /** Glossary entry id of each concept. */
  private readonly entryIds = new Map<string, string>();
  private readonly placeholders: ReadonlyMap<string, PlaceholderInfo>;
  private readonly fail: (message: string) => never;

  constructor(
    private readonly unit: PreparedUnit,
    private readonly file: PreparedFile,
  ) {
    this.fail = (message) => file.fail(`segment ${unit.id}: ${message}`);
    const names = [...placeholderNames(unit.source), ...placeholderNames(unit.target ?? [])];
    for (const name of names) {
      if (!isNameToken(name)) this.fail(`placeholder name "${name}" is not a valid XLIFF 2.0 id`);
    }
    this.ids = new UnitIds(names);
    this.segmentId = this.ids.next('s');
    for (const concept of distinctConcepts(unit.input.terms)) this.entryIds.set(concept.conceptId, this.ids.next('g'));
    this.assignMarkIds(unit.source);
    this.placeholders = new Map(unit.input.placeholders.map((info) => [info.name, info]));
  }

  write(parent: BlockElement): void {
    const { unit } = this;
    parent.block('unit', { id: unit.id, canResegment: 'no', 'xml:space': 'preserve' }, (element) => {
      this.writeGlossary(element);
      this.writeMatches(element);
      this.writeNotes(element);
      element.block('segment', { id: this.segmentId, state: unit.state }, (segment) => {
        segment.inline('source', {}, (source) => this.writeContent(source, unit.source, 'source', this.placeholders));
        if (unit.target) {
          const target = unit.target;
          segment.inline('target', {}, (targetElement) => this.writeContent(targetElement, target, 'target', this.placeholders));
        }
      });
    });
  }

  private assignMarkIds(items: readonly ContentItem[]): void {
    for (const item of items) {
      if (item.kind === 'term') this.markIds.set(item, this.ids.next('t'));
    }
  }

  private writeGlossary(element: BlockElement): void {
    const concepts = distinctConcepts(this.unit.input.terms);
    if (concepts.length === 0) return;
    const firstMark = new Map<string, string>();
    for (const [item, id] of this.markIds) {
      if (item.kind === 'term' && !firstMark.has(item.hint.conceptId)) firstMark.set(item.hint.conceptId, id);
    }
    element.block(
      'gls:glossary',
      {},
      (glossary) => {
        for (const concept of concepts) {
          const mark = firstMark.get(concept.conceptId);
          const entry = { id: this.entryIds.get(concept.conceptId), ref: mark === undefined ? undefined : `#${mark}` };
          glossary.block('gls:glossEntry', entry, (glossEntry) => this.writeGlossEntry(glossEntry, concept), GLOSSARY_NS);
        }
      },
      GLOSSARY_NS,
    );
  }

  private writeGlossEntry(entry: BlockElement, concept: TermHint): void {
    const text = (value: string, where: string) => requireXmlChars(value, where, this.fail);
    entry.leaf('gls:term', { source: text(concept.conceptId, 'concept id') }, text(concept.sourceTerm, 'term'), GLOSSARY_NS);
    if (concept.targetTerm !== undefined) {
      entry.leaf('gls:translation', {}, text(concept.targetTerm, 'target term'), GLOSSARY_NS);
    }
    if (concept.definition !== undefined) {
      entry.leaf('gls:definition', {}, text(concept.definition, 'definition'), GLOSSARY_NS);
    }
  }

  private writeMatches(element: BlockElement): void {
    if (this.unit.candidates.length === 0) return;
    element.block(
      'mtc:matches',
      {},
      (matches) => {
        for (const { candidate, source, target } of this.unit.candidates) {
          const attributes = {
            ref: `#${this.segmentId}`,
            type: 'tm',
            matchQuality: candidate.quality.toFixed(1),
            similarity: candidate.quality.toFixed(1),
            origin: candidate.origin === undefined ? undefined : requireXmlChars(candidate.origin, 'origin', this.fail),
          };
          matches.block(
            'mtc:match',
            attributes,
            (match) => {
              // A match has its own id scope, and its placeholders belong to an earlier sentence.
              const none = new Map<string, PlaceholderInfo>();
              match.inline('source', {}, (el) => this.writeContent(el, source, 'candidate source', none), XLIFF_20_NS);
              match.inline('target', {}, (el) => this.writeContent(el, target, 'candidate target', none), XLIFF_20_NS);
            },
            MATCHES_NS,
          );
        }
      },
      MATCHES_NS,
    );
  }

  private writeNotes(element: BlockElement): void {
    const text = (value: string) => requireXmlChars(value, 'note', this.fail);
    const glossary = terminologyNote(this.unit.input.terms);
    const placeholders = placeholderNotes(this.unit.input.placeholders);
    const general = this.unit.input.notes;
    if (!glossary && placeholders.length === 0 && general.length === 0) return;
    element.block('notes', {}, (notes) => {
      if (glossary) notes.leaf('note', { category: 'terminology', appliesTo: 'source' }, text(glossary));
      for (const note of placeholders) notes.leaf('note', { category: 'placeholder', appliesTo: 'source' }, text(note));
      for (const note of general) notes.leaf('note', {}, text(note));
    });
  }

  /**
   * Writes text, placeholders and term marks. A placeholder used a second time
   * in one side gets a new id with `copyOf`, since ids must stay unique.
   */
  private writeContent(
    element: InlineElement,
    items: readonly ContentItem[],
    where: string,
    placeholders: ReadonlyMap<string, PlaceholderInfo>,
    used = new Set<string>(),
  ): void {
    for (const item of items) {
      if (item.kind === 'text') {
        this.writeText(element, item.value, where);
      } else if (item.kind === 'placeholder') {
        const info = placeholders.get(item.name);
        const display = info ? requireXmlChars(info.display, 'placeholder display', this.fail) : undefined;
        const copy = used.has(item.name);
        used.add(item.name);
        element.empty('ph', {
          id: copy ? this.ids.next(`${item.name}-`) : item.name,
          copyOf: copy ? item.name : undefined,
          disp: display,
          equiv: display,
          type: info ? 'other' : undefined,
          subType: info ? `glossa:${info.kind}` : undefined,
        });
      } else {
        const entry = this.entryIds.get(item.hint.conceptId);
        const ref = entry === undefined ? undefined : `#/f=${this.file.fileId}/u=${this.unit.id}/gls=${entry}`;
        element.span('mrk', { id: this.markIds.get(item), type: 'term', ref }, (mark) =>
          this.writeContent(mark, item.items, where, placeholders, used),
        );
      }
    }
  }

  private writeText(element: InlineElement, value: string, where: string): void {
    for (const run of splitInvalidXmlChars(value)) {
      if ('text' in run) {
        element.text(run.text);
      } else if (isSurrogate(run.codePoint)) {
        this.fail(`${where} contains a lone surrogate (${formatCodePoint(run.codePoint)}), which no XML can carry`);
      } else {
        element.empty('cp', { hex: run.codePoint.toString(16).toUpperCase().padStart(4, '0') });
      }
    }
  }
}
