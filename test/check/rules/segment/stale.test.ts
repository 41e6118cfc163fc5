import rule from '../../../../scripts/check/rules/segment/stale.js';
import { ruleTests } from '../../rule-tester.js';

ruleTests(
  rule,
  {},
  [
    { name: 'ru translation of a current sentence', source: 'He left.', translation: 'Он ушёл.' },
    { name: 'de translation of a current sentence', source: 'He left.', translation: 'Er ging.', locale: 'de' },
  ],
  [
    { name: 'ru entry for a sentence no longer in the source', source: 'He left.', translation: 'Он ушёл.', extraEntries: [['OLDsegment', 'Старый перевод.']], errors: [{ messageIncludes: 'id OLDsegment', file: 'translation', line: 3, column: 18 }] },
    { name: 'kk only a stale entry', source: 'He left.', locale: 'kk', extraEntries: [['OLDsegment', 'Ескі аударма.']], errors: [{ messageIncludes: 'no longer in the source', file: 'translation', line: 2, column: 18 }] },
    { name: 'uk two stale entries', source: 'He left.', locale: 'uk', extraEntries: [['OLDsegmen1', 'Старий.'], ['OLDsegmen2', 'Теж старий.']], errors: [{ messageIncludes: 'OLDsegmen1', file: 'translation', line: 2, column: 18 }, { messageIncludes: 'OLDsegmen2', file: 'translation', line: 3, column: 18 }] },
  ],
);
