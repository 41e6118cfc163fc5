import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import i18next, { type i18n, type Resource } from 'i18next';

const cache = createIntlCache();
const intlByLocale = new Map<string, IntlShape>();

/** One @formatjs/intl object per locale; it memoizes parsed messages and Intl formatters. */
export function intlFor(locale: string): IntlShape {
  let intl = intlByLocale.get(locale);
  if (!intl) {
    intl = createIntl({ locale, messages: {} }, cache);
    intlByLocale.set(locale, intl);
  }
  return intl;
}

/** Formats an ICU message in a locale with already formatted values. */
export function formatIcu(message: string, locale: string, values: Readonly<Record<string, unknown>>): string {
  const formatted = intlFor(locale).formatters.getMessageFormat(message, locale).format(values as Record<string, string>);
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

/**
 * An i18next instance whose messages are ICU MessageFormat, formatted by
 * @formatjs/intl. i18next keeps the resource store and the fallback to the
 * source language; FormatJS (intl-messageformat 12) does the formatting.
 * i18next-icu would pin intl-messageformat below 12, two copies of ICU
 * formatting for one job, so the bridge is this small i18nFormat module.
 */
export async function createTranslator(options: {
  readonly resources: Resource;
  readonly sourceLocale: string;
  readonly namespaces: readonly string[];
}): Promise<i18n> {
  const icuFormat = {
    type: 'i18nFormat' as const,
    parse: (message: string, values: Record<string, unknown>, locale: string) => formatIcu(message, locale, values),
  };
  const instance = i18next.createInstance();
  await instance.use(icuFormat).init({
    resources: options.resources,
    lng: options.sourceLocale,
    fallbackLng: options.sourceLocale,
    ns: [...options.namespaces],
    defaultNS: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    initAsync: false,
  });
  return instance;
}
