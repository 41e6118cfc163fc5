import { expect } from 'chai';
import { compileToMachineCode } from '../../scripts/util/machine-code-regex.js';
import { compileDetectionPattern } from '../../scripts/money/detection-pattern.js';
import { sourceVocabularies } from '../../scripts/money/vocabulary/index.js';

/** Every match of `regex` in `text` as [index, text]: a global one scans, a sticky one is tried at each position, any other once. */
function matchesOf(regex: RegExp, text: string): [number, string][] {
  const found: [number, string][] = [];
  regex.lastIndex = 0;
  if (regex.global) {
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      found.push([match.index, match[0]]);
      if (match[0] === '') regex.lastIndex++;
    }
  } else if (regex.sticky) {
    for (let start = 0; start <= text.length; start++) {
      regex.lastIndex = start;
      const match = regex.exec(text);
      if (match) found.push([match.index, match[0]]);
    }
  } else {
    const match = regex.exec(text);
    if (match) found.push([match.index, match[0]]);
  }
  regex.lastIndex = 0;
  return found;
}

describe('util: compiling a regular expression to machine code before its first use', () => {
  const texts = [
    'Kazbekmunai plans to invest $45 million near Almaty by 7 January 2025.',
    'Власти Алма-Аты выделили 1,5 млрд тенге «на восстановление».',
    'He said: “It cost 60 KZT (10 rubles).”',
    '',
  ];

  for (const flags of ['gu', 'uy', 'u', 'giu']) {
    it(`leaves a "${flags}" expression at lastIndex 0, finding what a fresh copy finds in one-byte and two-byte text`, () => {
      const source = '(?<amount>\\d[\\d,.]*)\\s?(?:million|млрд|KZT|rubles)?|\\p{Lu}\\p{Ll}+';
      const warmed = compileToMachineCode(new RegExp(source, flags));
      expect(warmed.lastIndex).to.equal(0);
      for (const text of texts) expect(matchesOf(warmed, text), text).to.deep.equal(matchesOf(new RegExp(source, flags), text));
    });
  }

  it('finds with the detection pattern, once compiled, the amounts and dates a fresh one finds', () => {
    const fresh = compileDetectionPattern(sourceVocabularies.get('en')!);
    const warmed = compileDetectionPattern(sourceVocabularies.get('en')!);
    for (const regex of [warmed.scan, warmed.numberAt, warmed.statedItem]) compileToMachineCode(regex);
    for (const text of texts) {
      expect(matchesOf(warmed.scan, text), text).to.deep.equal(matchesOf(fresh.scan, text));
      expect(matchesOf(warmed.statedItem, text), text).to.deep.equal(matchesOf(fresh.statedItem, text));
    }
    expect(matchesOf(warmed.scan, texts[0]!).map(([, found]) => found)).to.deep.equal(['$45 million', '7 January 2025']);
  });

  it('ends for an expression that backtracks without bound on a run of one letter: the filler holds no letter', () => {
    const nested = compileToMachineCode(/(?:a+)+b/u);
    expect(nested.test('aab')).to.equal(true);
  });
});
