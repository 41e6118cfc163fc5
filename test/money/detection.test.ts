import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { ConfigError, InputError } from '../../scripts/core/errors.js';
import type { ProtectedSpan } from '../../scripts/core/segment.js';
import { protectText } from '../../scripts/money/index.js';

const articleDate = '2022-01-07';
const en = (text: string) => protectText(text, { lang: 'en', articleDate });

/** Each span as the source text it covers, for readable expectations. */
function covered(text: string, spans: readonly ProtectedSpan[]): string[] {
  return spans.map((span) => text.slice(span.start, span.end));
}

function only(text: string, lang = 'en'): ProtectedSpan {
  const { spans } = protectText(text, { lang, articleDate });
  expect(spans, `spans of ${JSON.stringify(text)}`).to.have.length(1);
  return spans[0]!;
}

describe('protectText: money', () => {
  it('reads ISO codes after and before the amount', () => {
    expect(only('from 60 KZT per litre')).to.include({ kind: 'money', amount: 60, currency: 'KZT' });
    expect(only('from KZT 60 per litre')).to.include({ kind: 'money', amount: 60, currency: 'KZT' });
    expect(only('paid 1,250.50 USD')).to.include({ amount: 1250.5, currency: 'USD' });
  });

  it('reads symbols on either side, including US$', () => {
    const cases: [string, number, string][] = [
      ['it cost ₸500', 500, 'KZT'],
      ['it cost 10 ₽', 10, 'RUB'],
      ['it cost $4.99', 4.99, 'USD'],
      ['it cost €20', 20, 'EUR'],
      ['it cost £3', 3, 'GBP'],
      ['it cost US$7', 7, 'USD'],
      ['it cost US$ 7', 7, 'USD'],
    ];
    for (const [text, amount, currency] of cases) {
      expect(only(text), text).to.include({ kind: 'money', amount, currency });
    }
  });

  it('reads currency names in singular and plural', () => {
    const cases: [string, number, string][] = [
      ['1 tenge', 1, 'KZT'],
      ['300 tenge', 300, 'KZT'],
      ['1 ruble', 1, 'RUB'],
      ['10 rubles', 10, 'RUB'],
      ['10 roubles', 10, 'RUB'],
      ['1 rouble', 1, 'RUB'],
      ['1 dollar', 1, 'USD'],
      ['5 dollars', 5, 'USD'],
      ['1 euro', 1, 'EUR'],
      ['5 euros', 5, 'EUR'],
      ['1 pound', 1, 'GBP'],
      ['5 pounds', 5, 'GBP'],
      ['5 Russian rubles', 5, 'RUB'],
    ];
    for (const [text, amount, currency] of cases) {
      const span = only(`It was ${text} then.`);
      expect(span, text).to.include({ kind: 'money', amount, currency });
      expect(`It was ${text} then.`.slice(span.start, span.end)).to.equal(text);
    }
  });

  it('applies scale words and abbreviations', () => {
    const cases: [string, number, string][] = [
      ['5 million tenge', 5_000_000, 'KZT'],
      ['$2bn', 2_000_000_000, 'USD'],
      ['€1.5 billion', 1_500_000_000, 'EUR'],
      ['$3m', 3_000_000, 'USD'],
      ['3m tenge', 3_000_000, 'KZT'],
      ['£1.1 trillion', 1_100_000_000_000, 'GBP'],
      ['250 thousand rubles', 250_000, 'RUB'],
    ];
    for (const [text, amount, currency] of cases) {
      const sentence = `A loss of ${text} was reported.`;
      const span = only(sentence);
      expect(span, text).to.include({ kind: 'money', amount, currency });
      expect(sentence.slice(span.start, span.end)).to.equal(text);
    }
  });

  it('takes a stated conversion in parentheses into the same span', () => {
    const text = 'which went from 60 KZT (10 rubles) to 120 KZT (20 rubles) per litre';
    const { spans } = en(text);
    expect(covered(text, spans)).to.deep.equal(['60 KZT (10 rubles)', '120 KZT (20 rubles)']);
    expect(spans[0]).to.deep.include({ amount: 60, currency: 'KZT', stated: [{ amount: 10, currency: 'RUB', approximate: false, compact: false, start: 24, end: 33 }] });
    expect(spans[1]).to.deep.include({ amount: 120, currency: 'KZT', stated: [{ amount: 20, currency: 'RUB', approximate: false, compact: false, start: 47, end: 56 }] });

    const about = '60 KZT (about $0.14) a litre';
    expect(covered(about, en(about).spans)).to.deep.equal(['60 KZT (about $0.14)']);
    expect(only(about)).to.deep.include({ stated: [{ amount: 0.14, currency: 'USD', approximate: true, compact: false, start: 8, end: 19 }] });

    const approx = '60 tenge (≈10 ₽) a litre';
    expect(covered(approx, en(approx).spans)).to.deep.equal(['60 tenge (≈10 ₽)']);
    expect(only(approx)).to.deep.include({ stated: [{ amount: 10, currency: 'RUB', approximate: true, compact: false, start: 10, end: 15 }] });
  });

  it('leaves a parenthesis that is not an amount outside the span', () => {
    const text = 'It cost 60 KZT (a record) and 60 KZT (2021).';
    const { spans } = en(text);
    expect(covered(text, spans)).to.deep.equal(['60 KZT', '60 KZT']);
    expect(spans.every((span) => span.kind === 'money' && span.stated === undefined)).to.equal(true);
  });

  it('finds no money in names and acronyms', () => {
    expect(en('The former Bank Turan Alem chief').spans).to.deep.equal([]);
    expect(en('he had appealed to the Collective Security Treaty Organisation (CSTO) for help').spans).to.deep.equal([]);
    expect(en('a collective CSTO peacekeeping force').spans).to.deep.equal([]);
    // An ISO code that is also an English word is not a currency.
    const all = only('ALL 5 of them');
    expect(all).to.include({ kind: 'number', value: 5 });
  });

  it('does not read a scale abbreviation without a currency as money', () => {
    // "3m" without a currency is a measure written as one word: left as text.
    expect(en('a wall 3m high').spans).to.deep.equal([]);
    expect(en('5 million people').spans.map((span) => span.kind)).to.deep.equal(['number']);
  });
});

describe('protectText: numbers', () => {
  it('protects quantities with grouping and decimals', () => {
    expect(only('more than 3,000 rioters')).to.include({ kind: 'number', value: 3000, fractionDigits: 0 });
    expect(only('a rise of 1.5 points')).to.include({ kind: 'number', value: 1.5, fractionDigits: 1 });
    expect(only('about 1,234,567.25 litres')).to.include({ kind: 'number', value: 1234567.25, fractionDigits: 2 });
    expect(only('0.50 of it')).to.include({ kind: 'number', value: 0.5, fractionDigits: 2 });
  });

  it('protects small integers that count something', () => {
    expect(only('They killed 26 of the armed criminals.')).to.include({ kind: 'number', value: 26 });
    expect(only('sentenced to 15 years in prison')).to.include({ kind: 'number', value: 15 });
    expect(only('Another 18 rioters were wounded.')).to.include({ kind: 'number', value: 18 });
  });

  it('takes the percent sign into the number span, so each locale can place it', () => {
    const text = 'prices rose 5% in a week and 12.5 % in a month';
    const { spans, message } = en(text);
    expect(covered(text, spans)).to.deep.equal(['5%', '12.5 %']);
    expect(spans[0]).to.deep.include({ value: 5, fractionDigits: 0, percent: true });
    expect(spans[1]).to.deep.include({ value: 12.5, fractionDigits: 1, percent: true });
    expect(message).to.equal('prices rose {n1} in a week and {n2} in a month');
  });

  it('leaves number words as text', () => {
    expect(en('Eighteen security officers were killed in the riots, two of whom were beheaded.').spans).to.deep.equal([]);
    expect(en('more than ten medics were injured').spans).to.deep.equal([]);
  });

  it('leaves digits inside words, identifiers, times and scores as text', () => {
    for (const text of ['COVID-19 cases', 'the G7 summit', 'an F-16 jet', 'the 2021/22 season', 'at 10:30', 'won 3-1', 'the 5th day', 'version 1.2.3', 'item 007']) {
      expect(en(text).spans, text).to.deep.equal([]);
    }
  });

  it('leaves ungrouped integers of four or more digits (years, ids) as text', () => {
    expect(en('in 2022 and 1991').spans).to.deep.equal([]);
    expect(en('flight 1234').spans).to.deep.equal([]);
    expect(only('about 1,000 people')).to.include({ value: 1000 });
  });
});

describe('protectText: dates', () => {
  const dates: [string, string, boolean][] = [
    ['7 January', '2022-01-07', false],
    ['January 2', '2022-01-02', false],
    ['Jan. 5', '2022-01-05', false],
    ['Jan 5', '2022-01-05', false],
    ['19 January 2022', '2022-01-19', true],
    ['January 5, 2022', '2022-01-05', true],
    ['Sept. 30, 2021', '2021-09-30', true],
    ['5th January', '2022-01-05', false],
    ['March 3', '2022-03-03', false],
    ['5 May', '2022-05-05', false],
  ];
  for (const [written, date, yearStated] of dates) {
    it(`reads "${written}"`, () => {
      const text = `It happened on ${written}, officials said.`;
      const span = only(text);
      expect(span).to.include({ kind: 'date', date, yearStated });
      expect(text.slice(span.start, span.end)).to.equal(written);
    });
  }

  it('reads the dates of the sample article', () => {
    const text = 'Tokayev resigned as prime minister January 5 to head the Security Council. On January 6, a force headed out.';
    const { spans, message } = en(text);
    expect(spans.map((span) => span.kind === 'date' && span.date)).to.deep.equal(['2022-01-05', '2022-01-06']);
    expect(message).to.equal('Tokayev resigned as prime minister {d1} to head the Security Council. On {d2}, a force headed out.');
  });

  it('takes a December date in a January article as the previous year', () => {
    expect(only('on 30 December')).to.include({ date: '2021-12-30', yearStated: false });
  });

  it('keeps an explicit year', () => {
    expect(only('on 30 December 2022')).to.include({ date: '2022-12-30', yearStated: true });
    expect(only('on December 30, 2019')).to.include({ date: '2019-12-30', yearStated: true });
  });

  it('treats May and March as months only next to a day number', () => {
    expect(en('May I ask? March on, they said.').spans).to.deep.equal([]);
    expect(en('In March 2022 they left.').spans).to.deep.equal([]);
  });

  it('does not read a day and month out of a longer number', () => {
    const text = '1,017 January visitors';
    const { spans } = en(text);
    expect(covered(text, spans)).to.deep.equal(['1,017']);
    expect(spans[0]!.kind).to.equal('number');
    expect(en('about 117 January').spans.map((span) => span.kind)).to.deep.equal(['number']);
  });

  it('reads a day that does not exist as a plain number', () => {
    const text = 'on 31 February and February 30';
    const { spans } = en(text);
    expect(covered(text, spans)).to.deep.equal(['31', '30']);
    expect(spans.map((span) => span.kind)).to.deep.equal(['number', 'number']);
  });

  it('does not take a following quantity for a year', () => {
    const text = 'On January 5, 3,000 people marched.';
    const { spans } = en(text);
    expect(covered(text, spans)).to.deep.equal(['January 5', '3,000']);
  });
});

describe('protectText: other source languages', () => {
  it('reads Russian dates, amounts and grouping', () => {
    const text = '2 января цена выросла с 60 тенге (10 рублей) до 3 000 рублей, задержаны 19 января 2022 года.';
    const { spans } = protectText(text, { lang: 'ru', articleDate });
    expect(covered(text, spans)).to.deep.equal(['2 января', '60 тенге (10 рублей)', '3 000 рублей', '19 января 2022 года']);
    expect(spans[0]).to.include({ date: '2022-01-02', yearStated: false });
    expect(spans[1]).to.deep.include({ amount: 60, currency: 'KZT', stated: [{ amount: 10, currency: 'RUB', approximate: false, compact: false, start: text.indexOf('10 рублей'), end: text.indexOf(') до') }] });
    expect(spans[2]).to.include({ amount: 3000, currency: 'RUB' });
    expect(spans[3]).to.include({ date: '2022-01-19', yearStated: true });
  });

  it('reads German dates, amounts and grouping', () => {
    const text = 'Am 2. Januar kostete es 3.000 Euro (etwa 1,5 Mio. Rubel), bis 19. Januar 2022.';
    const { spans } = protectText(text, { lang: 'de-DE', articleDate });
    expect(covered(text, spans)).to.deep.equal(['2. Januar', '3.000 Euro (etwa 1,5 Mio. Rubel)', '19. Januar 2022']);
    expect(spans[1]).to.deep.include({
      amount: 3000,
      currency: 'EUR',
      stated: [{ amount: 1_500_000, currency: 'RUB', approximate: true, compact: true, start: text.indexOf('etwa'), end: text.indexOf('), bis') }],
    });
    expect(spans[2]).to.include({ date: '2022-01-19' });
  });

  it('rejects a language it has no vocabulary for', () => {
    expect(() => protectText('5', { lang: 'fr', articleDate })).to.throw(ConfigError, /"fr".*en, ru, de/);
  });

  it('rejects an article date that is not a real day', () => {
    expect(() => protectText('5', { lang: 'en', articleDate: '2022-02-30' })).to.throw(InputError, /2022-02-30/);
  });
});

describe('protectText: placeholders and message', () => {
  it('numbers placeholders per kind in order of appearance', () => {
    const text = 'On January 2, 3,000 people paid 60 KZT (10 rubles); on 7 January 26 paid $5 and 1.5 more.';
    const { spans, message } = en(text);
    expect(spans.map((span) => span.placeholder)).to.deep.equal(['d1', 'n1', 'm1', 'd2', 'n2', 'm2', 'n3']);
    expect(message).to.equal('On {d1}, {n1} people paid {m1}; on {d2} {n2} paid {m2} and {n3} more.');
    const starts = spans.map((span) => span.start);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('quotes ICU syntax in the text around placeholders', () => {
    const { message } = en("the Prosecutor's Office {sic} got 5 'votes'");
    expect(message).to.equal("the Prosecutor's Office '{'sic'}' got {n1} 'votes''");
  });

  it('turns every paragraph of the sample article into the expected placeholders', () => {
    const body = readFileSync('source/ablyazov-kazakhstan-protests.md', 'utf8').split(/^---$/m)[2]!;
    const found = body
      .split(/\n{2,}/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .flatMap((paragraph) => covered(paragraph, en(paragraph).spans));
    expect(found).to.deep.equal([
      '7 January',
      'January 5',
      '15',
      'January 2',
      '60 KZT (10 rubles)',
      '120 KZT (20 rubles)',
      'January 5',
      'January 6',
      '7 January',
      '3,000',
      '26',
      '18',
      'January 7',
      '19 January',
    ]);
  });
});
