import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import { writeXliff } from '../../scripts/xliff/write-xliff.js';
import type { UnitState, XliffFileInput, XliffVersion } from '../../scripts/xliff/model.js';
import { articleFile, articleSegment, russianExport, segments, unit } from './helpers/article.js';
import { all, GLS, MTC, one, parseDom, XLIFF_12, XLIFF_20, type DomElement } from './helpers/dom.js';

function unitElement(root: DomElement, version: XliffVersion, id: string): DomElement {
  const units = all(root, version === '1.2' ? XLIFF_12 : XLIFF_20, version === '1.2' ? 'trans-unit' : 'unit');
  const found = units.find((element) => element.getAttribute('id') === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

function singleUnitFile(version: XliffVersion, fields: Parameters<typeof unit>[1], segment = segments.gas): XliffFileInput {
  return russianExport(version, { groups: [{ id: 'b6', type: 'paragraph', units: [unit(segment, fields)] }] });
}

describe('xliff/writeXliff', () => {
  describe('XLIFF 1.2', () => {
    const xml = writeXliff(russianExport('1.2'));
    const root = parseDom(xml);

    it('writes one <file> for the article with its languages, and a group per block', () => {
      const file = one(root, XLIFF_12, 'file');
      expect(root.getAttribute('version')).to.equal('1.2');
      expect(file.getAttribute('original')).to.equal(articleFile);
      expect(file.getAttribute('source-language')).to.equal('en');
      expect(file.getAttribute('target-language')).to.equal('ru');
      expect(file.getAttribute('datatype')).to.equal('plaintext');
      const groups = all(root, XLIFF_12, 'group');
      expect(groups.map((group) => group.getAttribute('id'))).to.deep.equal(['b0', 'b1', 'b6', 'b7', 'b11']);
      expect(groups.map((group) => group.getAttribute('restype'))).to.deep.equal([
        'x-glossa-heading',
        'x-glossa-paragraph',
        'x-glossa-paragraph',
        'x-glossa-paragraph',
        'x-glossa-paragraph',
      ]);
      const unitsOfLead = all(groups[1]!, XLIFF_12, 'trans-unit').map((element) => element.getAttribute('id'));
      expect(unitsOfLead).to.deep.equal([segments.lead.id, segments.reuters.id]);
    });

    it('writes money placeholders as <x> with an x- ctype and the source text as equiv-text', () => {
      expect(xml).to.include('<x id="m1" ctype="x-glossa-money" equiv-text="60 KZT (10 rubles)"/>');
      expect(xml).to.include('<x id="m2" ctype="x-glossa-money" equiv-text="120 KZT (20 rubles)"/>');
      // The unit's own <source> comes first; the <alt-trans> has another.
      const source = all(unitElement(root, '1.2', segments.gas.id), XLIFF_12, 'source')[0]!;
      expect(source.textContent).to.equal(
        'City dwellers became disgruntled at the rising cost of liquefied gas, which went from  to  per litre.',
      );
    });

    it('maps unit states to 1.2 target states and marks every unit with a translation approved', () => {
      const states: Array<[UnitState, string]> = [
        ['initial', 'new'],
        ['translated', 'translated'],
        ['reviewed', 'signed-off'],
        ['final', 'final'],
      ];
      for (const [state, expected] of states) {
        const written = parseDom(writeXliff(singleUnitFile('1.2', { target: 'Цены выросли с {m1} до {m2}.', state })));
        expect(one(written, XLIFF_12, 'target').getAttribute('state'), state).to.equal(expected);
        const approved = one(written, XLIFF_12, 'trans-unit').getAttribute('approved');
        // Translate Toolkit counts a 1.2 target as translated only when its unit is approved; `initial` is not a translation.
        expect(approved, state).to.equal(state === 'initial' ? null : 'yes');
      }
    });

    it('prefill: an untranslated unit gets its source (text and codes, no term marks) as a needs-translation target, not approved', () => {
      const written = parseDom(writeXliff(singleUnitFile('1.2', { prefill: true })));
      const target = one(written, XLIFF_12, 'target');
      expect(target.getAttribute('state')).to.equal('needs-translation');
      expect(one(written, XLIFF_12, 'trans-unit').getAttribute('approved')).to.equal(null);
      expect(all(target, XLIFF_12, 'x').map((code) => code.getAttribute('id'))).to.deep.equal(['m1', 'm2']);
      expect(target.textContent).to.equal('City dwellers became disgruntled at the rising cost of liquefied gas, which went from  to  per litre.');
      // A unit that has a translation keeps it.
      const kept = parseDom(writeXliff(singleUnitFile('1.2', { prefill: true, target: 'Цены выросли с {m1} до {m2}.' })));
      expect(one(kept, XLIFF_12, 'target').textContent).to.equal('Цены выросли с  до .');
      expect(one(kept, XLIFF_12, 'target').getAttribute('state')).to.equal('translated');
    });

    it('marks terms with <mrk mtype="term"> and lists them in a glossa note with forbidden variants', () => {
      const almaty = unitElement(root, '1.2', segments.almaty.id);
      const mark = one(almaty, XLIFF_12, 'mrk');
      expect(mark.getAttribute('mtype')).to.equal('term');
      expect(mark.textContent).to.equal('Almaty');
      const notes = all(almaty, XLIFF_12, 'note');
      expect(notes.map((note) => [note.getAttribute('from'), note.textContent])).to.deep.equal([
        ['glossa', 'Glossary: Almaty → Алматы (do not use: Алма-Ата)'],
      ]);
    });

    it('carries the converted amounts in a note per money placeholder', () => {
      const notes = all(unitElement(root, '1.2', segments.gas.id), XLIFF_12, 'note').map((note) => note.textContent);
      expect(notes).to.deep.equal([
        '[m1] 60 KZT (10 rubles): amount 60 KZT; shown in ru as 60 ₸ (≈ 10 ₽ at the article date)',
        '[m2] 120 KZT (20 rubles): amount 120 KZT; shown in ru as 120 ₸ (≈ 20 ₽ at the article date)',
      ]);
    });

    it('writes fuzzy candidates as <alt-trans> with a percentage, never as the target', () => {
      const gas = unitElement(root, '1.2', segments.gas.id);
      const alt = one(gas, XLIFF_12, 'alt-trans');
      expect(alt.getAttribute('match-quality')).to.equal('87%');
      expect(alt.getAttribute('origin')).to.equal('earlier version of this article');
      expect(one(alt, XLIFF_12, 'source').textContent).to.match(/per liter\.$/);
      const lead = unitElement(root, '1.2', segments.lead.id);
      expect(all(lead, XLIFF_12, 'target')).to.have.length(0);
    });
  });

  describe('XLIFF 2.0', () => {
    const xml = writeXliff(russianExport('2.0'));
    const root = parseDom(xml);

    it('declares srcLang and trgLang on the root and the article as file id', () => {
      expect(root.getAttribute('version')).to.equal('2.0');
      expect(root.getAttribute('srcLang')).to.equal('en');
      expect(root.getAttribute('trgLang')).to.equal('ru');
      const file = one(root, XLIFF_20, 'file');
      expect(file.getAttribute('id')).to.equal('ablyazov-kazakhstan-protests');
      expect(file.getAttribute('original')).to.equal(articleFile);
      expect(all(root, XLIFF_20, 'group').map((group) => group.getAttribute('type'))).to.deep.equal([
        'glossa:heading',
        'glossa:paragraph',
        'glossa:paragraph',
        'glossa:paragraph',
        'glossa:paragraph',
      ]);
    });

    it('writes trgLang even when no unit has a target', () => {
      const written = parseDom(writeXliff(singleUnitFile('2.0', {}, segments.almaty)));
      expect(written.getAttribute('trgLang')).to.equal('ru');
      expect(one(written, XLIFF_20, 'segment').getAttribute('state')).to.equal('initial');
    });

    it('writes placeholders as <ph> with disp, equiv, and a prefixed subType next to type', () => {
      expect(xml).to.include('<ph id="m1" disp="60 KZT (10 rubles)" equiv="60 KZT (10 rubles)" type="other" subType="glossa:money"/>');
      expect(xml).to.include('<ph id="n1" disp="3,000" equiv="3,000" type="other" subType="glossa:number"/>');
    });

    it('writes the unit state on the segment', () => {
      const states = [segments.heading, segments.reuters, segments.gas, segments.lead].map(
        (segment) => one(unitElement(root, '2.0', segment.id), XLIFF_20, 'segment').getAttribute('state'),
      );
      expect(states).to.deep.equal(['final', 'reviewed', 'translated', 'initial']);
    });

    it('links term marks and glossary entries both ways', () => {
      const almaty = unitElement(root, '2.0', segments.almaty.id);
      const mark = one(almaty, XLIFF_20, 'mrk');
      const entry = one(almaty, GLS, 'glossEntry');
      expect(mark.getAttribute('type')).to.equal('term');
      expect(mark.textContent).to.equal('Almaty');
      expect(entry.getAttribute('ref')).to.equal(`#${mark.getAttribute('id')}`);
      expect(mark.getAttribute('ref')).to.equal(`#/f=ablyazov-kazakhstan-protests/u=${segments.almaty.id}/gls=${entry.getAttribute('id')}`);
      expect(one(entry, GLS, 'term').textContent).to.equal('Almaty');
      expect(one(entry, GLS, 'term').getAttribute('source')).to.equal('almaty');
      expect(one(entry, GLS, 'translation').textContent).to.equal('Алматы');
      expect(one(entry, GLS, 'definition').textContent).to.equal('The largest city of Kazakhstan, its capital until 1997.');
      const note = one(almaty, XLIFF_20, 'note');
      expect(note.getAttribute('category')).to.equal('terminology');
      expect(note.textContent).to.equal('Glossary: Almaty → Алматы (do not use: Алма-Ата)');
    });

    it('gives one glossary entry per concept even when the concept appears twice', () => {
      const heading = unitElement(root, '2.0', segments.heading.id);
      expect(all(heading, GLS, 'glossEntry').map((entry) => one(entry, GLS, 'term').textContent)).to.deep.equal(['Ablyazov', 'Kazakhstan']);
      expect(all(heading, XLIFF_20, 'mrk')).to.have.length(2);
    });

    it('writes candidates to the Translation Candidates module, pointing at the segment', () => {
      const gas = unitElement(root, '2.0', segments.gas.id);
      const match = one(gas, MTC, 'match');
      const segment = one(gas, XLIFF_20, 'segment');
      expect(match.getAttribute('ref')).to.equal(`#${segment.getAttribute('id')}`);
      expect(match.getAttribute('matchQuality')).to.equal('87.0');
      expect(match.getAttribute('similarity')).to.equal('87.0');
      expect(all(segment, XLIFF_20, 'target')[0]!.textContent).to.equal(
        'Горожане были недовольны ростом цен на сжиженный газ, который подорожал с  до  за литр.',
      );
    });

    it('leaves terms unmarked when text and spans do not agree with the message, keeping the glossary help', () => {
      // The message says "{d1}" where the text (without spans) has a date: term offsets cannot be trusted.
      const segment = { ...segments.reuters, spans: [] };
      const term = { start: 21, end: 28, conceptId: 'reuters', sourceTerm: 'Reuters', targetTerm: 'Рейтер', forbidden: [] };
      const written = parseDom(writeXliff(singleUnitFile('2.0', { terms: [term] }, segment)));
      expect(all(written, XLIFF_20, 'mrk')).to.have.length(0);
      expect(one(written, GLS, 'glossEntry').getAttribute('ref')).to.equal(null);
      expect(one(written, XLIFF_20, 'note').textContent).to.equal('Glossary: Reuters → Рейтер');
      expect(all(written, XLIFF_20, 'ph').map((ph) => ph.getAttribute('id'))).to.deep.equal(['d1']);
    });

    it('keeps ids unique: a placeholder repeated in the target becomes a copy', () => {
      const written = writeXliff(singleUnitFile('2.0', { target: '{m1} … {m2}, снова {m1}' }));
      expect(written).to.match(/<ph id="m1-1" copyOf="m1"[^>]*\/>/);
    });

    it('writes characters XML 1.0 cannot carry as <cp>', () => {
      const segment = { ...segments.almaty, text: 'Bell\u0007 here', message: 'Bell\u0007 here' };
      const written = writeXliff(singleUnitFile('2.0', {}, segment));
      expect(written).to.include('<source>Bell<cp hex="0007"/> here</source>');
    });
  });

  describe('both versions', () => {
    for (const version of ['1.2', '2.0'] as const) {
      it(`${version}: writes each segment id once, keeping the first occurrence`, () => {
        const input = russianExport(version, {
          groups: [
            { id: 'b1', type: 'paragraph', units: [unit(segments.reuters), unit(segments.gas)] },
            { id: 'b2', type: 'paragraph', units: [unit(segments.reuters)] },
            { id: 'b3', type: 'quote', units: [unit(segments.almaty), unit(segments.almaty)] },
          ],
        });
        const root = parseDom(writeXliff(input));
        const units = all(root, version === '1.2' ? XLIFF_12 : XLIFF_20, version === '1.2' ? 'trans-unit' : 'unit');
        expect(units.map((element) => element.getAttribute('id'))).to.deep.equal([segments.reuters.id, segments.gas.id, segments.almaty.id]);
        // The block left without units is not written.
        const groups = all(root, version === '1.2' ? XLIFF_12 : XLIFF_20, 'group');
        expect(groups.map((group) => group.getAttribute('id'))).to.deep.equal(['b1', 'b3']);
      });

      it(`${version}: makes group ids unique`, () => {
        const input = russianExport(version, {
          groups: [
            { id: 'p', type: 'paragraph', units: [unit(segments.reuters)] },
            { id: 'p', type: 'paragraph', units: [unit(segments.gas)] },
          ],
        });
        const groups = all(parseDom(writeXliff(input)), version === '1.2' ? XLIFF_12 : XLIFF_20, 'group');
        expect(groups.map((group) => group.getAttribute('id'))).to.deep.equal(['p', 'p-2']);
      });

      it(`${version}: is deterministic and indents structure by two spaces, never inside text`, () => {
        const first = writeXliff(russianExport(version));
        expect(writeXliff(russianExport(version))).to.equal(first);
        expect(first.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).to.equal(true);
        for (const line of first.split('\n').slice(1)) {
          expect(/^( *)/.exec(line)![1]!.length % 2, line).to.equal(0);
        }
        expect(first).to.include('<source>City dwellers');
        expect(first).not.to.match(/<source>\s+</);
      });

      it(`${version}: escapes markup characters in text and attributes`, () => {
        const text = 'Tom & Jerry say "AT&amp;T" <b> ]]> & &nbsp;';
        const segment = { ...segments.almaty, text, message: text };
        const written = writeXliff(
          singleUnitFile(version, { notes: ['a "quoted" <note> & &lt;'], placeholders: [] }, segment),
        );
        expect(written).to.include('Tom &amp; Jerry say "AT&amp;amp;T" &lt;b&gt; ]]&gt; &amp; &amp;nbsp;');
        expect(written).to.include('a "quoted" &lt;note&gt; &amp; &amp;lt;');
      });

      it(`${version}: refuses a target that is not a usable ICU message, naming the source file`, () => {
        const write = () => writeXliff(singleUnitFile(version, { target: 'с {m1 до {m2}' }));
        expect(write).to.throw(InputError, /target is not a usable message/);
        try {
          write();
        } catch (error) {
          expect((error as InputError).file).to.equal(articleFile);
        }
      });

      it(`${version}: refuses a state that claims a translation without a target`, () => {
        expect(() => writeXliff(singleUnitFile(version, { state: 'final' }))).to.throw(InputError, /state "final" needs a target/);
      });

      it(`${version}: refuses lone surrogates`, () => {
        const segment = { ...segments.almaty, text: 'broken \uD800 pair', message: 'broken \uD800 pair' };
        expect(() => writeXliff(singleUnitFile(version, {}, segment))).to.throw(InputError, /U\+D800/);
      });
    }

    it('1.2: refuses control characters with a clear error, since 1.2 has no <cp>', () => {
      const segment = articleSegment('This was reported by Reuters on 7 January.', 1);
      const withBell = { ...segment, text: `${segment.text}\u0007`, message: `${segment.message}\u0007` };
      expect(() => writeXliff(singleUnitFile('1.2', {}, withBell))).to.throw(
        InputError,
        /segment \S+: source contains U\+0007, a character XML 1.0 cannot carry; XLIFF 1\.2 has no escape for it/,
      );
    });
  });
});
