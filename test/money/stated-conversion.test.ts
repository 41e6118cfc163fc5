import { expect } from 'chai';
import type { MoneySpan } from '../../scripts/core/segment.js';
import { checkStatedConversion, loadRates, protectText, type RateTable } from '../../scripts/money/index.js';
import { fixtureDay, fixtureRates } from './fixture-rates.js';

const articleDate = '2022-01-07';

function moneyIn(text: string, date = articleDate): MoneySpan {
  const span = protectText(text, { lang: 'en', articleDate: date }).spans.find((candidate) => candidate.kind === 'money');
  if (span?.kind !== 'money') throw new Error(`no money in ${text}`);
  return span;
}

/** The span's amount checked against its first (or `index`-th) stated equivalent. */
function check(span: MoneySpan, table: RateTable, date = articleDate, tolerance?: number, index = 0) {
  const stated = span.stated?.[index];
  if (!stated) throw new Error('the span states no equivalent');
  return checkStatedConversion(span, stated, table, date, tolerance);
}

describe('checkStatedConversion', () => {
  let rates: RateTable;
  before(async () => {
    rates = await loadRates('glossary/rates.yaml');
  });

  it('accepts the sample: 60 KZT (10 rubles) and 120 KZT (20 rubles) are within 5 % of 10.14 and 20.28', () => {
    expect(check(moneyIn('from 60 KZT (10 rubles)'), rates, articleDate)).to.equal(null);
    expect(check(moneyIn('to 120 KZT (20 rubles)'), rates, articleDate)).to.equal(null);
  });

  it('accepts a cross-rate statement within tolerance: 60 KZT (about $0.14)', () => {
    // 10.14 RUB / 74.2926 = 0.1365 USD; 0.14 is 2.6 % above.
    expect(check(moneyIn('60 KZT (about $0.14)'), rates, articleDate)).to.equal(null);
  });

  it('reports a stated amount that is too high', () => {
    const finding = check(moneyIn('60 KZT (12 rubles)'), rates, articleDate);
    expect(finding).to.not.equal(null);
    expect(finding!.stated).to.equal(12);
    expect(finding!.currency).to.equal('RUB');
    expect(finding!.computed).to.be.closeTo(10.14, 1e-9);
    expect(finding!.deviation).to.be.closeTo((12 - 10.14) / 10.14, 1e-9);
    expect(finding!.rates.map((rate) => `${rate.base}/${rate.quote}`)).to.deep.equal(['KZT/RUB']);
  });

  it('reports a stated amount that is too low', () => {
    const finding = check(moneyIn('60 KZT (9 rubles)'), rates, articleDate);
    expect(finding?.deviation).to.be.closeTo((10.14 - 9) / 10.14, 1e-9);
  });

  it('follows the tolerance it is given', () => {
    const span = moneyIn('60 KZT (10 rubles)');
    // 10 is 1.38 % below 10.14.
    expect(check(span, rates, articleDate, 0.01)).to.not.equal(null);
    expect(check(span, rates, articleDate, 0.02)).to.equal(null);
  });

  it('finds no stated equivalent in an amount without one', () => {
    expect(moneyIn('60 KZT a litre').stated).to.equal(undefined);
  });

  describe('several equivalents of one amount', () => {
    const fixture = fixtureRates;
    const day = fixtureDay;

    it('checks each of "$9.37bn: £4.8bn" against the amount: both within tolerance', () => {
      // 260.75bn / 27.83 = 9.3694bn USD; 260.75bn / 54.30 = 4.8020bn GBP.
      const span = moneyIn('Gazprom paid 260.75bn roubles ($9.37bn: £4.8bn) in tax.', day);
      expect(span.stated).to.have.length(2);
      expect(check(span, fixture, day, undefined, 0)).to.equal(null);
      expect(check(span, fixture, day, undefined, 1)).to.equal(null);
    });

    it('finds the wrong one of "($5bn: £9bn)"', () => {
      // 139.15bn / 27.83 = 5bn USD exactly; 139.15bn / 54.30 = 2.5626bn GBP, so £9bn is 251.2 % too high.
      const span = moneyIn('The deal was worth 139.15bn roubles ($5bn: £9bn).', day);
      expect(check(span, fixture, day, undefined, 0)).to.equal(null);
      const finding = check(span, fixture, day, undefined, 1);
      expect(finding?.currency).to.equal('GBP');
      expect(finding?.stated).to.equal(9e9);
      expect(finding?.deviation).to.be.closeTo(2.5120, 1e-4);
    });
  });
});
