import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import {
  checkLanguageCode,
  deprecatedTerms,
  findConcept,
  glossaryLanguages,
  loadGlossary,
  preferredTerm,
  preserveCase,
  termsIn,
} from '../../scripts/glossary/index.js';
import { parsePattern } from '../../scripts/glossary/pattern.js';
import { projectTermbase } from './helpers.js';

describe('preserveCase', () => {
  const rows: readonly [replacement: string, original: string, expected: string, locale?: string][] = [
    ['Almaty', 'ALMA-ATA', 'ALMATY'],
    ['Almaty', 'Alma-Ata', 'Almaty'],
    ['Almaty', 'alma-ata', 'Almaty'],
    ['казахстанские', 'Казахские', 'Казахстанские'],
    ['казахстанские', 'казахские', 'казахстанские'],
    ['Kazakhstani', 'KAZAKH', 'KAZAKHSTANI'],
    ['kasachstanische', 'Kasachische', 'Kasachstanische'],
    ['Qassym-Schomart Tokajew', 'KASSYM-SCHOMART TOKAJEW', 'QASSYM-SCHOMART TOKAJEW'],
    ['Алматы', 'А', 'Алматы'],
    ['straße', 'STRASSE', 'STRASSE'],
    ['istanbul', 'ISTANBUL', 'İSTANBUL', 'tr'],
  ];
  for (const [replacement, original, expected, locale] of rows) {
    it(`"${original}" → "${expected}"`, () => {
      expect(preserveCase(replacement, original, locale)).to.equal(expected);
    });
  }
});

describe('term lookup helpers', () => {
  const glossary = projectTermbase();

  it('give a concept’s preferred term and its deprecated variants per language', () => {
    const almaty = findConcept(glossary, 'almaty')!;
    expect(preferredTerm(almaty, 'uk')!.text).to.equal('Алмати');
    expect(deprecatedTerms(almaty, 'de').map((t) => t.text)).to.deep.equal(['Alma-Ata']);
    expect(termsIn(almaty, 'fr')).to.deep.equal([]);
    expect(preferredTerm(almaty, 'fr')).to.equal(undefined);
    expect(findConcept(glossary, 'nowhere')).to.equal(undefined);
  });

  it('list the languages of a glossary', () => {
    expect(glossaryLanguages(glossary)).to.deep.equal(['de', 'en', 'kk', 'ru', 'uk']);
  });
});

describe('language codes', () => {
  it('accepts BCP 47 tags whose language CLDR knows, in canonical form', () => {
    expect(checkLanguageCode('kk')).to.deep.equal({ ok: true, canonical: 'kk' });
    expect(checkLanguageCode('kk-Cyrl')).to.deep.equal({ ok: true, canonical: 'kk-Cyrl' });
    expect(checkLanguageCode('de-CH')).to.deep.equal({ ok: true, canonical: 'de-CH' });
    expect(checkLanguageCode('EN')).to.deep.equal({ ok: true, canonical: 'en' });
  });

  it('rejects malformed tags and languages CLDR does not know', () => {
    for (const code of ['xx', 'qaa', 'kz', 'und', 'en_US!', '', 'i-klingon']) {
      expect(checkLanguageCode(code).ok, code).to.equal(false);
    }
  });
});

describe('pattern syntax', () => {
  it('reads literals, stems with optional K and wildcards', () => {
    expect(parsePattern('Касим~-Жомарт~2 Токаєв~', { allowLeadingAny: false })).to.deep.equal({
      ok: true,
      parts: [
        { kind: 'text', text: 'Касим' },
        { kind: 'ending', max: undefined },
        { kind: 'text', text: '-Жомарт' },
        { kind: 'ending', max: 2 },
        { kind: 'space' },
        { kind: 'text', text: 'Токаєв' },
        { kind: 'ending', max: undefined },
      ],
    });
    expect(parsePattern('*ministerium', { allowLeadingAny: true })).to.deep.equal({
      ok: true,
      parts: [{ kind: 'any' }, { kind: 'text', text: 'ministerium' }],
    });
  });

  it('rejects what it cannot match safely, saying why', () => {
    const reasons = (pattern: string, allowLeadingAny = false) => {
      const parsed = parsePattern(pattern, { allowLeadingAny });
      return parsed.ok ? 'ok' : parsed.reason;
    };
    expect(reasons('   ')).to.equal('a pattern cannot be empty');
    expect(reasons('*stan')).to.include("cannot start with '*'");
    expect(reasons('Alm~aty')).to.include("'~' marks where an ending may follow");
    expect(reasons('~')).to.include("'~' must follow the letters of a stem");
    expect(reasons('Kaz*~')).to.include("'*' cannot be followed by '~'");
    expect(reasons('Kaz**')).to.include("'*' cannot be followed by '*'");
    expect(reasons('-Ata')).to.include('must start with a letter or digit');
    expect(reasons('Alma -')).to.include('every word of a pattern needs at least one letter');
    expect(reasons('Токаев~13')).to.include('too long');
  });
});

describe('loadGlossary', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glossa-glossary-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('chooses the reader by extension', async () => {
    await writeFile(join(dir, 'g.yml'), 'concepts:\n  - id: a\n    terms:\n      en:\n        preferred: Almaty\n');
    await writeFile(join(dir, 'g.CSV'), 'en\nAlmaty\n');
    expect((await loadGlossary(join(dir, 'g.yml'))).concepts.map((c) => c.id)).to.deep.equal(['a']);
    expect((await loadGlossary(join(dir, 'g.CSV'))).concepts.map((c) => c.id)).to.deep.equal(['row-2']);
  });

  it('names the file when the format is unknown or the file is missing', async () => {
    const unknown = await loadGlossary(join(dir, 'g.json')).catch((error: unknown) => error);
    expect(unknown).to.be.instanceOf(InputError);
    expect((unknown as InputError).format()).to.equal(`${join(dir, 'g.json')}: unknown glossary format '.json'; expected .yaml, .yml, .tbx or .csv`);
    const missing = await loadGlossary(join(dir, 'missing.tbx')).catch((error: unknown) => error);
    expect(missing).to.be.instanceOf(InputError);
    expect((missing as InputError).format()).to.match(/missing\.tbx: cannot read the glossary: ENOENT/u);
  });

  it('reports errors under the path it was given', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'concepts:\n  - id: a\n    terms:\n      xx:\n        preferred: Almaty\n');
    const error = await loadGlossary(join(dir, 'bad.yaml')).catch((e: unknown) => e);
    expect((error as InputError).format()).to.equal(`${join(dir, 'bad.yaml')}:4:7: unknown language code 'xx' (CLDR has no language 'xx')`);
  });
});
