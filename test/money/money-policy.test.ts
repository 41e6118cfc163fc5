import { expect } from 'chai';
import { validateConfig } from '../../scripts/config.js';
import { ConfigError } from '../../scripts/core/errors.js';
import { defaultPolicyFor, parseMoneyPolicy, policyForLocale } from '../../scripts/money/index.js';

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

describe('defaultPolicyFor: the reader\'s currency of the locale', () => {
  const cases: [string, string | undefined][] = [
    ['ru', 'RUB'],
    ['uk', 'UAH'],
    ['kk', 'KZT'],
    ['de', 'EUR'],
    ['de-AT', 'EUR'],
    ['de-CH', 'CHF'],
    ['ru-KZ', 'KZT'],
    ['en-GB', 'GBP'],
    ['en', undefined],
    ['en-001', undefined],
  ];
  for (const [locale, target] of cases) {
    it(`${locale} → ${target ?? 'no conversion'}`, () => {
      const policy = defaultPolicyFor(locale);
      if (target === undefined) {
        expect(policy.mode).to.equal('keep');
        expect(policy.target).to.equal(undefined);
      } else {
        expect(policy).to.include({ mode: 'both', target });
      }
    });
  }

  it('names currencies by code in English and by narrow symbol elsewhere, rounding equivalents to whole units', () => {
    expect(defaultPolicyFor('en')).to.deep.equal({
      mode: 'keep',
      display: 'code',
      equivalentDisplay: 'code',
      rounding: { maximumFractionDigits: 0 },
      compactFrom: 1_000_000,
    });
    expect(defaultPolicyFor('ru')).to.deep.equal({
      mode: 'both',
      target: 'RUB',
      display: 'narrowSymbol',
      equivalentDisplay: 'narrowSymbol',
      rounding: { maximumFractionDigits: 0 },
      compactFrom: 1_000_000,
    });
  });
});

describe('parseMoneyPolicy', () => {
  it('reads overrides: only the keys given, a display setting both displays', () => {
    const policy = parseMoneyPolicy(
      {
        ru: { mode: 'both', target: 'USD', display: 'code', rounding: { maximumFractionDigits: 1 } },
        kk: { mode: 'keep' },
        de: { mode: 'convert', display: 'code', equivalentDisplay: 'name', rounding: { maximumSignificantDigits: 3 }, compactFrom: 1e9 },
        en: { mode: 'both', target: 'USD' },
      },
      where,
    );
    expect(policy).to.deep.equal({
      ru: { mode: 'both', target: 'USD', display: 'code', equivalentDisplay: 'code', rounding: { maximumFractionDigits: 1 } },
      kk: { mode: 'keep' },
      de: { mode: 'convert', display: 'code', equivalentDisplay: 'name', rounding: { maximumSignificantDigits: 3 }, compactFrom: 1e9 },
      en: { mode: 'both', target: 'USD' },
    });
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', [], /^money: expected an object/],
    ['unknown mode', { ru: { mode: 'swap', target: 'RUB' } }, /^money\.ru\.mode: must be one of keep, convert, both, got "swap"/],
    ['missing target where the locale has no default', { en: { mode: 'both' } }, /^money\.en\.target: must be an ISO 4217 currency code when mode is both \(en has no reader's currency by default\), got nothing/],
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

  it('layers the configuration and then the article over the default, language entry first', () => {
    const config = parseMoneyPolicy({ de: { display: 'code' }, 'de-CH': { rounding: { maximumSignificantDigits: 2 } } }, where);
    const article = parseMoneyPolicy({ de: { mode: 'keep' } }, 'source/a.md: front matter');
    expect(policyForLocale('de', config)).to.include({ mode: 'both', target: 'EUR', display: 'code', equivalentDisplay: 'code' });
    expect(policyForLocale('de-CH', config)).to.deep.include({ target: 'CHF', display: 'code', rounding: { maximumSignificantDigits: 2 } });
    expect(policyForLocale('de-CH', config, article)).to.include({ mode: 'keep', display: 'code' });
    expect(policyForLocale('ru', config, article)).to.deep.equal(defaultPolicyFor('ru'));
  });
});

describe('the money setting of the configuration', () => {
  it('is validated when the configuration is read, naming the file and the key path', () => {
    expect(() => validateConfig({ targetLocales: ['de'], money: { de: { mode: 'swap' } } }, '/p', '/p/glossa.json'))
      .to.throw(ConfigError, /^money\.de\.mode: must be one of keep, convert, both, got "swap"/)
      .with.property('file', '/p/glossa.json');
  });

  it('is held as overrides of the locale defaults', () => {
    const config = validateConfig({ targetLocales: ['uk'], money: { uk: { mode: 'keep' } } }, '/p', '/p/glossa.json');
    expect(config.money).to.deep.equal({ uk: { mode: 'keep' } });
    expect(policyForLocale('uk', config.money)).to.include({ mode: 'keep', target: 'UAH' });
  });
});
