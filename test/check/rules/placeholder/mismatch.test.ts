import rule from '../../../../scripts/check/rules/placeholder/mismatch.js';
import { protectText } from '../../../../scripts/money/index.js';
import { ruleTests } from '../../rule-tester.js';

// Messages in a resource start at column 18: `  "<10-char id>": "`.
const messageColumn = 18;
const source = 'Gas went from 60 KZT (10 rubles) to 120 KZT (20 rubles) per litre.';
const setup = { stages: { protect: (text: string, articleDate: string) => protectText(text, { lang: 'en', articleDate }) } };

ruleTests(
  rule,
  setup,
  [
    { name: 'ru keeps both placeholders', source, translation: 'Газ подорожал с {m1} до {m2} за литр.' },
    { name: 'de may reorder placeholders', source, translation: 'Pro Liter stieg der Preis auf {m2} (vorher {m1}).', locale: 'de' },
    { name: 'kk keeps placeholders around suffixes', source, translation: 'Газ бағасы литріне {m1}-ден {m2}-ге өсті.', locale: 'kk' },
    { name: 'uk with an apostrophe', source, translation: "Газ подорожчав з {m1} до {m2} за літр, пам'ятають мешканці.", locale: 'uk' },
    { name: 'a sentence without placeholders', source: 'He left.', translation: 'Он ушёл.' },
  ],
  [
    { name: 'ru drops one', source, translation: 'Газ подорожал до {m2} за литр.', errors: [{ messageIncludes: 'drops {m1}', file: 'translation', line: 2, column: messageColumn }] },
    { name: 'uk invents one', source, translation: 'Газ подорожчав з {m1} до {m2} за {n1} літр.', locale: 'uk', errors: [{ messageIncludes: 'has {n1}', file: 'translation', line: 2, column: messageColumn + 'Газ подорожчав з {m1} до {m2} за '.length }] },
    { name: 'de duplicates one', source, translation: 'Der Preis stieg von {m1} auf {m2}, also {m1} mehr.', locale: 'de', errors: [{ messageIncludes: 'repeats {m1}', file: 'translation', line: 2, column: messageColumn + 'Der Preis stieg von '.length }] },
    { name: 'kk breaks ICU syntax', source, translation: 'Газ бағасы {m1 -ден {m2}-ге өсті.', locale: 'kk', errors: [{ messageIncludes: 'not a valid message', file: 'translation', line: 2, column: messageColumn + 'Газ бағасы '.length }] },
    { name: 'ru uses plural syntax', source: 'More than 3,000 rioters were detained.', translation: 'Задержаны {n1, plural, one {# человек} other {# человек}}.', errors: [{ messageIncludes: 'only text and simple', file: 'translation', line: 2, column: messageColumn + 'Задержаны '.length }] },
    { name: 'de a translation of plain text with a placeholder', source: 'He left.', translation: 'Er ging {m1}.', locale: 'de', errors: [{ messageIncludes: 'has {m1}', file: 'translation', line: 2, column: messageColumn + 'Er ging '.length }] },
  ],
);
