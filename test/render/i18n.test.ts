import { readdirSync, readFileSync } from 'node:fs';
import { createIntl, createIntlCache } from '@formatjs/intl';
import { expect } from 'chai';
import { formatIcu } from '../../scripts/render/i18n.js';

/** What FormatJS itself makes of a message: the reference for every message formatIcu formats on its own. */
function formatJs(message: string, locale: string, values: Record<string, string>): string {
  const formatted = createIntl({ locale, messages: {} }, createIntlCache()).formatters.getMessageFormat(message, locale).format(values);
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

const outcome = (format: () => string): string => {
  try {
    return format();
  } catch (error) {
    return `error: ${(error as Error).constructor.name}`;
  }
};

function resourceMessages(folder: URL): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && !file.startsWith('.'))
    .flatMap((file) => Object.values(JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Record<string, string>));
}

describe('formatIcu', () => {
  const values = { m1: '1,5 млрд ₸', n1: '23', d1: '7 января', AMOUNT_1: '$5', x: '{x}' };
  const cases = [
    'Plain text.',
    '{m1} на акцию',
    'Kazakhstan\'s rate of {n1}',
    'it\'s {n1}\'',
    'Kazakhstan\'\'s',
    '\'{n1}\' stays quoted',
    'a quoted \'{\' brace',
    'ends with an apostrophe\'',
    'tag \'<b>\' quoted',
    '# is literal outside a plural: #{n1}',
    '{n1, number}',
    '{n1, plural, one {# день} other {# дня}}',
    '<b>{n1}</b>',
    '{ n1 }',
    '{missing} value',
    '{x} is a value with braces',
    'Алматы, {d1}: {AMOUNT_1} и {m1}.',
    'unbalanced { brace',
    'unbalanced } brace',
    '',
  ];
  for (const message of cases) {
    it(`formats ${JSON.stringify(message)} as FormatJS does`, () => {
      for (const locale of ['en', 'ru', 'kk', 'uk', 'de']) {
        expect(outcome(() => formatIcu(message, locale, values)), locale).to.equal(outcome(() => formatJs(message, locale, values)));
      }
    });
  }

  it('formats every message of the sample and the performance corpus as FormatJS does', () => {
    const messages = [...resourceMessages(new URL('../../locales/', import.meta.url)), ...resourceMessages(new URL('../fixtures/perf-corpus/locales/', import.meta.url))];
    expect(messages.length).to.be.greaterThan(1_000);
    const corpusValues = { ...values, n2: '7', d2: '8 января', m2: '2 млн $', n3: '3', m3: '€4' };
    for (const message of messages) expect(outcome(() => formatIcu(message, 'ru', corpusValues)), message).to.equal(outcome(() => formatJs(message, 'ru', corpusValues)));
  });
});
