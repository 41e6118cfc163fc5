import { ConfigError } from '../core/errors.js';
import { isCurrencyCode } from './currency-codes.js';

/** How a currency is named next to the amount; Intl's `currencyDisplay`. */
export type CurrencyDisplay = 'symbol' | 'narrowSymbol' | 'code' | 'name';

/**
 * `keep`: amounts stay in their own currency. `convert`: amounts are shown in
 * `target` only. `both`: in their own currency followed by the `target`
 * equivalent, "60 ₸ (≈10 ₽)".
 */
export type MoneyMode = 'keep' | 'convert' | 'both';

/** Rounding of converted amounts: a number of decimals, or of significant digits (suits small values: 0.12 €). */
export type MoneyRounding = { readonly maximumFractionDigits: number } | { readonly maximumSignificantDigits: number };

/** How one target locale shows amounts of money. */
export interface LocaleMoneyPolicy {
  readonly mode: MoneyMode;
  /** ISO 4217 code converted amounts are shown in; present unless `mode` is `keep`. */
  readonly target?: string;
  /** Display of amounts in their own currency. */
  readonly display: CurrencyDisplay;
  /** Display of converted amounts. */
  readonly equivalentDisplay: CurrencyDisplay;
  readonly rounding: MoneyRounding;
  /** Amounts from this value up are written compactly ("5 млн ₸"). */
  readonly compactFrom: number;
}

/** Policies by target locale, as they stand under the `money` key of the project configuration. */
export type MoneyPolicy = Readonly<Record<string, LocaleMoneyPolicy>>;

const modes: readonly MoneyMode[] = ['keep', 'convert', 'both'];
const displays: readonly CurrencyDisplay[] = ['symbol', 'narrowSymbol', 'code', 'name'];
const localeKeys = new Set(['mode', 'target', 'display', 'equivalentDisplay', 'rounding', 'compactFrom']);
const defaultRounding: MoneyRounding = { maximumSignificantDigits: 2 };
const defaultCompactFrom = 1_000_000;

/**
 * The policy for the sample article: the English, Russian and Ukrainian
 * editions show an amount with its ruble equivalent, as the English original
 * does (computed from the rate table, not copied from the text); the Kazakh
 * edition shows tenge alone; the German one adds a euro equivalent.
 */
export const defaultMoneyPolicy: MoneyPolicy = {
  en: {
    mode: 'both',
    target: 'RUB',
    display: 'code',
    equivalentDisplay: 'name',
    rounding: { maximumFractionDigits: 0 },
    compactFrom: defaultCompactFrom,
  },
  ru: {
    mode: 'both',
    target: 'RUB',
    display: 'narrowSymbol',
    equivalentDisplay: 'narrowSymbol',
    rounding: { maximumFractionDigits: 0 },
    compactFrom: defaultCompactFrom,
  },
  uk: {
    mode: 'both',
    target: 'RUB',
    display: 'narrowSymbol',
    equivalentDisplay: 'narrowSymbol',
    rounding: { maximumFractionDigits: 0 },
    compactFrom: defaultCompactFrom,
  },
  kk: {
    mode: 'keep',
    display: 'narrowSymbol',
    equivalentDisplay: 'narrowSymbol',
    rounding: defaultRounding,
    compactFrom: defaultCompactFrom,
  },
  de: {
    mode: 'both',
    target: 'EUR',
    display: 'narrowSymbol',
    equivalentDisplay: 'narrowSymbol',
    rounding: { maximumSignificantDigits: 2 },
    compactFrom: defaultCompactFrom,
  },
};

/**
 * Validates the `money` section of the configuration:
 *
 * ```json
 * { "ru": { "mode": "both", "target": "RUB", "display": "narrowSymbol", "rounding": { "maximumFractionDigits": 0 } } }
 * ```
 *
 * `display` defaults to `narrowSymbol`, `equivalentDisplay` to `display`,
 * `rounding` to two significant digits, `compactFrom` to one million.
 *
 * @param where names the configuration (file and key) in error messages.
 * @throws ConfigError naming `where` and the key path of the first problem.
 */
export function parseMoneyPolicy(raw: unknown, where: string): Record<string, LocaleMoneyPolicy> {
  const fail = (path: string, message: string): never => {
    throw new ConfigError(`money.${path}: ${message}`, where);
  };
  if (!isPlainObject(raw)) throw new ConfigError(`money: expected an object of policies by locale, got ${describe(raw)}`, where);

  const policies: Record<string, LocaleMoneyPolicy> = {};
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

    const mode = value['mode'];
    if (!modes.includes(mode as MoneyMode)) fail(`${locale}.mode`, `must be one of ${modes.join(', ')}, got ${describe(mode)}`);
    const target = value['target'];
    if (mode !== 'keep' || target !== undefined) {
      if (typeof target !== 'string' || !isCurrencyCode(target)) {
        fail(`${locale}.target`, `must be an ISO 4217 currency code${mode === 'keep' ? '' : ` when mode is ${String(mode)}`}, got ${describe(target)}`);
      }
    }
    const display = readDisplay(value['display'], `${locale}.display`, 'narrowSymbol', fail);
    const equivalentDisplay = readDisplay(value['equivalentDisplay'], `${locale}.equivalentDisplay`, display, fail);
    const rounding = readRounding(value['rounding'], `${locale}.rounding`, fail);
    const compactFrom = value['compactFrom'] ?? defaultCompactFrom;
    if (typeof compactFrom !== 'number' || !(compactFrom > 0)) {
      fail(`${locale}.compactFrom`, `must be a positive number, got ${describe(compactFrom)}`);
    }

    const policy = {
      mode: mode as MoneyMode,
      display,
      equivalentDisplay,
      rounding,
      compactFrom: compactFrom as number,
    };
    policies[locale] = typeof target === 'string' ? { ...policy, target } : policy;
  }
  return policies;
}

/** The policy for a locale: an exact entry, else the one for its language ("de-AT" → "de"). */
export function policyForLocale(policies: MoneyPolicy, locale: string): LocaleMoneyPolicy | undefined {
  return policies[locale] ?? policies[locale.split('-')[0] ?? ''];
}

type Fail = (path: string, message: string) => never;

function readDisplay(value: unknown, path: string, fallback: CurrencyDisplay, fail: Fail): CurrencyDisplay {
  if (value === undefined) return fallback;
  if (!displays.includes(value as CurrencyDisplay)) fail(path, `must be one of ${displays.join(', ')}, got ${describe(value)}`);
  return value as CurrencyDisplay;
}

function readRounding(value: unknown, path: string, fail: Fail): MoneyRounding {
  if (value === undefined) return defaultRounding;
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
