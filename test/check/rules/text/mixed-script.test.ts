import { expect } from 'chai';
import rule, { mayMixScripts } from '../../../../scripts/check/rules/text/mixed-script.js';
import { ruleTests } from '../../rule-tester.js';

ruleTests(
  rule,
  {},
  [
    { name: 'en source in Latin letters, with digits and a hyphen', source: 'Protests in Alma-Ata began on 2 January.' },
    { name: 'ru translation with a Latin brand as its own word', source: 'Reuters reported it.', translation: 'Об этом сообщило агентство Reuters.' },
    { name: 'uk translation with і and ї (Cyrillic letters of Ukrainian)', source: 'In Kyiv.', locale: 'uk', translation: 'У Києві та Львові.' },
    { name: 'kk translation with қ, ү, ә, і', source: 'Almaty is big.', locale: 'kk', translation: 'Алматы қаласы үлкен және әдемі.' },
    { name: 'de translation with umlauts and ß', source: 'A street in Munich.', locale: 'de', translation: 'Eine Straße in München.' },
  ],
  [
    {
      name: 'en source: Cyrillic А in "Alma-Ata"',
      source: 'Protests in \u0410lma-Ata.',
      errors: [{ messageIncludes: '"\u0410lma" mixes scripts: U+0410 \'\u0410\' is Cyrillic in a Latin word', file: 'source', line: 8, column: 13 }],
    },
    {
      name: 'ru translation: Latin a in "Алмa-Ате"',
      source: 'In Alma-Ata.',
      translation: 'В Алмa-Ате.',
      errors: [{ messageIncludes: 'U+0061 \'a\' is Latin in a Cyrillic word', file: 'translation', line: 2, column: 23 }],
    },
    {
      name: 'uk translation: Latin a in "Києвa"',
      source: 'In Kyiv.',
      locale: 'uk',
      translation: 'Мешканці Києвa.',
      errors: [{ messageIncludes: '"Києвa" mixes scripts: U+0061', file: 'translation', line: 2, column: 31 }],
    },
    {
      name: 'kk translation: Latin a in "қaласы"',
      source: 'The city of Almaty.',
      locale: 'kk',
      translation: 'Алматы қaласы.',
      errors: [{ messageIncludes: 'U+0061 \'a\' is Latin in a Cyrillic word', file: 'translation', line: 2, column: 26 }],
    },
    {
      name: 'de translation: Cyrillic А hidden behind a zero-width space in "Аlma\u200BAta"',
      source: 'The city of Alma-Ata.',
      locale: 'de',
      translation: 'Die Stadt \u0410lma\u200BAta.',
      errors: [{ messageIncludes: 'U+0410 \'\u0410\' is Cyrillic in a Latin word', file: 'translation', line: 2, column: 28 }],
    },
  ],
);

describe('text/mixed-script: the quick scan that lets one-script texts skip the word-by-word check', () => {
  const word = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{Default_Ignorable_Code_Point}]*[\p{L}\p{M}])?/gu;
  const oneScript = /^(?:[\p{Script_Extensions=Latin}\p{M}\p{Default_Ignorable_Code_Point}]+|[\p{Script_Extensions=Cyrillic}\p{M}\p{Default_Ignorable_Code_Point}]+)$/u;
  const pool = ['a', 'Z', 'é', 'ß', 'а', 'Я', 'ё', 'і', 'қ', 'ә', 'α', 'Ω', 'ա', 'ა', 'ǂ', '中', '𝐀', '\u0301', '\u200B', '\u00AD', ' ', '-', '1', '.', '\u00A0'];

  it('never clears a text that holds a word of more than one script, and clears most that do not (20,000 random texts)', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let cleared = 0;
    let mixed = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]).join('');
      const holdsMixed = [...text.matchAll(word)].some((match) => !oneScript.test(match[0]));
      if (holdsMixed) {
        mixed++;
        expect(mayMixScripts(text), JSON.stringify(text)).to.equal(true);
      } else if (!mayMixScripts(text)) cleared++;
    }
    expect(mixed).to.be.greaterThan(5_000);
    expect(cleared).to.be.greaterThan(1_000);
  });

  it('clears whole sentences in one script, and not one with a Latin letter in a Cyrillic word', () => {
    expect(mayMixScripts('Алматы қаласы үлкен және әдемі, 2022 жылы.')).to.equal(false);
    expect(mayMixScripts('Об этом сообщило агентство Reuters.')).to.equal(false);
    expect(mayMixScripts('В Алмa-Ате.')).to.equal(true);
  });
});
