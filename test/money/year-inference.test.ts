import { expect } from 'chai';
import { inferYear } from '../../scripts/money/index.js';

describe('inferYear', () => {
  it('keeps the article year for a nearby date', () => {
    expect(inferYear(1, 2, '2022-01-07')).to.equal('2022-01-02');
    expect(inferYear(1, 19, '2022-01-07')).to.equal('2022-01-19');
  });

  it('puts a December date in a January article in the previous year', () => {
    expect(inferYear(12, 30, '2022-01-07')).to.equal('2021-12-30');
  });

  it('puts a January date in a December article in the next year', () => {
    expect(inferYear(1, 3, '2021-12-28')).to.equal('2022-01-03');
  });

  it('picks the closest year within six months', () => {
    // 7 July 2022 is 181 days after 7 January 2022; 7 July 2021 is 184 days before it.
    expect(inferYear(7, 7, '2022-01-07')).to.equal('2022-07-07');
    // 9 July 2022 is 183 days after; 9 July 2021 is 182 days before.
    expect(inferYear(7, 9, '2022-01-07')).to.equal('2021-07-09');
  });

  it('gives no date for 29 February far from any leap year', () => {
    expect(inferYear(2, 29, '2022-01-07')).to.equal(null);
    expect(inferYear(2, 29, '2024-01-07')).to.equal('2024-02-29');
  });

  it('rejects an article date that is not YYYY-MM-DD', () => {
    expect(() => inferYear(1, 2, '7 January 2022')).to.throw(RangeError, /YYYY-MM-DD/);
  });
});
