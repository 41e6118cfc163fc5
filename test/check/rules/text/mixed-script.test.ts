import rule from '../../../../scripts/check/rules/text/mixed-script.js';
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
