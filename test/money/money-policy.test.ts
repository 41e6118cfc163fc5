import { expect } from 'chai';
import { ConfigError } from '../../scripts/core/errors.js';
import { defaultMoneyPolicy, parseMoneyPolicy, policyForLocale } from '../../scripts/money/index.js';

const where = 'package.json';

function configError(raw: unknown): ConfigError {
  try {
    parseMoneyPolicy(raw, where);
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseMoneyPolicy', () => {
  it('reads a full entry and fills defaults for a short one', () => {
    const policy = parseMoneyPolicy(
      {
        ru: { mode: 'both', target: 'RUB', display: 'narrowSymbol', rounding: { maximumFractionDigits: 0 } },
        kk: { mode: 'keep' },
        de: { mode: 'convert', target: 'EUR', display: 'code', equivalentDisplay: 'name', rounding: { maximumSignificantDigits: 3 }, compactFrom: 1e9 },
      },
      where,
    );
    expect(policy['ru']).to.deep.equal({
      mode: 'both',
      target: 'RUB',
      display: 'narrowSymbol',
      equivalentDisplay: 'narrowSymbol',
      rounding: { maximumFractionDigits: 0 },
      compactFrom: 1_000_000,
    });
    expect(policy['kk']).to.deep.equal({
      mode: 'keep',
      display: 'narrowSymbol',
      equivalentDisplay: 'narrowSymbol',
      rounding: { maximumSignificantDigits: 2 },
      compactFrom: 1_000_000,
    });
    expect(policy['de']).to.deep.include({ mode: 'convert', display: 'code', equivalentDisplay: 'name', compactFrom: 1e9 });
  });

  it('accepts its own default policy', () => {
    expect(parseMoneyPolicy(JSON.parse(JSON.stringify(defaultMoneyPolicy)), where)).to.deep.equal(defaultMoneyPolicy);
  });

  it('has the sample policy: ruble equivalents for en, ru, uk; tenge alone for kk; euros for de', () => {
    expect(defaultMoneyPolicy['en']).to.include({ mode: 'both', target: 'RUB' });
    expect(defaultMoneyPolicy['ru']).to.include({ mode: 'both', target: 'RUB' });
    expect(defaultMoneyPolicy['uk']).to.include({ mode: 'both', target: 'RUB' });
    expect(defaultMoneyPolicy['kk']).to.include({ mode: 'keep' });
    expect(defaultMoneyPolicy['de']).to.include({ mode: 'both', target: 'EUR' });
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', [], /^money: expected an object/],
    ['unknown mode', { ru: { mode: 'swap', target: 'RUB' } }, /^money\.ru\.mode: must be one of keep, convert, both, got "swap"/],
    ['missing target', { ru: { mode: 'both' } }, /^money\.ru\.target: must be an ISO 4217 currency code when mode is both, got nothing/],
    ['unknown target', { de: { mode: 'convert', target: 'EURO' } }, /^money\.de\.target: .*"EURO"/],
    ['unknown display', { ru: { mode: 'keep', display: 'emoji' } }, /^money\.ru\.display: must be one of symbol, narrowSymbol, code, name/],
    ['two roundings', { ru: { mode: 'keep', rounding: { maximumFractionDigits: 0, maximumSignificantDigits: 2 } } }, /^money\.ru\.rounding: give exactly one/],
    ['bad fraction digits', { ru: { mode: 'keep', rounding: { maximumFractionDigits: -1 } } }, /^money\.ru\.rounding\.maximumFractionDigits: must be a whole number from 0 to 20/],
    ['bad significant digits', { ru: { mode: 'keep', rounding: { maximumSignificantDigits: 0 } } }, /^money\.ru\.rounding\.maximumSignificantDigits: must be a whole number from 1 to 21/],
    ['unknown rounding key', { ru: { mode: 'keep', rounding: { digits: 2 } } }, /^money\.ru\.rounding\.digits: unknown key/],
    ['unknown key', { ru: { mode: 'keep', currency: 'RUB' } }, /^money\.ru\.currency: unknown key/],
    ['bad locale', { 'not a locale!': { mode: 'keep' } }, /^money\.not a locale!: is not a BCP 47 locale tag/],
    ['bad compactFrom', { ru: { mode: 'keep', compactFrom: 0 } }, /^money\.ru\.compactFrom: must be a positive number/],
  ];
  for (const [name, raw, message] of bad) {
    it(`rejects ${name}, naming where and the key path`, () => {
      const error = configError(raw);
      expect(error.message).to.match(message);
      expect(error.file).to.equal(where);
      expect(error.format()).to.match(/^package\.json: money/);
    });
  }

  it('finds the policy of a regional locale through its language', () => {
    expect(policyForLocale(defaultMoneyPolicy, 'de-AT')).to.equal(defaultMoneyPolicy['de']);
    expect(policyForLocale(defaultMoneyPolicy, 'fr')).to.equal(undefined);
  });
});
