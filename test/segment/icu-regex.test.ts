import { expect } from 'chai';
import { jsFlags, RegexTranslationError, translateIcuRegex } from '../../scripts/segment/icu-regex.js';

/** Compiles an ICU pattern the way the segmenter does. */
function icu(pattern: string): RegExp {
  const translated = translateIcuRegex(pattern);
  return new RegExp(translated.source, jsFlags(translated.flags));
}

function translationError(pattern: string): RegexTranslationError {
  try {
    translateIcuRegex(pattern);
  } catch (error) {
    expect(error).to.be.instanceOf(RegexTranslationError);
    return error as RegexTranslationError;
  }
  throw new Error(`"${pattern}" was translated`);
}

describe('ICU regex translation', () => {
  it('gives \\b the ICU meaning, so word boundaries work in Cyrillic', () => {
    const street = icu('\\bул\\.');
    expect(street.test('на ул. Абая')).to.equal(true);
    expect(street.test('в аул. Там')).to.equal(false);
    expect(icu('\\Bул').test('аул')).to.equal(true);
  });

  it('gives \\d and \\w their Unicode meaning', () => {
    expect(icu('^\\d+$').test('٣٤')).to.equal(true);
    expect(icu('^\\w+$').test('Қазақстан')).to.equal(true);
    expect(icu('^\\W$').test('Қ')).to.equal(false);
    expect(icu('^[\\w-]+$').test('Алма-Ата')).to.equal(true);
  });

  it('keeps \\Q…\\E text literal, in and out of classes', () => {
    const quoted = icu('\\Q(a.b)*\\E$');
    expect(quoted.test('x(a.b)*')).to.equal(true);
    expect(quoted.test('xaab')).to.equal(false);
    expect(icu('^[\\Q.]\\E]+$').test('].]')).to.equal(true);
  });

  it('accepts escaped punctuation that JavaScript u-mode rejects', () => {
    expect(icu('\\"\\-\\»\\,').test('"-»,')).to.equal(true);
    expect(icu('^[\\"\\-]+$').test('-"')).to.equal(true);
  });

  it('translates hexadecimal, Unicode and octal escapes', () => {
    expect(icu('\\x41\\x{1F600}\\u0416\\U0001F601\\0101').test('A😀Ж😁A')).to.equal(true);
  });

  it('maps Java and ICU property names', () => {
    expect(icu('^\\p{IsCyrillic}+$').test('Жаңа')).to.equal(true);
    expect(icu('^\\p{Lu}\\p{Lower}\\p{IsL}$').test('Ааб')).to.equal(true);
    expect(icu('^\\pL\\PL$').test('a1')).to.equal(true);
    expect(icu('^[[:alpha:]]+$').test('Abc')).to.equal(true);
  });

  it('scopes (?i) to its group and widens letters to both cases', () => {
    expect(icu('(?i)mr\\.').test('MR.')).to.equal(true);
    expect(icu('a(?i:b)c').test('aBc')).to.equal(true);
    expect(icu('a(?i:b)c').test('aBC')).to.equal(false);
    expect(icu('(a(?i)b)c').test('aBc')).to.equal(true);
    expect(icu('(a(?i)b)c').test('aBC')).to.equal(false);
    expect(icu('(?i)проф').test('ПРОФ')).to.equal(true);
    expect(icu('(?i)^[а-в]+$').test('АБВ')).to.equal(true);
    // No flag leaks into the JavaScript RegExp: other rules stay case-sensitive.
    expect(translateIcuRegex('(?i)x').flags).to.deep.equal({ dotAll: false, multiline: false });
  });

  it('keeps leading (?s) and (?m) as flags of the whole rule', () => {
    expect(translateIcuRegex('(?s)a.b').flags.dotAll).to.equal(true);
    expect(icu('(?s)a.b').test('a\nb')).to.equal(true);
    expect(icu('(?m)^b').test('a\nb')).to.equal(true);
  });

  it('translates \\A, \\z and \\Z as text anchors', () => {
    expect(icu('\\Aa').test('ba')).to.equal(false);
    expect(icu('a\\z').test('a\n')).to.equal(false);
    expect(icu('a\\Z').test('a\n')).to.equal(true);
  });

  it('shifts back references and names groups by number', () => {
    const translated = translateIcuRegex('(?<q>["«])x\\k<q>(y)\\2', 3);
    expect(translated.groupCount).to.equal(2);
    expect(translated.source).to.equal('(["«])x\\4(y)\\5');
  });

  it('drops comment groups', () => {
    expect(icu('a(?#note)b').test('ab')).to.equal(true);
  });

  for (const [pattern, message] of [
    ['a*+', 'possessive quantifiers are not supported'],
    ['a{2}+', 'possessive quantifiers are not supported'],
    ['(?>ab)', 'atomic groups (?>…) are not supported'],
    ['[a[b]]', 'nested character classes are not supported'],
    ['[a-z&&[^aeiou]]', 'character class intersection (&&) is not supported'],
    ['[\\W]', '\\W inside a character class is not supported'],
    ['\\p{InCyrillic}', 'unknown or unsupported property \\p{InCyrillic}'],
    ['\\y', 'unknown escape \\y'],
    ['a(?x)b', 'inline flag "x" is only supported at the start of a pattern (only "i" may appear elsewhere)'],
    ['(?x)a', 'inline flag "x" is not supported'],
    ['\\G', '\\G is not supported'],
    ['[abc', 'unterminated character class'],
  ] as const) {
    it(`rejects ${pattern}`, () => {
      expect(translationError(pattern).message).to.equal(message);
    });
  }

  it('reports where in the pattern translation failed', () => {
    expect(translationError('ab*+c').index).to.equal(3);
  });
});
