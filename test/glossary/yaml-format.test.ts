import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import {
  GlossaryError,
  deprecatedTerms,
  findConcept,
  loadGlossary,
  parseGlossaryYaml,
  preferredTerm,
  replacementFor,
  termsIn,
  writeGlossaryYaml,
  type Glossary,
} from '../../scripts/glossary/index.js';
import { fixturePath, glossaErrorOf, projectTermbase, readFixture } from './helpers.js';

/** The "file:line:column: message" lines of a glossary error, with the fixture directory removed. */
function problemsOf(name: string): string[] {
  const error = glossaErrorOf(() => parseGlossaryYaml(readFixture(name), name));
  expect(error).to.be.instanceOf(InputError);
  return error.format().split('\n');
}

describe('YAML termbase format', () => {
  describe('the project termbase', () => {
    const glossary = projectTermbase();

    it('covers the contested names in en, ru, kk, uk and de', () => {
      const ids = glossary.concepts.map((concept) => concept.id);
      expect(ids).to.include.members([
        'almaty',
        'kazakhstan',
        'kazakhstani',
        'kazakh',
        'tokayev',
        'ablyazov',
        'bta-bank',
        'csto',
        'security-council-kz',
        'national-guard-kz',
        'euromaidan',
        'tenge',
      ]);
      for (const concept of glossary.concepts) {
        for (const lang of ['en', 'ru', 'kk', 'uk', 'de']) {
          expect(preferredTerm(concept, lang), `${concept.id} has a preferred ${lang} term`).to.not.equal(undefined);
        }
      }
    });

    it('prefers Almaty and deprecates Alma-Ata in every language', () => {
      const almaty = findConcept(glossary, 'almaty')!;
      const preferred = Object.fromEntries(['en', 'ru', 'kk', 'uk', 'de'].map((lang) => [lang, preferredTerm(almaty, lang)!.text]));
      expect(preferred).to.deep.equal({ en: 'Almaty', ru: 'Алматы', kk: 'Алматы', uk: 'Алмати', de: 'Almaty' });
      expect(deprecatedTerms(almaty, 'en').map((term) => term.text)).to.deep.equal(['Alma-Ata', 'Alma Ata']);
      expect(deprecatedTerms(almaty, 'ru').map((term) => term.text)).to.deep.equal(['Алма-Ата', 'алма-атинский', 'алма-атинец']);
    });

    it('lists derived adjectives and demonyms under the name they are formed from, each with its status', () => {
      const kyiv = findConcept(glossary, 'kyiv')!;
      const derived = (lang: string) => termsIn(kyiv, lang).filter((term) => term.derivedFrom !== undefined).map((term) => [term.text, term.derivedFrom, term.status, term.partOfSpeech]);
      expect(derived('uk')).to.deep.equal([
        ['київський', 'Київ', 'preferred', 'adjective'],
        ['киянин', 'Київ', 'preferred', 'noun'],
        ['київлянин', 'Київ', 'deprecated', 'noun'],
      ]);
      expect(derived('de')).to.deep.equal([
        ['Kyjiwer', 'Kyjiw', 'preferred', 'adjective'],
        ['Kiewer', 'Kiew', 'deprecated', 'adjective'],
      ]);
      expect(preferredTerm(kyiv, 'uk')!.text, 'a derived term is never the name to use').to.equal('Київ');
      expect(replacementFor(kyiv, 'de', termsIn(kyiv, 'de').find((term) => term.text === 'Kiewer')!)!.text).to.equal('Kyjiwer');
      expect(replacementFor(kyiv, 'uk', termsIn(kyiv, 'uk').find((term) => term.text === 'київлянин')!)!.text).to.equal('киянин');
      expect(replacementFor(kyiv, 'de', termsIn(kyiv, 'de').find((term) => term.text === 'Kiew')!)!.text).to.equal('Kyjiw');
    });

    it('spells Tokayev as his office does and deprecates the Russian-based English transliteration', () => {
      const tokayev = findConcept(glossary, 'tokayev')!;
      expect(preferredTerm(tokayev, 'en')!.text).to.equal('Kassym-Jomart Tokayev');
      expect(deprecatedTerms(tokayev, 'en').map((term) => term.text)).to.include('Kassym-Zhomart Tokayev');
      expect(preferredTerm(tokayev, 'de')!.text).to.equal('Qassym-Schomart Tokajew');
      expect(preferredTerm(tokayev, 'kk')!.text).to.equal('Қасым-Жомарт Тоқаев');
      expect(preferredTerm(tokayev, 'uk')!.text).to.equal('Касим-Жомарт Токаєв');
    });

    it('lists terms preferred first, then admitted, then deprecated', () => {
      const order = { preferred: 0, admitted: 1, deprecated: 2 };
      for (const concept of glossary.concepts) {
        for (const terms of Object.values(concept.terms)) {
          const ranks = terms.map((term) => order[term.status]);
          expect(ranks).to.deep.equal([...ranks].sort());
        }
      }
    });

    it('is read by loadGlossary from disk', async () => {
      const loaded = await loadGlossary(fixturePath('../../../glossary/termbase.yaml'));
      expect(loaded).to.deep.equal(glossary);
    });
  });

  describe('writeGlossaryYaml', () => {
    it('writes the project termbase so that it reads back equal', () => {
      const glossary = projectTermbase();
      const text = writeGlossaryYaml(glossary);
      expect(parseGlossaryYaml(text, 'written.yaml')).to.deep.equal(glossary);
    });

    it('writes a term with nothing but its text as plain text, and patterns on one line', () => {
      const glossary: Glossary = {
        languages: {},
        concepts: [
          {
            id: 'almaty',
            terms: {
              ru: [
                { text: 'Алматы', status: 'preferred' },
                { text: 'Алма-Ата', status: 'deprecated', forms: ['Алма-Ат~', 'Алма Ат~'] },
              ],
            },
          },
        ],
      };
      const text = writeGlossaryYaml(glossary);
      expect(text).to.include('preferred: Алматы\n');
      expect(text).to.include('forms: [ Алма-Ат~, Алма Ат~ ]');
      expect(parseGlossaryYaml(text, 'x.yaml')).to.deep.equal(glossary);
    });

    it('quotes what YAML would otherwise read as another type', () => {
      const glossary: Glossary = {
        languages: { ru: { endings: 2 } },
        concepts: [{ id: 'c1', note: 'yes', terms: { en: [{ text: '1984', status: 'preferred' }, { text: 'null', status: 'admitted' }, { text: '*star', status: 'deprecated', forms: ['star'] }] } }],
      };
      expect(parseGlossaryYaml(writeGlossaryYaml(glossary), 'x.yaml')).to.deep.equal(glossary);
    });
  });

  describe('errors name file, line and column', () => {
    it('malformed YAML', () => {
      expect(problemsOf('bad/malformed.yaml')).to.deep.equal([
        'bad/malformed.yaml:7:7: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ]);
    });

    it('a concept id used twice', () => {
      expect(problemsOf('bad/duplicate-id.yaml')).to.deep.equal(["bad/duplicate-id.yaml:11:9: concept id 'almaty' is used twice (first on line 3)"]);
    });

    it('a term listed as both preferred and deprecated', () => {
      expect(problemsOf('bad/status-clash.yaml')).to.deep.equal([
        "bad/status-clash.yaml:9:13: en term 'ALMATY' is listed as both preferred (line 6) and deprecated (concept 'almaty')",
      ]);
    });

    it('a spelling preferred in one language and deprecated in another is no clash; in the same language it is, whatever its case', () => {
      const text = (deLine: string) =>
        `version: 1\nconcepts:\n  - id: kiev\n    terms:\n      en:\n        preferred: Kyiv\n        deprecated: Kiew\n      de:\n${deLine}\n  - id: other\n    terms:\n      de:\n        deprecated: KYIV\n`;
      // German writes Kiew; English deprecates it. Neither file may clash across the two languages.
      const german = parseGlossaryYaml(text('        preferred: Kiew'), 'x.yaml');
      expect(german.concepts.map((concept) => concept.id)).to.deep.equal(['kiev', 'other']);
      const error = glossaErrorOf(() => parseGlossaryYaml(text('        preferred: Kyiv'), 'x.yaml'));
      expect(error.format()).to.equal("x.yaml:13:21: de term 'KYIV' is listed as both preferred of concept 'kiev' (line 9) and deprecated (concept 'other')");
    });

    it('unknown language codes', () => {
      expect(problemsOf('bad/unknown-language.yaml')).to.deep.equal([
        "bad/unknown-language.yaml:7:7: unknown language code 'xx' (CLDR has no language 'xx')",
        "bad/unknown-language.yaml:9:7: unknown language code 'kz' (CLDR has no language 'kz')",
      ]);
    });

    it('context rules that refer to an unknown concept or term', () => {
      expect(problemsOf('bad/dangling-rule.yaml')).to.deep.equal([
        "bad/dangling-rule.yaml:14:20: concept 'kazakh', en context rule refers to unknown concept 'kazakhstan-civic'",
        "bad/dangling-rule.yaml:16:50: concept 'kazakh', en context rule refers to term 'Kazakstani', which concept 'kazakhstani' does not have in en",
      ]);
    });

    it('unknown keys, wrong types, bad patterns and ids, all in one report', () => {
      const error = glossaErrorOf(() => parseGlossaryYaml(readFixture('bad/wrong-shapes.yaml'), 'bad/wrong-shapes.yaml'));
      expect(error).to.be.instanceOf(GlossaryError);
      expect((error as GlossaryError).problems.map((p) => `${p.position!.line}:${p.position!.column}`)).to.deep.equal([
        '4:5',
        '9:20',
        '10:19',
        '10:29',
        '11:9',
        '12:9',
        '15:20',
      ]);
      const lines = error.format().split('\n');
      expect(lines[0]).to.equal("bad/wrong-shapes.yaml:4:5: unknown key 'subjet' in a concept; expected 'id', 'subject', 'definition', 'definitionSource', 'note', 'sources', 'crossReferences', 'customerSubset', 'projectSubset', 'transactions', 'languageDetails', 'terms'");
      expect(lines[1]).to.equal('bad/wrong-shapes.yaml:9:20: endings must be a whole number');
      expect(lines[2]).to.include("'*lmaty': a term pattern cannot start with '*'");
      expect(lines[3]).to.include("'Alm~aty': '~' marks where an ending may follow");
      expect(lines[4]).to.include("unknown key 'obsolete'");
      expect(lines[5]).to.include("concept id '2nd' must start with a letter");
      expect(lines[6]).to.equal('bad/wrong-shapes.yaml:15:20: a term must be text, found number (quote it)');
      // The error itself points at the first problem, so a CLI can print it like any InputError.
      expect(error.file).to.equal('bad/wrong-shapes.yaml');
      expect(error.position).to.deep.equal({ line: 4, column: 5 });
      expect(error.message).to.match(/^unknown key 'subjet'.*\(and 6 more problems\)$/u);
    });

    it('a language code that is valid but not written canonically', () => {
      const error = glossaErrorOf(() => parseGlossaryYaml('concepts:\n  - id: a\n    terms:\n      EN:\n        preferred: Almaty\n', 'case.yaml'));
      expect(error.format()).to.equal("case.yaml:4:7: language code 'EN' should be written 'en'");
    });

    it('a context rule without `use` and a condition with both directions', () => {
      const text = [
        'concepts:',
        '  - id: a',
        '    terms:',
        '      en:',
        '        preferred:',
        '          term: Kazakh',
        '          context:',
        '            - when: { followedBy: [x], precededBy: [y] }',
        '',
      ].join('\n');
      expect(glossaErrorOf(() => parseGlossaryYaml(text, 'rule.yaml')).format().split('\n')).to.deep.equal([
        'rule.yaml:8:15: a context rule needs `use`: the concept to use instead',
        'rule.yaml:8:21: a context condition needs exactly one of `followedBy` and `precededBy`',
      ]);
    });

    it('a derived term with an unknown status, or with terms derived from it in turn', () => {
      const text = [
        'concepts:',
        '  - id: kyiv',
        '    terms:',
        '      de:',
        '        preferred:',
        '          term: Kyjiw',
        '          derived:',
        '            - term: Kyjiwer',
        '              status: obsolete',
        '            - term: Kiewer',
        '              derived: [Kiewerin]',
        '',
      ].join('\n');
      expect(glossaErrorOf(() => parseGlossaryYaml(text, 'derived.yaml')).format().split('\n')).to.deep.equal([
        "derived.yaml:9:23: status must be one of preferred, admitted, deprecated; not 'obsolete'",
        "derived.yaml:11:15: unknown key 'derived' in a term derived from 'Kyjiw'; expected 'term', 'status', 'forms', 'endings', 'partOfSpeech', 'note', 'context', 'termType', 'administrativeStatus', 'example', 'exampleSource', 'grammaticalGender', 'geographicalUsage', 'termLocation', 'sources', 'crossReferences', 'customerSubset', 'projectSubset', 'transactions'",
      ]);
    });

    it('a term that cannot be found at a word start', () => {
      const text = 'concepts:\n  - id: net\n    terms:\n      en:\n        preferred: .NET\n';
      expect(glossaErrorOf(() => parseGlossaryYaml(text, 'net.yaml')).format()).to.equal(
        "net.yaml:5:20: concept 'net', en term '.NET': '.NET' does not start with a letter or digit, so it cannot be found at a word start; give the term `forms`",
      );
    });

    it('a file that is not a termbase at all', () => {
      expect(glossaErrorOf(() => parseGlossaryYaml('- just\n- a list\n', 'list.yaml')).format()).to.equal(
        'list.yaml:1:1: a termbase must be a mapping with a `concepts` list',
      );
      expect(glossaErrorOf(() => parseGlossaryYaml('version: 2\nconcepts: []\n', 'v2.yaml')).format()).to.equal(
        'v2.yaml:1:10: version must be 1, the only version of this format',
      );
    });
  });
});
