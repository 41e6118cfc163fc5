/**
 * Puts per-article results of several shares into the order one thread
 * produces: by article, then by the configured order of locales.
 */
export function sortByArticle<T extends { readonly article: string; readonly locale?: string }>(results: readonly T[], locales: readonly string[] = []): T[] {
  const localeRank = (locale: string | undefined) => (locale === undefined ? 0 : locales.indexOf(locale));
  return [...results].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : localeRank(a.locale) - localeRank(b.locale)));
}
