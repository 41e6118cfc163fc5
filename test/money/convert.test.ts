import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import { convert, loadRates, parseRates, RateError, type RateTable } from '../../scripts/money/index.js';

/** Rows as "BASE QUOTE rate unit from [to] source"; sources get placeholder URLs. */
function table(...rows: string[]): RateTable {
  const yaml = rows
    .map((row) => {
      const [base, quote, rate, unit, from, to, ...source] = row.split(' ');
      const hasTo = to !== undefined && /^\d{4}-/.test(to);
      const name = hasTo ? source.join(' ') : [to, ...source].join(' ');
      return [
        `  - base: ${base}`,
        `    quote: ${quote}`,
        `    rate: ${rate}`,
        `    unit: ${unit}`,
        `    from: ${from}`,
        ...(hasTo ? [`    to: ${to}`] : []),
        '    source:',
        `      name: ${name}`,
        `      url: https://example.org/${encodeURIComponent(name)}`,
      ].join('\n');
    })
    .join('\n');
  return parseRates(`rates:\n${yaml}\n`, 'rates-under-test.yaml');
}

describe('convert', () => {
  let rates: RateTable;
  before(async () => {
    rates = await loadRates('glossary/rates.yaml');
  });

  it('converts the sample: 60 KZT = 10.14 RUB at 16.9 per 100 KZT', () => {
    const conversion = convert(60, 'KZT', 'RUB', '2022-01-07', rates);
    expect(conversion.value).to.be.closeTo(10.14, 1e-9);
    expect(conversion.rates).to.have.length(1);
    expect(conversion.rates[0]).to.include({ base: 'KZT', quote: 'RUB', rate: 16.9, unit: 100, inverse: false });
    expect(conversion.rates[0]!.source.name).to.equal('Bank of Russia');
    expect(conversion.warnings).to.deep.equal([]);
    expect(conversion).to.include({ amount: 60, from: 'KZT', to: 'RUB', date: '2022-01-07' });
  });

  it('respects the unit of a rate', () => {
    expect(convert(100, 'KZT', 'RUB', '2022-01-07', rates).value).to.be.closeTo(16.9, 1e-9);
    const perTen = table('JPY USD 0.087 10 2022-01-07 Some bank');
    expect(convert(1000, 'JPY', 'USD', '2022-01-07', perTen).value).to.be.closeTo(8.7, 1e-9);
  });

  it('inverts a pair when only the reverse exists', () => {
    const toTenge = convert(10.14, 'RUB', 'KZT', '2022-01-07', rates);
    expect(toTenge.value).to.be.closeTo(60, 1e-9);
    expect(toTenge.rates[0]).to.include({ base: 'KZT', quote: 'RUB', inverse: true });

    const toDollars = convert(74.2926, 'RUB', 'USD', '2022-01-07', rates);
    expect(toDollars.value).to.be.closeTo(1, 1e-12);
    expect(toDollars.rates.map((rate) => [rate.base, rate.quote, rate.inverse])).to.deep.equal([['USD', 'RUB', true]]);
  });

  it('converts KZT to EUR through RUB with both legs from one source', () => {
    const conversion = convert(60, 'KZT', 'EUR', '2022-01-07', rates);
    // 60 × 16.9 / 100 = 10.14 RUB; 10.14 / 84.0695 (Bank of Russia EUR/RUB) = 0.120614… EUR.
    expect(conversion.value).to.be.closeTo(10.14 / 84.0695, 1e-12);
    expect(conversion.rates.map((rate) => `${rate.base}/${rate.quote}:${rate.source.name}:${rate.inverse}`)).to.deep.equal([
      'KZT/RUB:Bank of Russia:false',
      'EUR/RUB:Bank of Russia:true',
    ]);
  });

  it('takes the most recent rate when two sources publish the same pair', () => {
    const onTheDay = convert(1, 'EUR', 'RUB', '2022-01-07', rates);
    expect(onTheDay.value).to.equal(85.298);
    expect(onTheDay.rates[0]!.source.name).to.equal('European Central Bank');
    // ECB rates hold for their day only; on Saturday 8 January the Bank of Russia rate is the one in force.
    const nextDay = convert(1, 'EUR', 'RUB', '2022-01-08', rates);
    expect(nextDay.value).to.equal(84.0695);
    expect(nextDay.rates[0]!.source.name).to.equal('Bank of Russia');
  });

  it('uses each day’s ECB rate', () => {
    expect(convert(1, 'EUR', 'USD', '2022-01-05', rates).value).to.equal(1.1319);
    expect(convert(1, 'EUR', 'USD', '2022-01-06', rates).value).to.equal(1.1315);
    expect(convert(1, 'EUR', 'USD', '2022-01-07', rates).value).to.equal(1.1298);
  });

  it('prefers one source for every leg, else the fewest legs', () => {
    const mixed = table(
      'KZT RUB 16.9 100 2022-01-07 Bank A',
      'EUR RUB 85 1 2022-01-07 Bank B',
      'KZT USD 0.0023 1 2022-01-07 Bank C',
      'USD GBP 0.74 1 2022-01-07 Bank D',
      'GBP EUR 1.19 1 2022-01-07 Bank E',
    );
    // No single-source route: KZT→RUB→EUR (two legs) beats KZT→USD→GBP→EUR (three).
    const twoLegs = convert(100, 'KZT', 'EUR', '2022-01-07', mixed);
    expect(twoLegs.rates.map((rate) => rate.source.name)).to.deep.equal(['Bank A', 'Bank B']);
    expect(twoLegs.value).to.be.closeTo(16.9 / 85, 1e-12);

    const oneSource = table(
      'KZT RUB 16.9 100 2022-01-07 Bank A',
      'EUR RUB 85 1 2022-01-07 Bank B',
      'KZT USD 0.0023 1 2022-01-07 Bank C',
      'USD GBP 0.74 1 2022-01-07 Bank C',
      'GBP EUR 1.19 1 2022-01-07 Bank C',
    );
    const sameSource = convert(100, 'KZT', 'EUR', '2022-01-07', oneSource);
    expect(sameSource.rates.map((rate) => rate.source.name)).to.deep.equal(['Bank C', 'Bank C', 'Bank C']);
    expect(sameSource.value).to.be.closeTo(100 * 0.0023 * 0.74 * 1.19, 1e-12);
  });

  it('returns the amount unchanged between equal currencies', () => {
    expect(convert(5, 'RUB', 'RUB', '2030-01-01', rates)).to.deep.include({ value: 5, rates: [], warnings: [] });
  });

  it('throws a RateError naming the pair and the date when no rate is in force', () => {
    let error: unknown;
    try {
      convert(60, 'KZT', 'EUR', '2022-01-11', rates);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(RateError).and.instanceOf(InputError);
    const rateError = error as RateError;
    expect(rateError.pair).to.equal('KZT/EUR');
    expect(rateError.date).to.equal('2022-01-11');
    expect(rateError.message).to.include('KZT/EUR').and.include('2022-01-11');
    expect(rateError.format()).to.match(/^glossary\/rates\.yaml: no exchange rate for KZT\/EUR in force on 2022-01-11/);
  });

  it('throws for a date before every rate, even with allowEarlier', () => {
    expect(() => convert(1, 'USD', 'RUB', '2021-06-01', rates, { allowEarlier: true })).to.throw(RateError, /USD\/RUB.*2021-06-01/);
  });

  it('uses the nearest earlier rate with allowEarlier and warns', () => {
    const conversion = convert(60, 'KZT', 'RUB', '2022-01-11', rates, { allowEarlier: true });
    expect(conversion.value).to.be.closeTo(10.14, 1e-9);
    expect(conversion.warnings).to.have.length(1);
    expect(conversion.warnings[0]).to.match(/no KZT\/RUB rate in force on 2022-01-11; used the Bank of Russia rate of 2021-12-31/);
    expect(conversion.warnings[0]).to.match(/glossary\/rates\.yaml:\d+/);

    const ecbOnly = table('EUR USD 1.1315 1 2022-01-06 European Central Bank', 'EUR USD 1.1298 1 2022-01-07 European Central Bank');
    const weekend = convert(1, 'EUR', 'USD', '2022-01-09', ecbOnly, { allowEarlier: true });
    expect(weekend.value).to.equal(1.1298);
    expect(weekend.warnings[0]).to.match(/EUR\/USD.*2022-01-09.*2022-01-07/);
  });

  it('rejects unknown currencies and malformed dates', () => {
    expect(() => convert(1, 'KZT', 'XYZ', '2022-01-07', rates)).to.throw(RateError, /unknown currency code "XYZ"/);
    expect(() => convert(1, 'KZT', 'RUB', '07.01.2022', rates)).to.throw(RateError, /"07\.01\.2022" is not a YYYY-MM-DD date/);
  });
});
