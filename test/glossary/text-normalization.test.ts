import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { compileMatcher } from '../../scripts/glossary/index.js';
import { parseGlossaryYaml } from '../../scripts/glossary/yaml-read.js';
import { foldingFor } from '../../scripts/glossary/text-fold.js';

const glossary = parseGlossaryYaml(readFileSync('glossary/termbase.yaml', 'utf8'), 'glossary/termbase.yaml');

/** The deprecated almaty terms the matcher finds, as the exact text of the original they cover. */
function deprecatedFound(lang: string, text: string): string[] {
  return compileMatcher(glossary, lang)
    .find(text)
    .filter((match) => match.status === 'deprecated' && match.conceptId === 'almaty')
    .map((match) => text.slice(match.start, match.end));
}

describe('glossary: invisible characters and lookalike letters do not hide a term', () => {
  for (const [name, invisible] of [
    ['a zero-width space', '\u200B'],
    ['a right-to-left override', '\u202E'],
    ['a left-to-right mark', '\u200E'],
    ['a byte order mark', '\uFEFF'],
    ['a word joiner', '\u2060'],
    ['a soft hyphen', '\u00AD'],
  ] as const) {
    it(`en: "Alma-Ata" with ${name} inside is still deprecated, its span covering the original characters`, () => {
      const text = `Protests in Alma${invisible}-Ata began.`;
      expect(deprecatedFound('en', text)).to.deep.equal([`Alma${invisible}-Ata`]);
    });
  }

  it('each language keeps its own folding, made from one shared table in any order', () => {
    const kk = foldingFor({ yoIsYe: false, apostropheInWords: false, script: 'Cyrl' });
    const en = foldingFor({ yoIsYe: false, apostropheInWords: false, script: 'Latn' });
    const ru = foldingFor({ yoIsYe: true, apostropheInWords: false, script: 'Cyrl' });
    const uk = foldingFor({ yoIsYe: false, apostropheInWords: true, script: 'Cyrl' });
    // Latin "A" and "a" read as Cyrillic in a Cyrillic language, Cyrillic "А" as Latin in a Latin one.
    expect(ru.foldString('Ёлка в Aлмa-Aте')).to.equal('елка в алма-ате');
    expect(kk.foldString('Ёлка в Aлмa-Aте')).to.equal('ёлка в алма-ате');
    expect(uk.foldString('Ёлка в Aлмa-Aті, м\u02BCята')).to.equal("ёлка в алма-аті, м'ята");
    // The last letter of "Ёлка" is Cyrillic; English reads it as a Latin "a".
    expect(en.foldString('Аlma-Ata, Straße, Ёлка')).to.equal('alma-ata, strasse, ёлк\u0061');
    expect(ru.table).to.not.equal(kk.table);
  });

  it('en and de: a Cyrillic "А" in "Alma-Ata" (was: escaped term/deprecated)', () => {
    expect(deprecatedFound('en', 'Protests in \u0410lma-Ata.')).to.deep.equal(['\u0410lma-Ata']);
    expect(deprecatedFound('de', 'Proteste in Alma-\u0410t\u0430.')).to.deep.equal(['Alma-\u0410t\u0430']);
  });

  it('ru, uk, kk: a Latin "a" in "Алмa-Ате" (was: not flagged)', () => {
    expect(deprecatedFound('ru', 'Беспорядки в Алмa-Ате.')).to.deep.equal(['Алмa-Ате']);
    expect(deprecatedFound('uk', 'Заворушення в Алмa-Aті.')).to.deep.equal(['Алмa-Aті']);
    expect(deprecatedFound('kk', 'Алмa-Атадағы тәртіпсіздік.')).to.deep.equal(['Алмa-Атадағы']);
  });

  it('NFD text matches as NFC, and ZWSP plus a lookalike together are still found in ru', () => {
    expect(deprecatedFound('ru', 'в Алма-Ате'.normalize('NFD'))).to.deep.equal(['Алма-Ате']);
    expect(deprecatedFound('ru', 'в Ал\u200Bмa-Ате')).to.deep.equal(['Ал\u200Bмa-Ате']);
  });

  it('does not join words a real space separates, nor find "Алмаз" (a different word)', () => {
    expect(deprecatedFound('ru', 'Алмаз и Ата')).to.deep.equal([]);
    expect(deprecatedFound('en', 'Alma and Ata')).to.deep.equal([]);
  });
});
