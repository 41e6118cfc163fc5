import { expect } from 'chai';
import { compileMatcher, loadGlossary, parseGlossaryCsv, type Glossary } from '../../scripts/glossary/index.js';
import { fixturePath, glossaErrorOf, readFixture } from './helpers.js';

describe('CSV import', () => {
  it('reads one concept from all rows sharing an id, with row and per-language columns', async () => {
    const expected: Glossary = {
      languages: {},
      concepts: [
        {
          id: 'almaty',
          note: 'Largest city of Kazakhstan',
          terms: {
            en: [
              { text: 'Almaty', status: 'preferred' },
              { text: 'Alma-Ata', status: 'deprecated', note: 'Soviet-era name' },
            ],
            ru: [
              { text: 'Алматы', status: 'preferred' },
              { text: 'Алма-Ата', status: 'deprecated', forms: ['Алма-Ат~', 'Алма Ат~'] },
            ],
            kk: [
              { text: 'Алматы', status: 'preferred' },
              { text: 'Алма-Ата', status: 'deprecated' },
            ],
            uk: [
              { text: 'Алмати', status: 'preferred' },
              { text: 'Алма-Ата', status: 'deprecated' },
            ],
            de: [
              { text: 'Almaty', status: 'preferred' },
              { text: 'Alma-Ata', status: 'deprecated' },
            ],
          },
        },
        {
          id: 'tenge',
          note: 'Currency of Kazakhstan, code KZT',
          terms: {
            en: [
              { text: 'tenge', status: 'preferred' },
              { text: 'KZT', status: 'admitted' },
            ],
            ru: [{ text: 'тенге', status: 'preferred' }],
            kk: [{ text: 'теңге', status: 'preferred' }],
            uk: [{ text: 'теньге', status: 'preferred' }],
            de: [{ text: 'Tenge', status: 'preferred' }],
          },
        },
      ],
    };
    expect(await loadGlossary(fixturePath('glossary.csv'))).to.deep.equal(expected);
  });

  it('gives the imported patterns to the matcher', () => {
    const glossary = parseGlossaryCsv(readFixture('glossary.csv'), 'glossary.csv');
    const matches = compileMatcher(glossary, 'ru').find('в Алма-Ате и в Алматы');
    expect(matches.map((m) => [m.conceptId, m.status])).to.deep.equal([
      ['almaty', 'deprecated'],
      ['almaty', 'preferred'],
    ]);
  });

  it('makes each row a concept when there is no id column, and accepts TBX status values and a BOM', () => {
    const glossary = parseGlossaryCsv('\uFEFFen,de,status\nAlmaty,Almaty,preferredTerm-admn-sts\nAlma-Ata,Alma-Ata,supersededTerm-admn-sts\n', 'noid.csv');
    expect(glossary.concepts.map((c) => [c.id, c.terms.en![0]!.status])).to.deep.equal([
      ['row-2', 'preferred'],
      ['row-3', 'deprecated'],
    ]);
  });

  it('reads derived adjectives and demonyms from <lang>:derivedFrom and <lang>:partOfSpeech, and reports a link to nothing', () => {
    const text = [
      'id,ru,ru:derivedFrom,ru:partOfSpeech,ru:forms,status',
      'kyiv,Киев,,,Киев~,preferred',
      'kyiv,киевский,Киев,adjective,киевск~,preferred',
      'almaty,Алматы,,,,preferred',
      'almaty,Алма-Ата,,,Алма-Ат~,deprecated',
      'almaty,алма-атинский,Алма-Ата,adjective,алма-атинск~,deprecated',
      '',
    ].join('\n');
    const glossary = parseGlossaryCsv(text, 'derived.csv');
    expect(glossary.concepts[0]!.terms.ru).to.deep.equal([
      { text: 'Киев', status: 'preferred', forms: ['Киев~'] },
      { text: 'киевский', status: 'preferred', derivedFrom: 'Киев', partOfSpeech: 'adjective', forms: ['киевск~'] },
    ]);
    const matcher = compileMatcher(glossary, 'ru');
    expect(matcher.find('киевского таксиста из алма-атинского аэропорта').map((m) => [m.conceptId, m.term.text, m.status])).to.deep.equal([
      ['kyiv', 'киевский', 'preferred'],
      ['almaty', 'алма-атинский', 'deprecated'],
    ]);
    const dangling = 'id,de,de:derivedFrom\nkyiv,Kyjiw,\nkyiv,Kyjiwer,Kyiv\n';
    expect(glossaErrorOf(() => parseGlossaryCsv(dangling, 'dangling.csv')).format()).to.equal(
      "dangling.csv:3:14: concept 'kyiv', de term 'Kyjiwer' is derived from 'Kyiv', which is not a de term of this concept (its terms: 'Kyjiw')",
    );
  });

  it('reports a column that is not a language code with its line and column', () => {
    expect(glossaErrorOf(() => parseGlossaryCsv(readFixture('bad/unknown-language.csv'), 'bad/unknown-language.csv')).format()).to.equal(
      "bad/unknown-language.csv:1:10: unknown column 'kz': unknown language code 'kz' (CLDR has no language 'kz')",
    );
  });

  it('reports bad statuses, orphan per-language cells and syntax errors where they are', () => {
    const text = 'id,en,ru,status,ru:note\na,Almaty,,favourite,note without a term\n';
    expect(glossaErrorOf(() => parseGlossaryCsv(text, 'x.csv')).format().split('\n')).to.deep.equal([
      "x.csv:2:11: unknown status 'favourite'; expected preferred, admitted or deprecated",
      'x.csv:2:21: ru:note is filled in but the row has no ru term',
    ]);
    expect(glossaErrorOf(() => parseGlossaryCsv('en,ru\n"Almaty,Алматы\n', 'q.csv')).format()).to.match(/^q\.csv:2:1: CSV syntax: Quote Not Closed/u);
    expect(glossaErrorOf(() => parseGlossaryCsv('en,ru\nAlmaty,Алматы,extra\n', 'n.csv')).format()).to.match(/^n\.csv:2:1: CSV syntax: Invalid Record Length/u);
  });

  it('applies the shared glossary checks: clashes, duplicate columns', () => {
    const clash = 'id,en,status\na,Almaty,preferred\na,ALMATY,deprecated\n';
    expect(glossaErrorOf(() => parseGlossaryCsv(clash, 'c.csv')).format()).to.equal(
      "c.csv:3:3: en term 'ALMATY' is listed as both preferred (line 2) and deprecated (concept 'a')",
    );
    expect(glossaErrorOf(() => parseGlossaryCsv('en,en\nA,B\n', 'd.csv')).format()).to.equal("d.csv:1:4: column 'en' appears twice (first as column 1)");
  });

  it('finds cells on the right line after a quoted cell that spans lines', () => {
    const text = 'id,en,note,status\na,Almaty,"two\nlines",preferred\nb,Alma-Ata,,obsolete-ish\n';
    expect(glossaErrorOf(() => parseGlossaryCsv(text, 'm.csv')).format()).to.equal(
      "m.csv:4:13: unknown status 'obsolete-ish'; expected preferred, admitted or deprecated",
    );
  });
});
