import { parseRates, type RateTable } from '../../scripts/money/index.js';

/** The day of the fixture rates. */
export const fixtureDay = '2013-06-03';

/**
 * Rates of a June 2013 day, as a test fixture: roubles per dollar (27.83),
 * pound (54.30), euro (36.50), hryvnia (3.40) and 100 tenge (20.50).
 */
export const fixtureRates: RateTable = parseRates(
  [
    'rates:',
    ...[
      ['USD', 27.83, 1],
      ['GBP', 54.3, 1],
      ['EUR', 36.5, 1],
      ['UAH', 3.4, 1],
      ['KZT', 20.5, 100],
    ].map(([base, rate, unit]) => `  - { base: ${base}, quote: RUB, rate: ${rate}, unit: ${unit}, from: ${fixtureDay}, source: { name: Test fixture, url: https://example.org/rates } }`),
  ].join('\n'),
  'test/rates.yaml',
);
