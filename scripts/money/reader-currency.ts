/**
 * The currency readers of a region pay in (CLDR's current legal tender per
 * territory, supplemental `currencyData`), for the regions Glossa's readers
 * are likely to be in. A region not listed has no default: amounts are shown
 * in their own currency until the `money` setting names a target.
 */
const currencyByRegion: Readonly<Record<string, string>> = {
  // The euro area and the states that use the euro by agreement.
  AD: 'EUR', AT: 'EUR', BE: 'EUR', CY: 'EUR', DE: 'EUR', EE: 'EUR', ES: 'EUR', FI: 'EUR', FR: 'EUR', GR: 'EUR',
  HR: 'EUR', IE: 'EUR', IT: 'EUR', LT: 'EUR', LU: 'EUR', LV: 'EUR', MC: 'EUR', ME: 'EUR', MT: 'EUR', NL: 'EUR',
  PT: 'EUR', SI: 'EUR', SK: 'EUR', SM: 'EUR', VA: 'EUR', XK: 'EUR',
  CH: 'CHF', LI: 'CHF',
  RU: 'RUB', UA: 'UAH', KZ: 'KZT', BY: 'BYN', KG: 'KGS', UZ: 'UZS', TJ: 'TJS', TM: 'TMT', AZ: 'AZN', AM: 'AMD',
  GE: 'GEL', MD: 'MDL',
  GB: 'GBP', US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', IN: 'INR', CN: 'CNY', JP: 'JPY', TR: 'TRY',
  PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', RS: 'RSD', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK',
};

/**
 * The reader's currency of a locale: from the region the tag names ("de-CH" →
 * CHF), else from the region CLDR's likely subtags give the language ("ru" →
 * ru-Cyrl-RU → RUB, "kk" → KZT, "de" → EUR). English without a region has
 * none: it is read in too many currencies to pick one.
 */
export function readerCurrency(locale: string): string | undefined {
  // Asked for every amount of every unit: an Intl.Locale and its likely subtags, per asking, were 30-40 ms of an export.
  if (currencyByLocale.has(locale)) return currencyByLocale.get(locale);
  let tag: Intl.Locale | undefined;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    tag = undefined;
  }
  const region = tag === undefined || (tag.region === undefined && tag.language === 'en') ? undefined : (tag.region ?? tag.maximize().region);
  const currency = region === undefined ? undefined : currencyByRegion[region];
  currencyByLocale.set(locale, currency);
  return currency;
}

const currencyByLocale = new Map<string, string | undefined>();
