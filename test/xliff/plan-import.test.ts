import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import type { Segment } from '../../scripts/core/segment.js';
import type { XliffVersion } from '../../scripts/xliff/model.js';
import { planImport, type ImportContext } from '../../scripts/xliff/plan-import.js';
import { readXliff } from '../../scripts/xliff/read-xliff.js';
import { writeXliff } from '../../scripts/xliff/write-xliff.js';
import { russian, russianExport, segments, unit } from './helpers/article.js';

const current: ReadonlyMap<string, Segment> = new Map(Object.values(segments).map((segment) => [segment.id, segment]));
const earlierSentence = 'Мужчина был заочно приговорён к пожизненному заключению в Казахстане.';

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    fileName: 'translations/ru.xlf',
    configuredLocales: ['ru', 'kk', 'uk', 'de'],
    sourceLocale: 'en',
    currentSegments: current,
    existing: new Map([
      [segments.sentence.id, earlierSentence],
      [segments.gas.id, russian.gas],
    ]),
    ...overrides,
  };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function plan(xml: string, overrides: Partial<ImportContext> = {}) {
  return planImport(readXliff(xml, 'translations/ru.xlf'), context(overrides));
}

/** The Russian export with one unit's content replaced as a translator's tool might return it. */
function returned(version: XliffVersion, edit?: (xml: string) => string): string {
  const xml = writeXliff(russianExport(version));
  if (!edit) return xml;
  const edited = edit(xml);
  expect(edited, 'the edit changed nothing').not.to.equal(xml);
  return edited;
}

const unitTag = (version: XliffVersion, id: string) => (version === '1.2' ? `<trans-unit id="${id}"` : `<unit id="${id}"`);

describe('xliff/planImport', () => {
  for (const version of ['1.2', '2.0'] as const) {
    describe(`XLIFF ${version}`, () => {
      it('imports translated units: existing entries keep their order, new ids follow in document order', () => {
        const result = plan(returned(version));
        expect(result.locale).to.equal('ru');
        expect([result.imported, result.unchanged, result.skipped]).to.deep.equal([3, 1, 2]);
        expect(result.rejected).to.deep.equal([]);
        expect(result.stale).to.deep.equal([]);
        expect([...result.entries]).to.deep.equal([
          [segments.sentence.id, earlierSentence],
          [segments.gas.id, russian.gas],
          [segments.heading.id, russian.heading],
          [segments.reuters.id, russian.reuters],
          [segments.detention.id, russian.detention],
        ]);
      });

      it('changes nothing when the same file is imported twice', () => {
        const xml = returned(version);
        const first = plan(xml);
        const second = plan(xml, { existing: first.entries });
        expect([second.imported, second.unchanged, second.skipped]).to.deep.equal([0, 4, 2]);
        expect([...second.entries]).to.deep.equal([...first.entries]);
      });

      it('reports units whose id is not in the current source as stale, at the unit', () => {
        const xml = returned(version);
        const withoutReuters = new Map([...current].filter(([id]) => id !== segments.reuters.id));
        const result = plan(xml, { currentSegments: withoutReuters });
        expect(result.stale).to.have.length(1);
        expect(result.stale[0]).to.deep.include({
          ruleId: 'xliff/import-stale',
          severity: 'warning',
          file: 'translations/ru.xlf',
          segmentId: segments.reuters.id,
          locale: 'ru',
          ...positionOf(xml, unitTag(version, segments.reuters.id)),
        });
        expect(result.entries.has(segments.reuters.id)).to.equal(false);
        expect(result.imported).to.equal(2);
      });

      it('never lets an empty target overwrite a translation', () => {
        const input = russianExport(version);
        const groups = input.groups.map((group) => ({
          ...group,
          units: group.units.map((u) => (u.segment.id === segments.gas.id ? { ...u, target: ' \n ' } : u)),
        }));
        const result = plan(writeXliff({ ...input, groups }));
        expect(result.entries.get(segments.gas.id)).to.equal(russian.gas);
        expect([result.imported, result.unchanged, result.skipped]).to.deep.equal([3, 0, 3]);
      });

      it('skips a target still equal to its source under an initial state; takes one a tool changed without updating the state', () => {
        const prefilled = russianExport(version, {
          groups: [{ id: 'b', type: 'paragraph', units: [unit(segments.almaty, { prefill: true }), unit(segments.gas, { prefill: true })] }],
        });
        const xml = writeXliff(prefilled);
        const untouched = plan(xml, { existing: new Map() });
        expect([untouched.imported, untouched.skipped]).to.deep.equal([0, 2]);
        expect(untouched.entries.size).to.equal(0);

        // What OmegaT returns: the target text replaced, the state left as exported.
        const state = version === '1.2' ? 'state="needs-translation"' : 'state="initial"';
        expect(xml.split(state)).to.have.length(3);
        const start = xml.indexOf(unitTag(version, segments.almaty.id));
        const translated = xml.slice(0, start) + xml.slice(start).replace(/(<target[^>]*>)[^<]*(<\/target>)/, `$1${russian.almaty}$2`);
        expect(translated).not.to.equal(xml);
        const result = plan(translated, { existing: new Map() });
        expect([result.imported, result.skipped]).to.deep.equal([1, 1]);
        expect(result.entries.get(segments.almaty.id)).to.equal(russian.almaty);
        expect(result.entries.has(segments.gas.id)).to.equal(false);
      });

      it('rejects a unit whose source is no longer the current sentence, but tolerates reflowed white space', () => {
        const changed = returned(version, (xml) => xml.replace('This was reported by Reuters on', 'This was first reported by Reuters on'));
        const result = plan(changed);
        expect(result.rejected.map((d) => [d.ruleId, d.severity, d.segmentId, d.line, d.column])).to.deep.equal([
          ['xliff/import-source-changed', 'error', segments.reuters.id, ...Object.values(positionOf(changed, unitTag(version, segments.reuters.id)))],
        ]);
        expect(result.entries.has(segments.reuters.id)).to.equal(false);

        const reflowed = returned(version, (xml) => xml.replace('This was reported by Reuters on', 'This  was reported\n by Reuters on'));
        expect(plan(reflowed).entries.get(segments.reuters.id)).to.equal(russian.reuters);
      });

      it('rejects a target with inline codes other than Glossa placeholders, at the target', () => {
        const code = version === '1.2' ? '<g id="b1">Reuters</g>' : '<pc id="b1">Reuters</pc>';
        const edited = returned(version, (xml) => xml.replace('сообщило агентство Reuters.', `сообщило агентство ${code}.`));
        const result = plan(edited);
        const element = version === '1.2' ? 'g' : 'pc';
        expect(result.rejected).to.have.length(1);
        expect(result.rejected[0]).to.deep.include({
          ruleId: 'xliff/import-inline-code',
          message: `target of unit "${segments.reuters.id}": inline code <${element} id="b1"> is not a Glossa placeholder and cannot be imported`,
        });
        const unitAt = positionOf(edited, unitTag(version, segments.reuters.id));
        const targetAt = positionOf(edited.slice(edited.indexOf(unitTag(version, segments.reuters.id))), '<target');
        expect([result.rejected[0]!.line, result.rejected[0]!.column]).to.deep.equal([unitAt.line + targetAt.line - 1, targetAt.column]);
      });

      it('imports a target in which the CAT tool kept term marks', () => {
        const marked =
          version === '1.2'
            ? 'Беглый банкир <mrk mtype="term">Аблязов</mrk> объявил'
            : 'Беглый банкир <mrk id="t1" type="term">Аблязов</mrk> объявил';
        const result = plan(returned(version, (xml) => xml.replace('Беглый банкир Аблязов объявил', marked)));
        expect(result.entries.get(segments.heading.id)).to.equal(russian.heading);
      });

      it('rejects targets whose placeholders differ from the source: missing, invented, repeated', () => {
        const ph = (name: string) => (version === '1.2' ? `<x id="${name}"/>` : `<ph id="${name}"/>`);
        const edits: Array<[string, string]> = [
          [`Утром ${ph('d1')} правоохранители`, `Утром правоохранители`],
          [`более ${ph('n1')} участников`, `более ${ph('n9')} участников`],
        ];
        let xml = returned(version);
        for (const [from, to] of edits) {
          const pattern = new RegExp(from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\\\/>/, '[^>]*\\/>'));
          expect(pattern.test(xml), from).to.equal(true);
          xml = xml.replace(pattern, to);
        }
        const result = plan(xml);
        expect(result.rejected.map((d) => [d.ruleId, d.message])).to.deep.equal([
          [
            'xliff/import-placeholders',
            `placeholders of unit "${segments.detention.id}" do not match the source: {d1} is missing; {n1} is missing; {n9} is not in the source`,
          ],
        ]);

        const repeated = russianExport(version, {
          groups: [{ id: 'b', type: 'paragraph', units: [unit(segments.reuters, { target: 'Об этом {d1} ({d1}) сообщило агентство Reuters.', state: 'translated' })] }],
        });
        expect(plan(writeXliff(repeated)).rejected.map((d) => d.message)).to.deep.equal([
          `placeholders of unit "${segments.reuters.id}" do not match the source: {d1} appears 2 times`,
        ]);
      });
    });
  }

  describe('whole-file decisions', () => {
    it('refuses a target language that is not configured, at the root', () => {
      const xml = writeXliff(russianExport('2.0', { trgLang: 'fr' }));
      expect(() => plan(xml)).to.throw(InputError, /target language "fr" is not a configured locale \(ru, kk, uk, de\)/);
      try {
        plan(xml);
      } catch (error) {
        expect((error as InputError).format()).to.match(/^translations\/ru\.xlf:2:1: /);
      }
    });

    it('matches locales case-insensitively but not by language alone', () => {
      expect(plan(writeXliff(russianExport('1.2', { trgLang: 'RU' }))).locale).to.equal('ru');
      expect(() => plan(writeXliff(russianExport('1.2', { trgLang: 'ru-RU' })))).to.throw(InputError, /"ru-RU" is not a configured locale/);
    });

    it('refuses a file without target language and one in the wrong source language', () => {
      const noTarget = writeXliff(russianExport('2.0')).replace(' trgLang="ru"', '');
      expect(() => plan(noTarget)).to.throw(InputError, /names no target language/);
      expect(() => plan(writeXliff(russianExport('2.0', { srcLang: 'de' })))).to.throw(InputError, /source language "de" is not the project's source locale "en"/);
    });

    it('refuses the file when a unit target declares another language', () => {
      const xml = writeXliff(russianExport('1.2')).replace('<target state="signed-off">', '<target state="signed-off" xml:lang="kk">');
      const at = positionOf(xml, '<target state="signed-off" xml:lang="kk">');
      expect(() => plan(xml)).to.throw(InputError, /is in "kk", not in the file.s target language "ru"/);
      try {
        plan(xml);
      } catch (error) {
        expect((error as InputError).position).to.deep.equal(at);
      }
      const same = writeXliff(russianExport('1.2')).replace('<target state="signed-off">', '<target state="signed-off" xml:lang="ru">');
      expect(plan(same).imported).to.equal(3);
    });

    it('imports only the first of two units with the same id in different files', () => {
      const xml = writeXliff(russianExport('1.2'));
      const file = xml.slice(xml.indexOf('  <file'), xml.indexOf('</xliff>'));
      const twice = xml.replace('</xliff>', `${file}</xliff>`);
      const result = plan(twice);
      expect(result.imported).to.equal(3);
      expect(result.rejected.map((d) => d.ruleId)).to.deep.equal(Array(6).fill('xliff/import-duplicate'));
    });
  });
});
