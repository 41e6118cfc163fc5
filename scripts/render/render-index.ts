import { escapeHtml } from '../util/html-escape.js';
import { formatPublicationDate, languageAutonym } from './locale-names.js';

/** How complete one locale's copy of an article is, as `build` rendered it. */
export interface IndexLocaleStatus {
  readonly locale: string;
  /** Segments in the rendered copy, repeats included. */
  readonly segments: number;
  /** Of those, how many are shown in the source language for lack of a translation. */
  readonly fallbacks: number;
}

/** One article of the index: its source-language title and date, and the copies `build` wrote. */
export interface IndexEntry {
  /** Article name; its copies are `<lng>/<article>.html` next to the index. */
  readonly article: string;
  readonly title: string;
  /** Publication date, YYYY-MM-DD. */
  readonly isoDate: string;
  readonly locales: readonly IndexLocaleStatus[];
}

export interface IndexPageOptions {
  /** The language of titles and of the original copy; its copy is labelled "original". Default: en. */
  readonly sourceLocale?: string;
}

/** The page's own words are English; dates and language names come from CLDR. */
const pageLanguage = 'en';
const integer = new Intl.NumberFormat(pageLanguage);
const languageNames = new Intl.DisplayNames([pageLanguage], { type: 'language' });
const plural = new Intl.PluralRules(pageLanguage);

/**
 * `index.html` for the output folder: every article, newest first, with its
 * title and date in the source language and a link to each locale's copy
 * (`<lng>/<article>.html`) with how much of it is translated.
 */
export function renderIndexPage(entries: readonly IndexEntry[], options: IndexPageOptions = {}): string {
  const sourceLocale = options.sourceLocale ?? 'en';
  const locales = [...new Set(entries.flatMap((entry) => entry.locales.map((status) => status.locale)))];
  const articles = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (a.entry.isoDate < b.entry.isoDate ? 1 : a.entry.isoDate > b.entry.isoDate ? -1 : a.order - b.order))
    .map(({ entry }) => entry);
  const headers = locales
    .map((locale) => `<th scope="col"><span lang="${escapeHtml(locale)}">${escapeHtml(languageAutonym(locale))}</span> <span class="code">${escapeHtml(locale)}</span></th>`)
    .join('');
  const rows = articles.map((entry) => {
    const cells = locales.map((locale) => {
      const status = entry.locales.find((candidate) => candidate.locale === locale);
      return status ? `<td>${renderCopy(entry.article, status, sourceLocale)}</td>` : '<td class="none">not built</td>';
    });
    return (
      `<tr><th scope="row"><span class="title" lang="${escapeHtml(sourceLocale)}">${escapeHtml(entry.title)}</span>` +
      `<time datetime="${escapeHtml(entry.isoDate)}">${escapeHtml(publicationDate(entry.isoDate))}</time></th>${cells.join('')}</tr>`
    );
  });
  const body =
    articles.length === 0
      ? '<p>No articles have been built yet.</p>'
      : `<table>
<thead><tr><th scope="col">Article</th>${headers}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
  return `<!doctype html>
<html lang="${pageLanguage}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Articles</title>
<style>
body{font:1rem/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.5rem;text-align:left;vertical-align:top}
thead th{font-size:.9rem}
.code,time,.status{display:block;color:#555;font-size:.85rem}
thead .code{display:inline}
.title{font-weight:600}
.status.partial{color:#8a5a00}
.none{color:#888}
</style>
</head>
<body>
<h1>Articles</h1>
${body}
</body>
</html>
`;
}

/** "translated 34/36 · 2 fall back to English", "translated 36/36 · complete", "original". */
export function copyStatus(status: IndexLocaleStatus, sourceLocale: string): string {
  if (status.locale === sourceLocale) return 'original';
  const translated = status.segments - status.fallbacks;
  const rest = status.fallbacks === 0 ? 'complete' : `${integer.format(status.fallbacks)} ${plural.select(status.fallbacks) === 'one' ? 'falls' : 'fall'} back to ${languageNames.of(sourceLocale) ?? sourceLocale}`;
  return `translated ${integer.format(translated)}/${integer.format(status.segments)} · ${rest}`;
}

function renderCopy(article: string, status: IndexLocaleStatus, sourceLocale: string): string {
  const href = [status.locale, ...`${article}.html`.split('/')].map(encodeURIComponent).join('/');
  const partial = status.locale !== sourceLocale && status.fallbacks > 0;
  return (
    `<a href="${escapeHtml(href)}" hreflang="${escapeHtml(status.locale)}" lang="${escapeHtml(status.locale)}">${escapeHtml(languageAutonym(status.locale))}</a>` +
    `<span class="status${partial ? ' partial' : ''}">${escapeHtml(copyStatus(status, sourceLocale))}</span>`
  );
}

function publicationDate(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatPublicationDate(pageLanguage, isoDate) : isoDate;
}

/**
 * The index entries for what `build` rendered, in the order of `articles`:
 * title and date from the build results (the workers read the articles, so
 * the main thread need not), one status per result.
 */
export function indexEntries(
  articles: readonly string[],
  results: ReadonlyArray<{ readonly article: string; readonly title: string; readonly date: string; readonly locale: string; readonly segments: number; readonly fallbacks: number }>,
): IndexEntry[] {
  const byArticle = new Map<string, Array<(typeof results)[number]>>();
  for (const result of results) {
    const built = byArticle.get(result.article);
    if (built) built.push(result);
    else byArticle.set(result.article, [result]);
  }
  return articles.flatMap((article) => {
    const built = byArticle.get(article);
    if (!built) return [];
    return [{ article, title: built[0]!.title, isoDate: built[0]!.date, locales: built.map(({ locale, segments, fallbacks }) => ({ locale, segments, fallbacks })) }];
  });
}
