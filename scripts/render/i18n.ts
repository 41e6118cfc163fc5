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

/*
 * Most messages are text with simple arguments ("{m1} на акцию"). For those,
 * formatting is putting the (already formatted) values in, and building an
 * IntlMessageFormat for each of them (parse, locale resolution) was a tenth
 * of a build. A message qualifies when it has no syntax but `{name}`: no
 * other braces, no tags (`<`), and no apostrophe that ICU would read as a
 * quote (one before `'`, `{`, `}`, `<`, `>`, `#` or `|`; any other is
 * literal, as in "Kazakhstan's"). Everything else, and a message whose
 * value is missing (FormatJS reports that), takes the full path.
 */
const simpleMessage = /^(?:[^{}'<]|'(?![{}'<>#|])|\{[A-Za-z0-9_]+\})*$/;
const simpleArgument = /\{([A-Za-z0-9_]+)\}/g;

function formatSimple(message: string, values: Readonly<Record<string, unknown>>): string | undefined {
  if (!simpleMessage.test(message)) return undefined;
  let missing = false;
  const formatted = message.replace(simpleArgument, (_, name: string) => {
    const value = values[name];
    if (typeof value !== 'string') missing = true;
    return String(value);
  });
  return missing ? undefined : formatted;
}

/** Formats an ICU message in a locale with already formatted values. */
export function formatIcu(message: string, locale: string, values: Readonly<Record<string, unknown>>): string {
  const simple = formatSimple(message, values);
  if (simple !== undefined) return simple;
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
