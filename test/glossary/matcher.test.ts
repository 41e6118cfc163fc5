import { expect } from 'chai';
import { compileMatcher, type Glossary } from '../../scripts/glossary/index.js';
import { found, termbaseMatcher } from './helpers.js';

type Row = readonly [text: string, expected: readonly (readonly [string, string, string])[]];

/** Runs a table: each text must yield exactly the listed [found text, concept, status] matches. */
function table(lang: string, rows: readonly Row[]): void {
  for (const [text, expected] of rows) {
    it(`${lang}: ${JSON.stringify(text)} → ${expected.length === 0 ? 'nothing' : expected.map((e) => e[0]).join(', ')}`, () => {
      expect(found(termbaseMatcher(lang), text)).to.deep.equal(expected);
    });
  }
}

describe('term matcher on the project termbase', () => {
  describe('English', () => {
    table('en', [
      ['Protesters in Alma-Ata stormed the building.', [['Alma-Ata', 'almaty', 'deprecated']]],
      ['PROTESTS IN ALMA-ATA', [['ALMA-ATA', 'almaty', 'deprecated']]],
      ['Alma\u2011Ata with a non-breaking hyphen', [['Alma\u2011Ata', 'almaty', 'deprecated']]],
      ['Alma\u00A0Ata, split by a no-break space', [['Alma\u00A0Ata', 'almaty', 'deprecated']]],
      ['Alma Ata', [['Alma Ata', 'almaty', 'deprecated']]],
      ["Almaty's mayor", [['Almaty', 'almaty', 'preferred']]],
      ['Kazakhstani citizens in Kazakhstan', [['Kazakhstani', 'kazakhstani', 'preferred'], ['Kazakhstan', 'kazakhstan', 'preferred']]],
      ['President Kassym-Zhomart Tokayev said', [['Kassym-Zhomart Tokayev', 'tokayev', 'deprecated']]],
      ['Kassym-Jomart Tokayev; later Tokayev alone', [['Kassym-Jomart Tokayev', 'tokayev', 'preferred'], ['Tokayev', 'tokayev', 'admitted']]],
      ['the former Bank Turan Alem chief', [['Bank Turan Alem', 'bta-bank', 'deprecated']]],
      ['Bank TuranAlem, now BTA Bank', [['Bank TuranAlem', 'bta-bank', 'admitted'], ['BTA Bank', 'bta-bank', 'preferred']]],
      [
        'the Collective Security Treaty Organisation (CSTO)',
        [
          ['Collective Security Treaty Organisation', 'csto', 'admitted'],
          ['CSTO', 'csto', 'preferred'],
        ],
      ],
      ['from 60 KZT to 120 tenge', [['KZT', 'tenge', 'admitted'], ['tenge', 'tenge', 'preferred']]],
      ['an Euromaidan would begin; the Euro-Maidan', [['Euromaidan', 'euromaidan', 'preferred'], ['Euro-Maidan', 'euromaidan', 'deprecated']]],
      ['the republic’s National Guard', [['National Guard', 'national-guard-kz', 'preferred']]],
    ]);
    table('en', [
      ['Kazakhstanis abroad', []],
      ['Almatyite and Alma-Atan are not terms', []],
      ['AlmaAta, Tokayevism, KZTs', []],
      ['Kazakhish', []],
    ]);
  });

  describe('Russian', () => {
    table('ru', [
      ['протестующие в Алма-Ате', [['Алма-Ате', 'almaty', 'deprecated']]],
      ['жители Алма-Аты и Алма-Атой', [['Алма-Аты', 'almaty', 'deprecated'], ['Алма-Атой', 'almaty', 'deprecated']]],
      ['В АЛМА-АТЕ', [['АЛМА-АТЕ', 'almaty', 'deprecated']]],
      ['Алма Ата', [['Алма Ата', 'almaty', 'deprecated']]],
      ['в Алматы', [['Алматы', 'almaty', 'preferred']]],
      ['Касым-Жомарта Токаева', [['Касым-Жомарта Токаева', 'tokayev', 'preferred']]],
      ['обращение к Токаеву', [['Токаеву', 'tokayev', 'admitted']]],
      ['с Мухтаром Аблязовым', [['Мухтаром Аблязовым', 'ablyazov', 'preferred']]],
      ['казахстанских граждан', [['казахстанских', 'kazakhstani', 'preferred']]],
      ['казахстанскими властями', [['казахстанскими', 'kazakhstani', 'preferred']]],
      ['в Казахстане и из Казахстана', [['Казахстане', 'kazakhstan', 'preferred'], ['Казахстана', 'kazakhstan', 'preferred']]],
      ['во время Евромайдана', [['Евромайдана', 'euromaidan', 'preferred']]],
      ['на заседании Совета безопасности', [['Совета безопасности', 'security-council-kz', 'preferred']]],
      ['Национальной гвардии', [['Национальной гвардии', 'national-guard-kz', 'preferred']]],
      ['силы ОДКБ', [['ОДКБ', 'csto', 'preferred']]],
      ['глава Банка ТуранАлем', [['Банка ТуранАлем', 'bta-bank', 'admitted']]],
      ['экс-глава «Банк Туран Алем»', [['Банк Туран Алем', 'bta-bank', 'deprecated']]],
      ['курс тенге', [['тенге', 'tenge', 'preferred']]],
    ]);
    table('ru', [
      ['Алмаз и алмазы', []],
      // Past the reach of Алма-Ат~ (seven letters of ending), found as the deprecated derived adjective.
      ['Алма-Атинский район', [['Алма-Атинский', 'almaty', 'deprecated']]],
      ['киевского таксиста и Киевским властям', [['киевского', 'kyiv', 'preferred'], ['Киевским', 'kyiv', 'preferred']]],
      ['в Алма-Ате, алма-атинского аэропорта', [['Алма-Ате', 'almaty', 'deprecated'], ['алма-атинского', 'almaty', 'deprecated']]],
      ['одесситы и харьковчане в Киеве', [['одесситы', 'odesa', 'preferred'], ['харьковчане', 'kharkiv', 'preferred'], ['Киеве', 'kyiv', 'preferred']]],
      ['казахстанец и казахстанцы', []],
      ['токаевский курс', []],
    ]);
  });

  describe('Kazakh', () => {
    table('kk', [
      ['Алматыда', [['Алматыда', 'almaty', 'preferred']]],
      ['Алматыға бардық', [['Алматыға', 'almaty', 'preferred']]],
      ['алматылықтар', [['алматылықтар', 'almaty', 'preferred']]],
      ['Алма-Атада', [['Алма-Атада', 'almaty', 'deprecated']]],
      ['Тоқаевтың', [['Тоқаевтың', 'tokayev', 'admitted']]],
      ['Токаевтың', [['Токаевтың', 'tokayev', 'deprecated']]],
      ['Қасым-Жомарт Тоқаевтың', [['Қасым-Жомарт Тоқаевтың', 'tokayev', 'preferred']]],
      ['Қазақстанның', [['Қазақстанның', 'kazakhstan', 'preferred']]],
      ['қазақстандық азаматтар', [['қазақстандық', 'kazakhstani', 'preferred']]],
      ['қазақтың', [['қазақтың', 'kazakh', 'preferred']]],
      ['Әблязовтың', [['Әблязовтың', 'ablyazov', 'admitted']]],
      ['ҰҚШҰ', [['ҰҚШҰ', 'csto', 'preferred']]],
      ['теңгеден', [['теңгеден', 'tenge', 'preferred']]],
    ]);
    table('kk', [
      ['Алмалы ауданы', []],
      ['Алматыдағылардың', []],
      ['Қазақстандықтарымыздың', []],
    ]);
  });

  describe('Ukrainian', () => {
    table('uk', [
      ['в Алмати', [['Алмати', 'almaty', 'preferred']]],
      ['в Алма-Аті', [['Алма-Аті', 'almaty', 'deprecated']]],
      ['над Алма-Атою', [['Алма-Атою', 'almaty', 'deprecated']]],
      ['Касима-Жомарта Токаєва', [['Касима-Жомарта Токаєва', 'tokayev', 'preferred']]],
      ['Касим-Жомарт Токаєв', [['Касим-Жомарт Токаєв', 'tokayev', 'preferred']]],
      ['Токаєву', [['Токаєву', 'tokayev', 'admitted']]],
      ['Токаеву', [['Токаеву', 'tokayev', 'deprecated']]],
      ['казахстанських громадян', [['казахстанських', 'kazakhstani', 'preferred']]],
      ['після Євромайдану', [['Євромайдану', 'euromaidan', 'preferred']]],
      ['засідання Ради безпеки', [['Ради безпеки', 'security-council-kz', 'preferred']]],
      ['Національної гвардії', [['Національної гвардії', 'national-guard-kz', 'preferred']]],
      ['у Казахстані', [['Казахстані', 'kazakhstan', 'preferred']]],
    ]);
    table('uk', [
      ['Алмаз', []],
      ['Радянський союз', []],
      ['Алма-Атинський', [['Алма-Атинський', 'almaty', 'deprecated']]],
      ['Київським судом, у Києві', [['Київським', 'kyiv', 'preferred'], ['Києві', 'kyiv', 'preferred']]],
      ['кияни, а не київляни', [['кияни', 'kyiv', 'preferred'], ['київляни', 'kyiv', 'deprecated']]],
      ['одеська, не одесская; Одеса, не Одесса', [['одеська', 'odesa', 'preferred'], ['одесская', 'odesa', 'deprecated'], ['Одеса', 'odesa', 'preferred'], ['Одесса', 'odesa', 'deprecated']]],
      ["харків'яни", [["харків'яни", 'kharkiv', 'preferred']]],
    ]);
  });

  describe('German', () => {
    table('de', [
      ['Almatys Bürgermeister', [['Almatys', 'almaty', 'preferred']]],
      ['die Straßen Alma-Atas', [['Alma-Atas', 'almaty', 'deprecated']]],
      ['kasachstanischen Behörden', [['kasachstanischen', 'kazakhstani', 'preferred']]],
      ['Tokajews Rede', [['Tokajews', 'tokayev', 'admitted']]],
      ['Qassym-Schomart Tokajews Rede', [['Qassym-Schomart Tokajews', 'tokayev', 'preferred']]],
      ['Kassym-Schomart Tokajew sagte', [['Kassym-Schomart Tokajew', 'tokayev', 'deprecated']]],
      ['Muchtar Abljasows Anhänger', [['Muchtar Abljasows', 'ablyazov', 'preferred']]],
      ['Kasachstans Präsident', [['Kasachstans', 'kazakhstan', 'preferred']]],
      ['des Sicherheitsrates', [['Sicherheitsrates', 'security-council-kz', 'preferred']]],
      ['die BTA-Bank', [['BTA-Bank', 'bta-bank', 'preferred']]],
      ['Truppen der OVKS', [['OVKS', 'csto', 'preferred']]],
      ['die kasachische Sprache', [['kasachische', 'kazakh', 'preferred']]],
    ]);
    table('de', [
      ['Kasachstaner', []],
      ['kasachischsprachig', []],
      ['Almatyer', []],
    ]);
  });
});

describe('term matcher semantics', () => {
  const glossary: Glossary = {
    languages: {},
    concepts: [
      { id: 'alma', terms: { ru: [{ text: 'Алма', status: 'preferred' }] } },
      { id: 'korolev', terms: { ru: [{ text: 'Королёв', status: 'preferred', forms: ['Королёв~'] }] } },
      { id: 'vyacheslav', terms: { uk: [{ text: "В'ячеслав", status: 'preferred', forms: ["В'ячеслав~"] }] } },
      { id: 'dar', terms: { uk: [{ text: 'Дар', status: 'preferred' }] } },
      { id: 'strasse', terms: { de: [{ text: 'Hauptstraße', status: 'preferred' }] } },
      { id: 'ministry', terms: { de: [{ text: 'Innenministerium', status: 'preferred', forms: ['Innen*ium'] }] } },
    ],
  };

  it('never matches inside a longer word: Алма is not in Алмаз', () => {
    const ru = compileMatcher(glossary, 'ru');
    expect(found(ru, 'Алмаз')).to.deep.equal([]);
    expect(found(ru, 'Алма, Алмаз, алма.')).to.deep.equal([
      ['Алма', 'alma', 'preferred'],
      ['алма', 'alma', 'preferred'],
    ]);
  });

  it('reads ё and е as the same letter in Russian, in both directions', () => {
    const ru = compileMatcher(glossary, 'ru');
    expect(found(ru, 'Королев, Королёва, КОРОЛЁВЫМ')).to.deep.equal([
      ['Королев', 'korolev', 'preferred'],
      ['Королёва', 'korolev', 'preferred'],
      ['КОРОЛЁВЫМ', 'korolev', 'preferred'],
    ]);
  });

  it('matches decomposed letters (NFD) and ignores stress marks and soft hyphens', () => {
    const ru = compileMatcher(glossary, 'ru');
    const decomposed = 'Королёва'.normalize('NFD');
    expect(decomposed).to.not.equal('Королёва');
    expect(found(ru, decomposed).map((m) => m[1])).to.deep.equal(['korolev']);
    expect(found(ru, 'Коро\u0301лёв').map((m) => m[1])).to.deep.equal(['korolev']);
    expect(found(ru, 'Коро\u00ADлёв').map((m) => m[1])).to.deep.equal(['korolev']);
  });

  it('treats the Ukrainian apostrophe as part of a word, with any apostrophe character', () => {
    const uk = compileMatcher(glossary, 'uk');
    expect(found(uk, 'В’ячеслава і Вʼячеслав')).to.deep.equal([
      ['В’ячеслава', 'vyacheslav', 'preferred'],
      ['Вʼячеслав', 'vyacheslav', 'preferred'],
    ]);
    // Inside a Ukrainian word the apostrophe joins: Дар'я is not the word Дар.
    expect(found(uk, "Дар'я")).to.deep.equal([]);
    expect(found(uk, "Дар")).to.deep.equal([['Дар', 'dar', 'preferred']]);
  });

  it('folds ß to ss and matches * inside a word', () => {
    const de = compileMatcher(glossary, 'de');
    expect(found(de, 'HAUPTSTRASSE und Hauptstrasse')).to.deep.equal([
      ['HAUPTSTRASSE', 'strasse', 'preferred'],
      ['Hauptstrasse', 'strasse', 'preferred'],
    ]);
    expect(found(de, 'Innenministerium, Innenium, Innen-ministerium')).to.deep.equal([
      ['Innenministerium', 'ministry', 'preferred'],
      ['Innenium', 'ministry', 'preferred'],
    ]);
  });

  it('bounds a stem by K letters of ending, set per pattern, per term or per language', () => {
    const base = (endings: number | undefined, pattern: string): Glossary => ({
      languages: { ru: { endings: 1 } },
      concepts: [{ id: 'c', terms: { ru: [{ text: 'Токаев', status: 'preferred', forms: [pattern], ...(endings === undefined ? {} : { endings }) }] } }],
    });
    const hits = (glossary: Glossary) => found(compileMatcher(glossary, 'ru'), 'Токаев Токаева Токаевым Токаевыми').map((m) => m[0]);
    expect(hits(base(undefined, 'Токаев~'))).to.deep.equal(['Токаев', 'Токаева']);
    expect(hits(base(2, 'Токаев~'))).to.deep.equal(['Токаев', 'Токаева', 'Токаевым']);
    expect(hits(base(2, 'Токаев~3'))).to.deep.equal(['Токаев', 'Токаева', 'Токаевым', 'Токаевыми']);
    expect(hits(base(undefined, 'Токаев'))).to.deep.equal(['Токаев']);
  });

  it('prefers the longest match, then the more specific pattern', () => {
    const kk = termbaseMatcher('kk');
    // Қазақстан~ and қазақ~ also fit "қазақстандық"; the longest stem wins.
    expect(found(kk, 'қазақстандық')).to.deep.equal([['қазақстандық', 'kazakhstani', 'preferred']]);
    expect(found(kk, 'Қазақстанда')).to.deep.equal([['Қазақстанда', 'kazakhstan', 'preferred']]);
    const en = termbaseMatcher('en');
    expect(found(en, 'Kassym-Zhomart Tokayev')).to.have.length(1);
  });

  it('reports UTF-16 offsets into the original text, also after astral characters', () => {
    const en = termbaseMatcher('en');
    const text = '𝐀 Alma-Ata 😀 Almaty';
    const matches = en.find(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).to.deep.equal(['Alma-Ata', 'Almaty']);
    expect(matches[0]!.start).to.equal(3);
    // An astral letter is part of the word: no match starts after it.
    expect(found(en, '𝐀Almaty')).to.deep.equal([]);
  });

  it('returns the glossary term object and its status', () => {
    const [match] = termbaseMatcher('ru').find('в Алма-Ате');
    expect(match!.term.text).to.equal('Алма-Ата');
    expect(match!.term.status).to.equal('deprecated');
    expect(match!.status).to.equal('deprecated');
  });

  it('takes a term without forms literally: * and ~ are ordinary characters there', () => {
    const literal: Glossary = {
      languages: {},
      concepts: [
        { id: 'star', terms: { en: [{ text: 'E*Trade', status: 'preferred' }] } },
        { id: 'tilde', terms: { en: [{ text: 'A~B', status: 'preferred' }] } },
      ],
    };
    const en = compileMatcher(literal, 'en');
    expect(found(en, 'E*Trade, ETrade, A~B, AB')).to.deep.equal([
      ['E*Trade', 'star', 'preferred'],
      ['A~B', 'tilde', 'preferred'],
    ]);
  });

  it('has no terms for a language the glossary does not cover', () => {
    expect(compileMatcher(glossary, 'fr').find('Алма Almaty')).to.deep.equal([]);
  });
});
