import { expect } from 'chai';
import type { MoneySpan } from '../../scripts/core/segment.js';
import { checkStatedConversion, loadRates, protectText, type RateTable } from '../../scripts/money/index.js';

const articleDate = '2022-01-07';

function moneyIn(text: string): MoneySpan {
  const span = protectText(text, { lang: 'en', articleDate }).spans.find((candidate) => candidate.kind === 'money');
  if (span?.kind !== 'money') throw new Error(`no money in ${text}`);
  return span;
}

describe('checkStatedConversion', () => {
  let rates: RateTable;
  before(async () => {
    rates = await loadRates('glossary/rates.yaml');
  });

  it('accepts the sample: 60 KZT (10 rubles) and 120 KZT (20 rubles) are within 5 % of 10.14 and 20.28', () => {
    expect(checkStatedConversion(moneyIn('from 60 KZT (10 rubles)'), rates, articleDate)).to.equal(null);
    expect(checkStatedConversion(moneyIn('to 120 KZT (20 rubles)'), rates, articleDate)).to.equal(null);
  });

  it('accepts a cross-rate statement within tolerance: 60 KZT (about $0.14)', () => {
    // 10.14 RUB / 74.2926 = 0.1365 USD; 0.14 is 2.6 % above.
    expect(checkStatedConversion(moneyIn('60 KZT (about $0.14)'), rates, articleDate)).to.equal(null);
  });

  it('reports a stated amount that is too high', () => {
    const finding = checkStatedConversion(moneyIn('60 KZT (12 rubles)'), rates, articleDate);
    expect(finding).to.not.equal(null);
    expect(finding!.stated).to.equal(12);
    expect(finding!.currency).to.equal('RUB');
    expect(finding!.computed).to.be.closeTo(10.14, 1e-9);
    expect(finding!.deviation).to.be.closeTo((12 - 10.14) / 10.14, 1e-9);
    expect(finding!.rates.map((rate) => `${rate.base}/${rate.quote}`)).to.deep.equal(['KZT/RUB']);
  });

  it('reports a stated amount that is too low', () => {
    const finding = checkStatedConversion(moneyIn('60 KZT (9 rubles)'), rates, articleDate);
    expect(finding?.deviation).to.be.closeTo((10.14 - 9) / 10.14, 1e-9);
  });

  it('follows the tolerance it is given', () => {
    const span = moneyIn('60 KZT (10 rubles)');
    // 10 is 1.38 % below 10.14.
    expect(checkStatedConversion(span, rates, articleDate, 0.01)).to.not.equal(null);
    expect(checkStatedConversion(span, rates, articleDate, 0.02)).to.equal(null);
  });

  it('has nothing to check without a stated conversion', () => {
    expect(checkStatedConversion(moneyIn('60 KZT a litre'), rates, articleDate)).to.equal(null);
  });
});
