import { expect } from 'chai';
import type { MoneySpan, ProtectedSpan, Span } from '../../scripts/core/segment.js';
import {
  createValueFormatter,
  policyForLocale,
  loadRates,
  protectText,
  RateError,
  type LocaleMoneyPolicy,
  type RateTable,
} from '../../scripts/money/index.js';
import { intlFor } from '../../scripts/money/locale-intl.js';

const articleDate = '2022-01-07';
const nbsp = '\u00A0';

/** The sample's values, as protectText finds them in sentences of the article. */
const sample = protectText(
  'Protests began on January 2. Gas went from 60 KZT (10 rubles) to 120 KZT (20 rubles) per litre. ' +
    'More than 3,000 rioters were detained on 7 January; 26 were killed. Emergency until 19 January.',
  { lang: 'en', articleDate },
);

function money(amount: number, currency: string, placeholder = 'm1'): MoneySpan {
  return { kind: 'money', start: 0, end: 1, placeholder, amount, currency };
}

describe('createValueFormatter', () => {
  let rates: RateTable;
  before(async () => {
    rates = await loadRates('glossary/rates.yaml');
  });

  const formatterFor = (locale: string, policy: LocaleMoneyPolicy = policyForLocale(locale), date = articleDate) =>
    createValueFormatter({ locale, policy, rates, articleDate: date });

  it('finds the sample values it formats', () => {
    expect(sample.spans.map((span) => span.placeholder)).to.deep.equal(['d1', 'm1', 'm2', 'n1', 'd2', 'n2', 'd3']);
  });

  describe('the sample in each locale (CLDR forms; ICU separates with U+00A0)', () => {
    const expected: Record<string, Record<string, string>> = {
      // The text states the ruble equivalent, so Russian readers get it as stated and nothing is computed.
      ru: {
        d1: '2 января',
        m1: `60${nbsp}₸ (10${nbsp}₽)`,
        m2: `120${nbsp}₸ (20${nbsp}₽)`,
        n1: `3${nbsp}000`,
        d2: '7 января',
        n2: '26',
        d3: '19 января',
      },
      // The project keeps amounts as stated in uk (the rate table has no hryvnia rate).
      uk: {
        d1: '2 січня',
        m1: `60${nbsp}₸ (10${nbsp}₽)`,
        m2: `120${nbsp}₸ (20${nbsp}₽)`,
        n1: `3${nbsp}000`,
        d2: '7 січня',
        n2: '26',
        d3: '19 січня',
      },
      // Already the reader's currency: no computed equivalent, the stated one kept.
      kk: {
        d1: '2 қаңтар',
        m1: `60${nbsp}₸ (10${nbsp}₽)`,
        m2: `120${nbsp}₸ (20${nbsp}₽)`,
        n1: `3${nbsp}000`,
        d2: '7 қаңтар',
        n2: '26',
        d3: '19 қаңтар',
      },
      // The stated rubles, or the euros computed: 10.14 RUB / 84.0695 = 0.1206 EUR → "0,12"; 20.28 / 84.0695 = 0.2412 → "0,24".
      de: {
        d1: '2. Januar',
        m1: `60${nbsp}₸ (10${nbsp}₽ oder ≈0,12${nbsp}€)`,
        m2: `120${nbsp}₸ (20${nbsp}₽ oder ≈0,24${nbsp}€)`,
        n1: '3.000',
        d2: '7. Januar',
        n2: '26',
        d3: '19. Januar',
      },
      // No conversion in English unless configured; the stated equivalent is kept.
      en: {
        d1: 'January 2',
        m1: `KZT${nbsp}60 (RUB${nbsp}10)`,
        m2: `KZT${nbsp}120 (RUB${nbsp}20)`,
        n1: '3,000',
        d2: 'January 7',
        n2: '26',
        d3: 'January 19',
      },
    };
    for (const [locale, values] of Object.entries(expected)) {
      it(locale, () => {
        const policy = locale === 'uk' ? policyForLocale('uk', { uk: { mode: 'keep' } }) : policyForLocale(locale);
        expect(formatterFor(locale, policy).values(sample.spans)).to.deep.equal(values);
      });
    }

    it('groups Russian thousands with the separator Intl itself uses', () => {
      const separator = new Intl.NumberFormat('ru').formatToParts(3000).find((part) => part.type === 'group')!.value;
      expect(separator).to.equal(nbsp);
      expect(formatterFor('ru').values(sample.spans)['n1']).to.equal(`3${separator}000`);
    });
  });

  it('writes a year only when the source named one', () => {
    const { spans } = protectText('on 19 January 2022 and 19 January', { lang: 'en', articleDate });
    const year = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;
    const noYear = { month: 'long', day: 'numeric', timeZone: 'UTC' } as const;
    const day = Date.UTC(2022, 0, 19);
    for (const locale of ['en', 'ru', 'uk', 'kk', 'de']) {
      const values = formatterFor(locale).values(spans);
      expect(values, locale).to.deep.equal({
        d1: new Intl.DateTimeFormat(locale, year).format(day),
        d2: new Intl.DateTimeFormat(locale, noYear).format(day),
      });
    }
    expect(formatterFor('ru').values(spans)['d1']).to.equal('19 января 2022 г.');
    expect(formatterFor('de').values(spans)['d1']).to.equal('19. Januar 2022');
  });

  it('keeps the fraction digits of the source number', () => {
    const { spans } = protectText('rose 1.50 points and 0.5 more', { lang: 'en', articleDate });
    expect(formatterFor('ru').values(spans)).to.deep.equal({ n1: '1,50', n2: '0,5' });
    expect(formatterFor('en').values(spans)).to.deep.equal({ n1: '1.50', n2: '0.5' });
  });

  describe('rounding of converted amounts', () => {
    const base: LocaleMoneyPolicy = {
      mode: 'convert',
      target: 'RUB',
      display: 'narrowSymbol',
      equivalentDisplay: 'narrowSymbol',
      rounding: { maximumFractionDigits: 0 },
      compactFrom: 1_000_000,
    };
    const rub = (value: string) => `≈${value}${nbsp}₽`;

    it('to a number of decimals', () => {
      expect(formatterFor('ru', base).format(money(60, 'KZT'))).to.equal(rub('10'));
      expect(formatterFor('ru', { ...base, rounding: { maximumFractionDigits: 2 } }).format(money(60, 'KZT'))).to.equal(rub('10,14'));
      expect(formatterFor('ru', { ...base, rounding: { maximumFractionDigits: 1 } }).format(money(60, 'KZT'))).to.equal(rub('10,1'));
    });

    it('to significant digits', () => {
      const policy = { ...base, rounding: { maximumSignificantDigits: 3 } };
      expect(formatterFor('ru', policy).format(money(60, 'KZT'))).to.equal(rub('10,1'));
      // 1,000 KZT = 169 RUB.
      expect(formatterFor('ru', { ...base, rounding: { maximumSignificantDigits: 2 } }).format(money(1000, 'KZT'))).to.equal(rub('170'));
    });

    it('never rounds an amount away to nothing', () => {
      // 1 KZT = 0.169 RUB: "0 ₽" would say nothing, so two significant digits are kept.
      expect(formatterFor('ru', base).format(money(1, 'KZT'))).to.equal(rub('0,17'));
    });

    it('writes large amounts compactly', () => {
      const { spans } = protectText('a loss of 5 million tenge', { lang: 'en', articleDate });
      // 5,000,000 KZT × 0.169 = 845,000 RUB, below the compact threshold.
      expect(formatterFor('ru').values(spans)).to.deep.equal({ m1: `5${nbsp}млн${nbsp}₸ (≈845${nbsp}000${nbsp}₽)` });
      const billions = protectText('$2bn', { lang: 'en', articleDate }).spans;
      // 2e9 USD × 74.2926 = 148.585e9 RUB → "149 млрд ₽".
      expect(formatterFor('ru').values(billions)).to.deep.equal({ m1: `2${nbsp}млрд${nbsp}$ (≈149${nbsp}млрд${nbsp}₽)` });
      const rubleNames = policyForLocale('en', { en: { mode: 'both', target: 'RUB', equivalentDisplay: 'name' } });
      expect(formatterFor('en', rubleNames).values(billions)).to.deep.equal({ m1: `USD${nbsp}2B (≈149 billion Russian rubles)` });
      expect(formatterFor('en').values(billions)).to.deep.equal({ m1: `USD${nbsp}2B` });
    });
  });

  it('uses plural-correct currency names', () => {
    const names: LocaleMoneyPolicy = {
      mode: 'keep',
      display: 'name',
      equivalentDisplay: 'name',
      rounding: { maximumFractionDigits: 0 },
      compactFrom: 1_000_000,
    };
    const ru = formatterFor('ru', names);
    expect(ru.format(money(21, 'RUB'))).to.equal('21 российский рубль');
    expect(ru.format(money(22, 'RUB'))).to.equal('22 российских рубля');
    expect(ru.format(money(25, 'RUB'))).to.equal('25 российских рублей');
    expect(formatterFor('uk', names).format(money(22, 'RUB'))).to.equal('22 російські рублі');
    expect(formatterFor('de', names).format(money(1, 'RUB'))).to.equal('1 Russischer Rubel');
    expect(formatterFor('en', names).format(money(1, 'RUB'))).to.equal('1 Russian ruble');
  });

  it('shows an amount already in the target currency once', () => {
    expect(formatterFor('ru').format(money(10, 'RUB'))).to.equal(`10${nbsp}₽`);
    expect(formatterFor('de').format(money(5, 'EUR'))).to.equal(`5${nbsp}€`);
    expect(formatterFor('ru', { ...policyForLocale('ru'), mode: 'convert' }).format(money(10, 'RUB'))).to.equal(`10${nbsp}₽`);
  });

  it('keeps the currency digits of an amount with decimals', () => {
    expect(formatterFor('kk', { ...policyForLocale('kk'), mode: 'keep' }).format(money(0.5, 'USD'))).to.equal(new Intl.NumberFormat('kk', { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' }).format(0.5));
    expect(formatterFor('en', { ...policyForLocale('en'), mode: 'keep' }).format(money(4.99, 'USD'))).to.equal(`USD${nbsp}4.99`);
  });

  it('reports the conversions it made, with the rates used', () => {
    const formatter = formatterFor('de');
    formatter.values(sample.spans);
    expect(formatter.conversions).to.have.length(2);
    const [first] = formatter.conversions;
    expect(first).to.include({ amount: 60, from: 'KZT', to: 'EUR', date: articleDate });
    expect(first!.value).to.be.closeTo(10.14 / 84.0695, 1e-12);
    expect(first!.rates.map((rate) => `${rate.base}/${rate.quote}`)).to.deep.equal(['KZT/RUB', 'EUR/RUB']);
    expect(formatterFor('kk').conversions).to.deep.equal([]);
  });

  it('fails without a rate for the article date unless earlier rates are allowed', () => {
    const late = '2022-01-11';
    expect(() => formatterFor('ru', policyForLocale('ru'), late).format(money(60, 'KZT'))).to.throw(RateError, /KZT\/RUB.*2022-01-11/);
    const named = createValueFormatter({ locale: 'ru', policy: policyForLocale('ru'), rates, articleDate: late, article: 'source/gas.md' });
    expect(() => named.format(money(60, 'KZT'))).to.throw(
      RateError,
      'no exchange rate for KZT/RUB in force on 2022-01-11 in glossary/rates.yaml; the latest earlier route uses rates of 2021-12-31 (allow earlier rates to use it); the ru edition of source/gas.md needs it',
    );
    const formatter = createValueFormatter({ locale: 'ru', policy: policyForLocale('ru'), rates, articleDate: late, allowEarlierRates: true });
    expect(formatter.format(money(60, 'KZT'))).to.equal(`60${nbsp}₸ (≈10${nbsp}₽)`);
    expect(formatter.conversions[0]!.warnings).to.have.length(1);
  });

  it('skips term spans when collecting values', () => {
    const spans: Span[] = [{ kind: 'term', start: 0, end: 3, conceptId: 'c1', status: 'preferred' }, money(60, 'KZT')];
    expect(formatterFor('kk').values(spans)).to.deep.equal({ m1: `60${nbsp}₸` });
  });

  it('shares one intl object per locale', () => {
    expect(intlFor('ru')).to.equal(intlFor('ru'));
    expect(intlFor('ru')).to.not.equal(intlFor('de'));
  });

  it('formats every span kind of a text', () => {
    const kinds = new Set(sample.spans.map((span: ProtectedSpan) => span.kind));
    expect([...kinds].sort()).to.deep.equal(['date', 'money', 'number']);
  });
});
