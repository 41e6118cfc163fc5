import { ConfigError } from '../core/errors.js';
import { isCurrencyCode } from './currency-codes.js';
import { readerCurrency } from './reader-currency.js';

/** How a currency is named next to the amount; Intl's `currencyDisplay`. */
export type CurrencyDisplay = 'symbol' | 'narrowSymbol' | 'code' | 'name';

/**
 * `keep`: amounts stay in their own currency. `convert`: amounts are shown in
 * `target` only. `both`: in their own currency followed by the `target`
 * equivalent, "60 ₸ (≈10 ₽)", unless the amount is already in `target` or
 * the text states an equivalent in it. Equivalents the text states are kept
 * in `keep` and `both`.
 */
export type MoneyMode = 'keep' | 'convert' | 'both';

/** Rounding of converted amounts: a number of decimals, or of significant digits (suits small values: 0.12 €). */
export type MoneyRounding = { readonly maximumFractionDigits: number } | { readonly maximumSignificantDigits: number };

/** How one target locale shows amounts of money. */
export interface LocaleMoneyPolicy {
  readonly mode: MoneyMode;
  /** ISO 4217 code converted amounts are shown in (the reader's currency); present unless `mode` is `keep`. */
  readonly target?: string;
  /** Display of amounts in their own currency. */
  readonly display: CurrencyDisplay;
  /** Display of converted amounts. */
  readonly equivalentDisplay: CurrencyDisplay;
  readonly rounding: MoneyRounding;
  /** Amounts from this value up are written compactly ("5 млн ₸"). */
  readonly compactFrom: number;
}

/** What a `money` setting may change for one locale; every key is optional and overrides the locale's default. */
export type MoneyOverride = Partial<LocaleMoneyPolicy>;

/** Overrides by locale, as they stand under the `money` key of the configuration or of an article's front matter. */
export type MoneyPolicy = Readonly<Record<string, MoneyOverride>>;

const modes: readonly MoneyMode[] = ['keep', 'convert', 'both'];
const displays: readonly CurrencyDisplay[] = ['symbol', 'narrowSymbol', 'code', 'name'];
const localeKeys = new Set(['mode', 'target', 'display', 'equivalentDisplay', 'rounding', 'compactFrom']);

/**
 * The built-in policy of a locale: amounts in their own currency with an
 * equivalent in the reader's currency (`both`), where the locale has one
 * (see `readerCurrency`: ru → RUB, uk → UAH, kk → KZT, de → EUR, de-CH → CHF);
 * otherwise, as for English, amounts in their own currency only (`keep`).
 * English names currencies by code ("KZT 60"), other locales by narrow symbol
 * ("60 ₸"); converted amounts are rounded to whole units ("≈10 ₽"), and
 * amounts from a million up are written compactly ("5 млн ₸").
 */
export function defaultPolicyFor(locale: string): LocaleMoneyPolicy {
  const display: CurrencyDisplay = primaryLanguage(locale) === 'en' ? 'code' : 'narrowSymbol';
  const base = { display, equivalentDisplay: display, rounding: { maximumFractionDigits: 0 }, compactFrom: 1_000_000 };
  const target = readerCurrency(locale);
  return target === undefined ? { mode: 'keep', ...base } : { mode: 'both', target, ...base };
}

/**
 * Validates a `money` section, from the configuration or an article's front matter:
 *
 * ```json
 * { "en": { "mode": "both", "target": "USD" }, "kk": { "mode": "keep" }, "de": { "rounding": { "maximumSignificantDigits": 2 } } }
 * ```
 *
 * Each key overrides the locale's default (`defaultPolicyFor`); a `display`
 * given without `equivalentDisplay` sets both.
 *
 * @param where names the configuration (file and key) in error messages.
 * @throws ConfigError naming `where` and the key path of the first problem.
 */
export function parseMoneyPolicy(raw: unknown, where: string): MoneyPolicy {
  const fail = (path: string, message: string): never => {
    throw new ConfigError(`money.${path}: ${message}`, where);
  };
  if (!isPlainObject(raw)) throw new ConfigError(`money: expected an object of policies by locale, got ${describe(raw)}`, where);

  const policies: Record<string, MoneyOverride> = {};
  for (const [locale, value] of Object.entries(raw)) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(locale)[0];
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined) fail(locale, 'is not a BCP 47 locale tag');
    if (!isPlainObject(value)) return fail(locale, `expected an object, got ${describe(value)}`);
    for (const key of Object.keys(value)) {
      if (!localeKeys.has(key)) fail(`${locale}.${key}`, `unknown key; allowed: ${[...localeKeys].join(', ')}`);
    }

    const override: { -readonly [K in keyof LocaleMoneyPolicy]?: LocaleMoneyPolicy[K] } = {};
    const mode = value['mode'];
    if (mode !== undefined) {
      if (!modes.includes(mode as MoneyMode)) fail(`${locale}.mode`, `must be one of ${modes.join(', ')}, got ${describe(mode)}`);
      override.mode = mode as MoneyMode;
    }
    const target = value['target'];
    if (target !== undefined) {
      if (typeof target !== 'string' || !isCurrencyCode(target)) fail(`${locale}.target`, `must be an ISO 4217 currency code, got ${describe(target)}`);
      override.target = target as string;
    } else if ((mode === 'both' || mode === 'convert') && readerCurrency(locale) === undefined) {
      fail(`${locale}.target`, `must be an ISO 4217 currency code when mode is ${mode} (${locale} has no reader's currency by default), got nothing`);
    }
    const display = readDisplay(value['display'], `${locale}.display`, fail);
    if (display !== undefined) override.display = display;
    const equivalentDisplay = readDisplay(value['equivalentDisplay'], `${locale}.equivalentDisplay`, fail) ?? display;
    if (equivalentDisplay !== undefined) override.equivalentDisplay = equivalentDisplay;
    if (value['rounding'] !== undefined) override.rounding = readRounding(value['rounding'], `${locale}.rounding`, fail);
    const compactFrom = value['compactFrom'];
    if (compactFrom !== undefined) {
      if (typeof compactFrom !== 'number' || !(compactFrom > 0)) fail(`${locale}.compactFrom`, `must be a positive number, got ${describe(compactFrom)}`);
      override.compactFrom = compactFrom as number;
    }
    policies[locale] = override;
  }
  return policies;
}

/**
 * The policy for a locale: its default, then each layer in order (the
 * configuration, then the article's front matter), each applying its entry
 * for the language ("de") and then for the exact locale ("de-CH").
 */
export function policyForLocale(locale: string, ...layers: readonly (MoneyPolicy | undefined)[]): LocaleMoneyPolicy {
  let policy = defaultPolicyFor(locale);
  const keys = [...new Set([primaryLanguage(locale), locale])];
  for (const layer of layers) {
    for (const key of keys) {
      const entry = layer?.[key];
      if (entry) policy = { ...policy, ...entry };
    }
  }
  return policy;
}

function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

type Fail = (path: string, message: string) => never;

function readDisplay(value: unknown, path: string, fail: Fail): CurrencyDisplay | undefined {
  if (value === undefined) return undefined;
  if (!displays.includes(value as CurrencyDisplay)) fail(path, `must be one of ${displays.join(', ')}, got ${describe(value)}`);
  return value as CurrencyDisplay;
}

function readRounding(value: unknown, path: string, fail: Fail): MoneyRounding {
  if (!isPlainObject(value)) return fail(path, `expected { maximumFractionDigits } or { maximumSignificantDigits }, got ${describe(value)}`);
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    return fail(path, `give exactly one of maximumFractionDigits and maximumSignificantDigits, got ${keys.length === 0 ? 'none' : keys.join(', ')}`);
  }
  const fractionDigits = value['maximumFractionDigits'];
  if (fractionDigits !== undefined) {
    if (!isIntegerIn(fractionDigits, 0, 20)) fail(`${path}.maximumFractionDigits`, `must be a whole number from 0 to 20, got ${describe(fractionDigits)}`);
    return { maximumFractionDigits: fractionDigits as number };
  }
  const significantDigits = value['maximumSignificantDigits'];
  if (significantDigits === undefined) return fail(`${path}.${keys[0]}`, 'unknown key; allowed: maximumFractionDigits, maximumSignificantDigits');
  if (!isIntegerIn(significantDigits, 1, 21)) fail(`${path}.maximumSignificantDigits`, `must be a whole number from 1 to 21, got ${describe(significantDigits)}`);
  return { maximumSignificantDigits: significantDigits as number };
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}
