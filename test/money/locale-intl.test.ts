import { expect } from 'chai';
import { formatDay, formatNumber, formatOrList, formatPattern, intlFor, patternIds } from '../../scripts/money/locale-intl.js';

// The kept formatters must write exactly what @formatjs/intl writes through its own lookup.
const locales = ['en', 'ru', 'kk', 'uk', 'de', 'de-CH', 'fr'] as const;

describe('locale formatters kept per locale', () => {
  for (const locale of locales) {
    it(`${locale}: days, "or" lists and the composition patterns as FormatJS writes them`, () => {
      const intl = intlFor(locale);
      // 1 Jan 2022, the article's 7 January 2022, 29 Feb 2024, 31 Dec 1999: UTC days, whatever the machine's zone.
      for (const day of ['2022-01-01', '2022-01-07', '2024-02-29', '1999-12-31']) {
        const time = Date.parse(`${day}T00:00:00Z`);
        expect(formatDay(locale, time, true), day).to.equal(intl.formatDate(time, { year: 'numeric', month: 'long', day: 'numeric' }));
        expect(formatDay(locale, time, false), day).to.equal(intl.formatDate(time, { month: 'long', day: 'numeric' }));
      }
      for (const items of [['10 ₽'], ['9,37 млрд $', '4,8 млрд £'], ['1 €', '2 $', '3 £']]) {
        expect(formatOrList(locale, items)).to.equal(intl.formatList(items, { type: 'disjunction' }));
      }
      const values = { original: '60 ₸', equivalents: '≈10 ₽', amount: '10 ₽' };
      expect(formatPattern(locale, patternIds.withEquivalents, values)).to.equal(intl.formatMessage({ id: patternIds.withEquivalents }, values));
      expect(formatPattern(locale, patternIds.approximate, values)).to.equal(intl.formatMessage({ id: patternIds.approximate }, values));
    });
  }

  for (const locale of locales) {
    it(`${locale}: numbers, amounts and percentages as FormatJS writes them, the first time and again`, () => {
      const intl = intlFor(locale);
      const optionSets = [
        { style: 'currency', currency: 'KZT', currencyDisplay: 'symbol', maximumFractionDigits: 0 },
        { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol', notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 },
        { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
        { minimumFractionDigits: 0, maximumFractionDigits: 2 },
      ] as const;
      for (const options of optionSets) {
        for (const value of [0, -0, 3000, -1250.5, 0.305, 260_750_000_000, 3000]) {
          const expected = intl.formatNumber(value, options);
          expect(formatNumber(locale, value, options), `${value} ${JSON.stringify(options)}`).to.equal(expected);
          expect(formatNumber(locale, value, options), `${value} again`).to.equal(expected);
        }
      }
    });
  }

  it('keep a bounded number of formatted values, and format past it as before', () => {
    const options = { minimumFractionDigits: 0, maximumFractionDigits: 0 } as const;
    const written = Array.from({ length: 10_000 }, (_, index) => formatNumber('de', index * 1_000, options));
    expect(written[0]).to.equal('0');
    expect(written[1_234]).to.equal('1.234.000');
    expect(written[9_999]).to.equal('9.999.000');
    expect(formatNumber('de', 1_234_000, options)).to.equal('1.234.000');
    expect(formatNumber('ru', -0, options)).to.equal(intlFor('ru').formatNumber(-0, options));
  });

  it('write the day in the locale’s own words and order', () => {
    const time = Date.parse('2022-01-07T00:00:00Z');
    expect(formatDay('ru', time, true)).to.equal('7 января 2022 г.');
    expect(formatDay('de', time, false)).to.equal('7. Januar');
    expect(formatDay('en', time, true)).to.equal('January 7, 2022');
    expect(formatOrList('ru', ['9,37 млрд $', '4,8 млрд £'])).to.equal('9,37 млрд $ или 4,8 млрд £');
    expect(formatPattern('ru', patternIds.withEquivalents, { original: '60 ₸', equivalents: '≈10 ₽' })).to.equal('60 ₸ (≈10 ₽)');
  });
});
