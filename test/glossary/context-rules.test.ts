import { expect } from 'chai';
import { compileMatcher, type Glossary } from '../../scripts/glossary/index.js';
import { termbaseMatcher } from './helpers.js';

/** Each violation as [flagged text, suggestion, concept the rule points to]. */
function violations(lang: string, text: string): [string, string, string][] {
  return termbaseMatcher(lang)
    .contextViolations(text)
    .map((v) => [text.slice(v.start, v.end), v.suggestion, v.rule.use.conceptId]);
}

type Case = readonly [text: string, expected: readonly (readonly [string, string, string])[]];

function cases(lang: string, rows: readonly Case[]): void {
  for (const [text, expected] of rows) {
    const label = expected.length === 0 ? 'no violation' : expected.map(([flagged, suggestion]) => `${flagged} → ${suggestion}`).join(', ');
    it(`${lang}: ${JSON.stringify(text)}: ${label}`, () => {
      expect(violations(lang, text)).to.deep.equal(expected);
    });
  }
}

describe('context rules of the project termbase: civic Kazakhstani versus ethnic Kazakh', () => {
  describe('English', () => {
    cases('en', [
      ['Ablyazov appealed to Kazakh law enforcers.', [['Kazakh', 'Kazakhstani', 'kazakhstani']]],
      ['Kazakh banker Mukhtar Ablyazov', [['Kazakh', 'Kazakhstani', 'kazakhstani']]],
      ['the Kazakh Health Ministry said', [['Kazakh', 'Kazakhstani', 'kazakhstani']]],
      ['KAZAKH AUTHORITIES DENY IT', [['KAZAKH', 'KAZAKHSTANI', 'kazakhstani']]],
      ['Kazakh citizens and Kazakh police', [['Kazakh', 'Kazakhstani', 'kazakhstani'], ['Kazakh', 'Kazakhstani', 'kazakhstani']]],
      ['the Kazakh language', []],
      ['ethnic Kazakh citizens of Russia', []],
      ['a Kazakh-language government newspaper', []],
      ['Kazakh music and Russian authorities', []],
      ['He is Kazakh. Authorities said so.', []],
      ['Kazakhstani authorities', []],
    ]);
  });

  describe('Russian', () => {
    cases('ru', [
      ['обратился к казахским правоохранителям', [['казахским', 'казахстанским', 'kazakhstani']]],
      ['Казахские власти заявили', [['Казахские', 'Казахстанские', 'kazakhstani']]],
      ['письмо казахскому правительству', [['казахскому', 'казахстанскому', 'kazakhstani']]],
      ['казахских граждан', [['казахских', 'казахстанских', 'kazakhstani']]],
      ['казахские силы безопасности', [['казахские', 'казахстанские', 'kazakhstani']]],
      ['казахский язык', []],
      ['на казахском языке', []],
      ['этнические казахские граждане России', []],
      ['казахская музыка', []],
    ]);
  });

  describe('Kazakh', () => {
    cases('kk', [
      ['қазақ азаматтары', [['қазақ', 'қазақстандық', 'kazakhstani']]],
      ['Қазақ билігі мәлімдеді', [['Қазақ', 'Қазақстандық', 'kazakhstani']]],
      ['қазақ тілі', []],
      ['этникалық қазақ азаматтары', []],
      ['қазақ әдебиеті', []],
    ]);
  });

  describe('Ukrainian', () => {
    cases('uk', [
      ['казахських силовиків', [['казахських', 'казахстанських', 'kazakhstani']]],
      ['казахська влада', [['казахська', 'казахстанська', 'kazakhstani']]],
      ['Казахські громадяни', [['Казахські', 'Казахстанські', 'kazakhstani']]],
      ['казахська мова', []],
      ['казахською мовою', []],
      ['етнічні казахські громадяни', []],
    ]);
  });

  describe('German', () => {
    cases('de', [
      ['die kasachischen Behörden', [['kasachischen', 'kasachstanischen', 'kazakhstani']]],
      ['Kasachische Regierung tritt zurück', [['Kasachische', 'Kasachstanische', 'kazakhstani']]],
      ['das kasachische Gesundheitsministerium', [['kasachische', 'kasachstanische', 'kazakhstani']]],
      ['kasachische Sicherheitskräfte', [['kasachische', 'kasachstanische', 'kazakhstani']]],
      ['die kasachische Sprache', []],
      ['ethnisch kasachische Bürger', []],
      ['kasachische Musik', []],
    ]);
  });
});

describe('context rule mechanics', () => {
  const glossary: Glossary = {
    languages: {},
    concepts: [
      { id: 'civic', terms: { en: [{ text: 'Kazakhstani', status: 'preferred' }, { text: 'Kazakhstan-based', status: 'admitted' }] } },
      {
        id: 'ethnic',
        terms: {
          en: [
            {
              text: 'Kazakh',
              status: 'preferred',
              context: [
                { when: { side: 'before', within: 2, words: ['minister of'] }, unless: [], use: { conceptId: 'civic', term: 'Kazakhstan-based' } },
                { when: { side: 'after', within: 1, words: ['bank*'] }, unless: [], use: { conceptId: 'civic' }, note: 'banks are civic' },
              ],
            },
          ],
        },
      },
    ],
  };
  const en = compileMatcher(glossary, 'en');

  it('looks for cues before the term, entirely before it', () => {
    const text = 'the minister of Kazakh affairs';
    const [violation] = en.contextViolations(text);
    expect(text.slice(violation!.start, violation!.end)).to.equal('Kazakh');
    expect(violation!.suggestion).to.equal('Kazakhstan-based');
    expect(violation!.conceptId).to.equal('ethnic');
  });

  it('counts words: a cue beyond `within` does not count', () => {
    expect(en.contextViolations('Kazakh central banks')).to.deep.equal([]);
    expect(en.contextViolations('Kazakh banking').map((v) => v.rule.note)).to.deep.equal(['banks are civic']);
  });

  it('reports one violation per term, from the first rule that applies', () => {
    const found = en.contextViolations('minister of Kazakh banks');
    expect(found).to.have.length(1);
    expect(found[0]!.suggestion).to.equal('Kazakhstan-based');
  });
});
