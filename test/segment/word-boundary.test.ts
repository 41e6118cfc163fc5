import { expect } from 'chai';
import { jsFlags, translateIcuRegex } from '../../scripts/segment/icu-regex.js';
import { loadDefaultRules } from '../../scripts/segment/default-rules.js';
import { startsWithWordCharacter } from '../../scripts/segment/word-start.js';

/**
 * ICU's own definition of `\b`, written in ICU syntax the translator passes
 * through: the reference a `\b` written as one look-around is compared with.
 */
const fullBoundary = String.raw`(?:(?<=\w)(?!\w)|(?<!\w)(?=\w))`;

function sticky(pattern: string): RegExp {
  const translated = translateIcuRegex(pattern);
  return new RegExp(translated.source, jsFlags(translated.flags, 'y'));
}

/** What the pattern matches from every position of `text`: "position:length", or "" where it does not match. */
function everywhere(regex: RegExp, text: string): string[] {
  const found: string[] = [];
  for (let index = 0; index <= text.length; index++) {
    regex.lastIndex = index;
    const match = regex.exec(text);
    found.push(match ? `${index}:${match[0].length}` : '');
  }
  return found;
}

const texts = [
  'Mr. Smith met Dr. Jones at 5 p.m. on Jan. 5th; a.m. or P.M.? e.g. this, i.e. that.',
  'The U.S. and the U.K. signed. Step 3. Then Mondays, Tuesday and Sunday: NW. Gov. Inc. Co.',
  'Inc.Corp. xMr. Mr.x 12 UTC-5 12 GMT+6 12 XYZT 1999 10 Copyright Copyrights ©2022 (c) 2022',
  'ул. Абая, д. 5, кв. 12; г. Алматы; пр. Достык и пр. 5 ст. 7; т. е. 3 см. выше; Ул. АБАЯ',
  'вул. Хрещатик, буд. 1; м. Київ; Крок 2. проф. Ахметов, көш. Абай, сағ. 10; Қадам 4.',
  '№5 и № 6, N°7, Nº8; z. B. am 3. Mai, Art. 5 Abs. 2, Schritt 3. Mio. Euro, Str. 9',
  'a\u0301b c\u200Dd e\u00ADf g_h 7\u00B2 ½ Ⅻ ⓐⓑ ǅx Ⅷ. ٣٤ x١ 𝐀𝐁 𝐀. a.k.a. n.b. N.B P.S.',
  '(The end.) "Quoted." The. A. In 2022. a) b) 1) IV. V. XII Jan 2022 Feb. 2, Dec 5',
];

describe('segmentation: \\b written as one look-around where the pattern fixes one side', () => {
  const rules = loadDefaultRules();
  const patterns = [...rules.languageRules.values()].flatMap((language) =>
    language.rules.flatMap((rule) => [rule.beforeBreak, rule.afterBreak]).filter((part) => part.includes('\\b') && !part.includes('\\\\b')),
  );

  it('the default rules use \\b often enough for this to matter', () => {
    expect(patterns.length).to.be.greaterThan(30);
  });

  it('every default rule with \\b matches what it matches with the full boundary, from every position of every text', () => {
    let shorter = 0;
    for (const pattern of patterns) {
      const shortened = sticky(pattern);
      const reference = sticky(pattern.replaceAll('\\b', fullBoundary));
      if (shortened.source.length < reference.source.length) shorter++;
      for (const text of texts) expect(everywhere(shortened, text), `${pattern} on ${text}`).to.deep.equal(everywhere(reference, text));
    }
    // All but those whose \b stands beside "№" (not a word character) or a side that may be empty.
    expect(shorter).to.be.greaterThan(patterns.length * 0.9);
  });

  const handMade = [
    '\\b(?:Mr|Dr)\\.',
    '\\b[AaPp]\\.[Mm]\\.',
    '(?i)\\b(?:ул|пр)\\.',
    '\\b(?i:ст|см)\\.',
    '\\b\\p{Lu}{2,}',
    '\\b\\d{1,2}\\.',
    '\\b[a-zа-я]+\\.',
    '(?:Jan|Feb|Mar)\\p{Ll}*\\b',
    '(?:UTC|GMT|[A-Z]{1,4}T)\\b',
    '[IVXLC]+\\b',
    'day\\b(?!\\.)',
    'Copyright\\b',
    // A side that may be empty, or a character outside \w, keeps the full boundary.
    '\\b(?:№|N[°º])\\.',
    '\\b\\p{N}',
    '\\b[^\\s]\\.',
    '\\b[a-z-]+',
    '\\b(?:Mr|)\\.',
    '\\bx?y',
    '\\b(?=M)Mr\\.',
    '\\b(?:Mr)?\\.',
    'x*\\b\\.',
    '(?:a|\\.)\\b',
    '(?<=a)\\b\\.',
    'a(?=\\.)\\b',
    'Mr\\.\\b',
    '\\b\\.',
    'ab|\\bcd',
    'a\\b|b',
    '(a)\\1\\b',
    '\\b',
  ];

  it('hand-made patterns: each side a word character, may be empty, or is not one', () => {
    for (const pattern of handMade) {
      const shortened = sticky(pattern);
      const reference = sticky(pattern.replaceAll('\\b', fullBoundary));
      for (const text of texts) expect(everywhere(shortened, text), `${pattern} on ${text}`).to.deep.equal(everywhere(reference, text));
    }
  });

  it('shortens only where one side is fixed', () => {
    const lookArounds = (pattern: string) => (translateIcuRegex(pattern).source.match(/\(\?<?[=!]/g) ?? []).length;
    expect(lookArounds('\\b(?:Mr|Dr)\\.')).to.equal(1);
    expect(lookArounds('(?:Jan|Feb)\\p{Ll}*\\b')).to.equal(1);
    expect(lookArounds('Copyright\\b')).to.equal(1);
    expect(lookArounds('\\b(?:№|N)\\.')).to.equal(4);
    expect(lookArounds('\\b\\p{N}')).to.equal(4);
    expect(lookArounds('x*\\b\\.')).to.equal(4);
    expect(lookArounds('a(?=\\.)\\b')).to.equal(2);
  });

  it('reads which atoms start with a word character', () => {
    expect(startsWithWordCharacter('(?:Mr|Mrs|Dr)\\.', 0)).to.equal(true);
    expect(startsWithWordCharacter('(?i)(?:ул|пр)', 0)).to.equal(true);
    expect(startsWithWordCharacter('[A-Za-zА-Яа-я]', 0)).to.equal(true);
    expect(startsWithWordCharacter('\\p{Lu}{2,}', 0)).to.equal(true);
    expect(startsWithWordCharacter('\\d+', 0)).to.equal(true);
    expect(startsWithWordCharacter('(?<name>Mr|Dr)', 0)).to.equal(true);
    for (const pattern of ['(?:Mr|№)', '(?:Mr|)', 'x?', 'x*', 'x{0,2}', '[a-z-]', '[^a]', '[\\d-z]', '\\p{N}', '\\s', '.', '(?=M)', '(?:a\\Q)\\E|.)', '']) {
      expect(startsWithWordCharacter(pattern, 0), pattern).to.equal(false);
    }
  });
});
