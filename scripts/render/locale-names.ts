import { intlFor } from './i18n.js';

/** The publication date in the locale's long style (CLDR): "7 января 2022 г.", "7. Januar 2022". */
export function formatPublicationDate(locale: string, isoDate: string): string {
  return intlFor(locale).formatDate(new Date(`${isoDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
}

const autonyms = new Map<string, string>();

/**
 * A language's name in itself, first letter capitalized for a menu: "Русский",
 * "Қазақ тілі", "Deutsch". Kept per locale: every page of a build names every
 * language, and FormatJS looks its formatter up anew on each call.
 */
export function languageAutonym(locale: string): string {
  let autonym = autonyms.get(locale);
  if (autonym === undefined) {
    const name = intlFor(locale).formatDisplayName(locale, { type: 'language' }) ?? locale;
    autonym = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    autonyms.set(locale, autonym);
  }
  return autonym;
}
