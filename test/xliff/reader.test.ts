import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messageToParts, partsToMessage, type MessagePart } from '../../scripts/core/message.js';
import { segmentId } from '../../scripts/core/segment-id.js';
import type { InlinePart, ParsedUnit } from '../../scripts/xliff/parsed.js';
import { partsToIcu } from '../../scripts/xliff/parts-to-icu.js';
import { readXliff, readXliffFile } from '../../scripts/xliff/read-xliff.js';
import { writeXliff } from '../../scripts/xliff/write-xliff.js';
import { XliffDocumentBuilder } from '../../scripts/xliff/document-builder.js';
import { XmlEventStream } from '../../scripts/xliff/xml-events.js';
import { russianExport, unit } from './helpers/article.js';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'reader');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** All text of some content, codes and markers left out. */
function plainText(parts: readonly InlinePart[]): string {
  return parts.map((part) => (part.type === 'text' ? part.value : '')).join('');
}

function byId(units: readonly ParsedUnit[], id: string): ParsedUnit {
  const found = units.find((unit) => unit.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

describe('xliff/readXliff', () => {
  describe('XLIFF 1.2 from other tools', () => {
    const parsed = readXliff(fixture('other-tool-1.2.xlf'), 'other-tool-1.2.xlf');
    const units = parsed.files[0]!.units;

    it('reads languages and the file, and only the units (not header notes or <alt-trans>)', () => {
      expect(parsed.version).to.equal('1.2');
      expect([parsed.srcLang, parsed.trgLang]).to.deep.equal(['en-US', 'ru-RU']);
      expect(parsed.files).to.have.length(1);
      expect(parsed.files[0]!.original).to.equal('news/ablyazov.html');
      expect(units.map((u) => u.id)).to.deep.equal(['tu1', 'tu2', 'tu3']);
      expect(byId(units, 'tu1').notes).to.deep.equal([{ text: 'Check the preposition.', category: 'reviewer' }]);
    });

    it('turns <g>, <bpt>/<ept>, <ph>, <x>, <it> and <mrk> into parts without losing text or native code', () => {
      const tu1 = byId(units, 'tu1');
      expect(tu1.source).to.deep.equal([
        { type: 'text', value: 'Kazakh banker ' },
        { type: 'code', role: 'open', element: 'g', id: '1', pairId: '1' },
        { type: 'text', value: 'Mukhtar Ablyazov' },
        { type: 'code', role: 'close', element: 'g', id: '1', pairId: '1' },
        { type: 'text', value: ' fled to ' },
        { type: 'code', role: 'open', element: 'bpt', id: '2', pairId: '2', data: '<i>' },
        { type: 'text', value: 'Ukraine' },
        { type: 'code', role: 'close', element: 'ept', id: '2', pairId: '2', data: '</i>' },
        { type: 'text', value: '.' },
        { type: 'code', role: 'standalone', element: 'ph', id: '3', data: '<br/>' },
        { type: 'text', value: 'See ' },
        { type: 'placeholder', name: 'm1' },
        { type: 'text', value: ', ' },
        { type: 'code', role: 'open', element: 'it', id: '4', pairId: '4', data: '<u>' },
        { type: 'text', value: 'underlined ' },
        { type: 'marker', element: 'mrk', markerType: 'protected', role: 'open' },
        { type: 'text', value: 'PNG' },
        { type: 'marker', element: 'mrk', markerType: 'protected', role: 'close' },
        { type: 'text', value: ' text.' },
      ]);
      expect(plainText(tu1.target!)).to.equal('Казахский банкир Мухтар Аблязов бежал на Украину.См. , подчёркнутый PNG текст.');
      expect([tu1.state, tu1.rawState]).to.deep.equal(['translated', 'needs-review-translation']);
      expect([tu1.line, tu1.column, tu1.targetLine, tu1.targetColumn]).to.deep.equal([11, 9, 13, 11]);
    });

    it('keeps the segments of <seg-source> in order with their ids, and the text between them', () => {
      const tu2 = byId(units, 'tu2');
      expect(plainText(tu2.source)).to.equal('Protests began on January 2. Prices doubled & more.');
      expect(tu2.source.filter((part) => part.type === 'code')).to.deep.equal([
        { type: 'code', role: 'open', element: 'bx', id: '5', pairId: 'r1' },
        { type: 'code', role: 'close', element: 'ex', id: '6', pairId: 'r1' },
      ]);
      expect(tu2.segments.map((segment) => [segment.id, segment.ignorable, plainText(segment.source), segment.target && plainText(segment.target), segment.state])).to.deep.equal([
        ['0', false, 'Protests began on January 2.', 'Протесты начались 2 января.', 'translated'],
        [undefined, true, ' ', undefined, undefined],
        ['1', false, 'Prices doubled & more.', 'Цены выросли вдвое и больше.', 'translated'],
      ]);
      expect(plainText(tu2.target!)).to.equal('Протесты начались 2 января. Цены выросли вдвое и больше.');
    });

    it('reads CDATA as text and ignores comments; a unit without target has no state', () => {
      const tu3 = byId(units, 'tu3');
      expect(tu3.source).to.deep.equal([{ type: 'text', value: 'Quote: "a <b> & c" done' }]);
      expect(tu3.target).to.equal(undefined);
      expect(tu3.state).to.equal(undefined);
    });
  });

  describe('XLIFF 2.0/2.1 from other tools', () => {
    const parsed = readXliff(fixture('other-tool-2.0.xlf'), 'other-tool-2.0.xlf');
    const units = parsed.files[0]!.units;

    it('reads a 2.1 file as 2.0 with its languages, skipping module content', () => {
      expect([parsed.version, parsed.srcLang, parsed.trgLang]).to.deep.equal(['2.0', 'en', 'kk']);
      expect(parsed.files[0]!.id).to.equal('f1');
      expect(units.map((u) => u.id)).to.deep.equal(['u1', 'u2', 'u3', 'u4']);
      const u2 = byId(units, 'u2');
      expect(plainText(u2.target!)).not.to.include('жад');
    });

    it('turns <pc>, <sc>/<ec>, <mrk>, <sm>/<em>, <ph> and <cp> into parts without losing text', () => {
      const u1 = byId(units, 'u1');
      expect(u1.source).to.deep.equal([
        { type: 'text', value: 'Banker ' },
        { type: 'code', role: 'open', element: 'pc', id: '1', pairId: '1' },
        { type: 'text', value: 'Ablyazov' },
        { type: 'code', role: 'close', element: 'pc', id: '1', pairId: '1' },
        { type: 'text', value: ' in ' },
        { type: 'code', role: 'open', element: 'sc', id: '2', pairId: '2' },
        { type: 'text', value: 'Almaty' },
        { type: 'code', role: 'close', element: 'ec', id: '2', pairId: '2' },
        { type: 'text', value: ': ' },
        { type: 'marker', element: 'mrk', id: 'm1', markerType: 'comment', role: 'open' },
        { type: 'text', value: 'protests' },
        { type: 'marker', element: 'mrk', id: 'm1', markerType: 'comment', role: 'close' },
        { type: 'text', value: ', ' },
        { type: 'marker', role: 'open', element: 'sm', id: 'a1', markerType: 'term' },
        { type: 'text', value: 'tenge' },
        { type: 'marker', role: 'close', element: 'em', id: 'a1' },
        { type: 'text', value: ' at ' },
        { type: 'placeholder', name: 'p1' },
        { type: 'text', value: '\u0001.' },
      ]);
      expect(plainText(u1.target!)).to.equal('Банкир Әблязов Алматыда: наразылық, теңге \u0001.');
      expect(u1.state).to.equal('final');
      expect(u1.notes).to.deep.equal([{ text: 'Headline of the article.', category: 'context' }]);
      expect([u1.line, u1.column, u1.targetLine, u1.targetColumn]).to.deep.equal([8, 5, 21, 9]);
    });

    it('keeps two segments and an ignorable in order; the unit state is the least advanced', () => {
      const u2 = byId(units, 'u2');
      expect(u2.segments.map((segment) => [segment.id, segment.ignorable, plainText(segment.source), segment.state, segment.subState])).to.deep.equal([
        ['s1', false, 'Tokayev spoke.', 'translated', undefined],
        [undefined, true, ' ', undefined, undefined],
        ['s2', false, 'He resigned.', 'final', 'tool:approved'],
      ]);
      expect(plainText(u2.source)).to.equal('Tokayev spoke. He resigned.');
      // The ignorable has no target; its source stands in.
      expect(plainText(u2.target!)).to.equal('Тоқаев сөйледі. Ол отставкаға кетті.');
      expect(u2.state).to.equal('translated');
    });

    it('places targets by their order attribute; a segment without state counts as initial', () => {
      const u3 = byId(units, 'u3');
      expect(plainText(u3.target!)).to.equal('Бірінші. Екінші.');
      expect(u3.state).to.equal('initial');
    });

    it('gives a partly translated unit no unit target but keeps the segment target', () => {
      const u4 = byId(units, 'u4');
      expect(u4.target).to.equal(undefined);
      expect(u4.segments[0]!.target).to.deep.equal([{ type: 'text', value: 'Аударылды.' }]);
      expect(u4.state).to.equal('initial');
    });
  });

  describe('partsToIcu', () => {
    it('makes ICU messages of text and placeholders, dropping annotation markers', () => {
      const u1 = byId(readXliff(fixture('other-tool-2.0.xlf'), 'f.xlf').files[0]!.units, 'u2');
      expect(partsToIcu(u1.target!)).to.deep.equal({ message: 'Тоқаев сөйледі. Ол отставкаға кетті.' });
      const parts: InlinePart[] = [
        { type: 'text', value: "The Prosecutor's Office {sic}" },
        { type: 'marker', role: 'open', element: 'mrk', id: 't1', markerType: 'term' },
        { type: 'text', value: ' in Almaty' },
        { type: 'marker', role: 'close', element: 'mrk', id: 't1', markerType: 'term' },
        { type: 'text', value: ' on ' },
        { type: 'placeholder', name: 'd1' },
      ];
      const expected: MessagePart[] = [
        { type: 'text', value: "The Prosecutor's Office {sic} in Almaty on " },
        { type: 'placeholder', name: 'd1' },
      ];
      const result = partsToIcu(parts);
      expect(result).to.deep.equal({ message: partsToMessage(expected) });
      expect(messageToParts((result as { message: string }).message)).to.deep.equal(expected);
    });

    it('refuses other inline codes and names the code', () => {
      const tu1 = byId(readXliff(fixture('other-tool-1.2.xlf'), 'f.xlf').files[0]!.units, 'tu1');
      expect(partsToIcu(tu1.target!)).to.deep.equal({ error: 'inline code <g id="1"> is not a Glossa placeholder and cannot be imported' });
    });

    it('refuses a placeholder id that cannot be an ICU argument name', () => {
      expect(partsToIcu([{ type: 'placeholder', name: 'a b' }])).to.deep.equal({ error: 'placeholder id "a b" cannot be an ICU argument name' });
    });
  });

  describe('readXliffFile', () => {
    let dir = '';
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'glossa-xliff-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('gives the same result as readXliff for a fixture', async () => {
      const file = path.join(fixtures, 'other-tool-2.0.xlf');
      expect(await readXliffFile(file, 'other-tool-2.0.xlf')).to.deep.equal(readXliff(fixture('other-tool-2.0.xlf'), 'other-tool-2.0.xlf'));
    });

    it('streams a file of many chunks with correct unit positions', async () => {
      const units = Array.from({ length: 4000 }, (_, i) => {
        const text = `Sentence ${i} about the protests in Almaty, Kazakhstan & the CSTO.`;
        return unit({ id: segmentId(text), text, message: text, spans: [], block: i, offset: 0 }, { target: `Предложение ${i} о протестах в Алматы.`, state: 'translated' });
      });
      const xml = writeXliff(russianExport('2.0', { groups: [{ id: 'b', type: 'paragraph', units }] }));
      expect(xml.length).to.be.greaterThan(15 * 65536);
      const file = path.join(dir, 'large.xlf');
      writeFileSync(file, xml);
      const streamed = await readXliffFile(file, 'large.xlf');
      const lines = xml.split('\n');
      const parsedUnits = streamed.files[0]!.units;
      expect(parsedUnits).to.have.length(4000);
      for (const parsedUnit of parsedUnits) {
        expect(lines[parsedUnit.line - 1]!.indexOf(`<unit id="${parsedUnit.id}"`) + 1).to.equal(parsedUnit.column);
      }
      expect(streamed).to.deep.equal(readXliff(xml, 'large.xlf'));
    });

    it('gives the same positions whatever the chunk boundaries (inside names, surrogate pairs, CRLF)', () => {
      const xml = fixture('other-tool-2.0.xlf').replace(/\n/g, '\r\n').replace('Ablyazov', 'Ablyazov 😀');
      const whole = readXliff(xml, 'crlf.xlf');
      for (const size of [1, 7, 64]) {
        const builder = new XliffDocumentBuilder('crlf.xlf');
        const stream = new XmlEventStream('crlf.xlf', builder);
        for (let i = 0; i < xml.length; i += size) stream.write(xml.slice(i, i + size));
        stream.close();
        expect(builder.result(), `chunks of ${size}`).to.deep.equal(whole);
      }
      expect(whole.files[0]!.units.map((u) => [u.id, u.line, u.column])).to.deep.equal([
        ['u1', 8, 5],
        ['u2', 25, 7],
        ['u3', 44, 7],
        ['u4', 58, 7],
      ]);
    });

    it('reports a missing file as InputError naming it', async () => {
      try {
        await readXliffFile(path.join(dir, 'missing.xlf'), 'locales/ru/missing.xlf');
        expect.fail('no error');
      } catch (error) {
        expect((error as Error).name).to.equal('InputError');
        expect((error as { format(): string }).format()).to.match(/^locales\/ru\/missing\.xlf: cannot read XLIFF file: ENOENT/);
      }
    });
  });
});
