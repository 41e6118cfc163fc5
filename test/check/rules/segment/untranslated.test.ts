import rule from '../../../../scripts/check/rules/segment/untranslated.js';
import { firstSourceLine, ruleTests } from '../../rule-tester.js';

ruleTests(
  rule,
  {},
  [
    { name: 'ru translated', source: 'Protests began in Kazakhstan.', translation: 'В Казахстане начались протесты.' },
    { name: 'kk translated', source: 'Protests began in Kazakhstan.', translation: 'Қазақстанда наразылық басталды.', locale: 'kk' },
    { name: 'uk translated', source: 'Protests began in Kazakhstan.', translation: 'У Казахстані почалися протести.', locale: 'uk' },
    { name: 'de translated', source: 'Protests began in Kazakhstan.', translation: 'In Kasachstan begannen Proteste.', locale: 'de' },
  ],
  [
    { name: 'ru missing', source: 'Protests began in Kazakhstan.', errors: [{ messageIncludes: 'no ru translation', file: 'source', line: firstSourceLine, column: 1 }] },
    { name: 'de empty translation', source: 'Protests began in Kazakhstan.', translation: '  ', locale: 'de', errors: [{ messageIncludes: 'no de translation', file: 'source', line: firstSourceLine, column: 1 }] },
    {
      name: 'uk second sentence missing',
      source: 'Protests began.',
      translation: 'Почалися протести.',
      locale: 'uk',
      others: [{ source: 'He left.' }],
      errors: [{ messageIncludes: 'no uk translation', file: 'source', line: firstSourceLine + 2, column: 1 }],
    },
  ],
);
