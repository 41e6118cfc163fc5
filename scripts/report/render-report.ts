import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostic.js';
import { escapeHtml } from '../util/html-escape.js';
import type { ReportArticle, ReportData, ReportLocale, ReportRow, SourcePiece, StaleRow, TargetPiece } from './model.js';
import { reportScript, reportStyle } from './page-assets.js';

const integer = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent' });

/**
 * The review page: one self-contained HTML document (inline style and script,
 * no network access, allowed by its Content-Security-Policy to run only its
 * own script). Every locale is rendered on the server into its own section;
 * the script only switches sections and applies the filters, so even
 * articles of hundreds of segments stay fast. All project text is escaped.
 */
export function renderReportPage(data: ReportData): string {
  const first = data.locales[0]?.locale;
  const switcher = data.locales
    .map(
      (view) =>
        `<button type="button" data-locale="${escapeHtml(view.locale)}" aria-pressed="${view.locale === first}">` +
        `<span lang="${escapeHtml(view.locale)}">${escapeHtml(view.label)}</span> <span class="code">${escapeHtml(view.locale)}</span></button>`,
    )
    .join('');
  const sections = data.locales.map((view) => renderLocale(view, data.sourceLocale, view.locale !== first)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src '${hashOf(reportStyle)}'; script-src '${hashOf(reportScript)}'; base-uri 'none'; form-action 'none'">
<title>Translation review</title>
<style>${reportStyle}</style>
</head>
<body>
<header class="page">
<h1>Translation review</h1>
<div class="switcher" role="group" aria-label="Locale">${switcher}</div>
<fieldset class="filters"><legend>Filters</legend>
<label><input type="checkbox" id="only-problems"> Only problems</label>
<label><input type="checkbox" id="only-untranslated"> Only untranslated</label>
</fieldset>
<p id="filter-status" role="status"></p>
</header>
<main>
${sections}
</main>
<script>${reportScript}</script>
</body>
</html>
`;
}

/** "34 / 36 translated", numbers as CLDR writes them in English. */
export function progressText(translated: number, segments: number): string {
  return `${integer.format(translated)} / ${integer.format(segments)} translated`;
}

function renderLocale(view: ReportLocale, sourceLocale: string, hidden: boolean): string {
  const locale = escapeHtml(view.locale);
  const heading = `report-${locale}`;
  const unplaced =
    view.unplaced.length > 0
      ? `<section class="unplaced" aria-label="Findings without a segment"><h3>Findings without a segment</h3>${renderFindings(view.unplaced)}</section>`
      : '';
  const articles = view.articles.map((article) => renderArticle(article, view.locale, sourceLocale)).join('\n');
  return `<section class="locale" data-locale="${locale}" aria-labelledby="${heading}"${hidden ? ' hidden' : ''}>
<h2 id="${heading}"><span lang="${locale}">${escapeHtml(view.label)}</span> (${locale})</h2>
${renderProgress(view.translated, view.segments, `${view.label} translated`)}
${unplaced}
${articles}
</section>`;
}

function renderProgress(translated: number, segments: number, label: string): string {
  return `<p class="progress"><progress max="${segments}" value="${translated}" aria-label="${escapeHtml(label)}"></progress> <span class="progress-text">${escapeHtml(progressText(translated, segments))}</span></p>`;
}

function renderArticle(article: ReportArticle, locale: string, sourceLocale: string): string {
  const rows = [...article.rows.map((row) => renderRow(row, article.name, locale, sourceLocale)), ...article.stale.map((row) => renderStaleRow(row, locale))];
  return `<article class="article" data-article="${escapeHtml(article.name)}">
<h3 lang="${escapeHtml(sourceLocale)}">${escapeHtml(article.title)}</h3>
<p class="article-meta">${escapeHtml(article.file)} · ${escapeHtml(progressText(article.translated, article.segments))}${article.stale.length > 0 ? ` · ${integer.format(article.stale.length)} stale` : ''}</p>
<table>
<colgroup><col class="id"><col><col></colgroup>
<thead><tr><th scope="col">Segment</th><th scope="col">Source (${escapeHtml(sourceLocale)})</th><th scope="col">Translation (${escapeHtml(locale)})</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="filter-empty" hidden>No segment of this article matches the filters.</p>
</article>`;
}

function renderRow(row: ReportRow, article: string, locale: string, sourceLocale: string): string {
  const problem = [...row.sourceDiagnostics, ...row.targetDiagnostics].some((diagnostic) => !diagnostic.suppressed);
  const classes = ['seg', row.status, ...(row.status === 'translated' ? [] : ['not-translated']), ...(problem ? ['has-problem'] : [])];
  const repeat = row.occurrences > 1 ? `<span class="repeat">×${integer.format(row.occurrences)}</span>` : '';
  const target = row.target
    ? `<div class="text" lang="${escapeHtml(locale)}">${renderTarget(row.target, 'locale')}</div>`
    : `<p><span class="badge">${row.status === 'fuzzy' ? 'Untranslated, fuzzy match' : 'Untranslated'}</span></p>` +
      (row.suggestion
        ? `<p class="suggestion">Suggestion (${percent.format(row.suggestion.quality / 100)} match): <span lang="${escapeHtml(locale)}">${renderTarget(row.suggestion.target, 'locale')}</span></p>`
        : '');
  return (
    `<tr class="${classes.join(' ')}" id="${escapeHtml(`${locale}:${article}:${row.id}`)}" data-id="${escapeHtml(row.id)}">` +
    `<td class="seg-id"><code>${escapeHtml(row.id)}</code>${repeat}</td>` +
    `<td class="source"><div class="text" lang="${escapeHtml(sourceLocale)}">${renderSource(row.source, locale)}</div>${renderFindings(row.sourceDiagnostics)}</td>` +
    `<td class="target">${target}${renderFindings(row.targetDiagnostics)}</td>` +
    `</tr>`
  );
}

function renderStaleRow(row: StaleRow, locale: string): string {
  const problem = row.diagnostics.some((diagnostic) => !diagnostic.suppressed);
  return (
    `<tr class="seg stale${problem ? ' has-problem' : ''}" data-id="${escapeHtml(row.id)}">` +
    `<td class="seg-id"><code>${escapeHtml(row.id)}</code></td>` +
    `<td class="source"><span class="badge">No longer in the source</span></td>` +
    `<td class="target"><div class="text" lang="${escapeHtml(locale)}">${renderTarget(row.target, 'names')}</div>${renderFindings(row.diagnostics)}</td>` +
    `</tr>`
  );
}

function renderSource(pieces: readonly SourcePiece[], locale: string): string {
  return pieces
    .map((piece) => {
      if (piece.kind === 'text') return escapeHtml(piece.text);
      if (piece.kind === 'value') return `<span class="ph" title="{${escapeHtml(piece.placeholder)}}">${escapeHtml(piece.text)}</span>`;
      const approved = piece.approved !== undefined ? `${locale}: ${piece.approved}` : `no approved ${locale} term for ${piece.conceptId}`;
      const title = piece.note !== undefined ? `${approved} — ${piece.note}` : approved;
      const deprecated = piece.status === 'deprecated';
      return (
        `<mark class="term${deprecated ? ' deprecated' : ''}" data-concept="${escapeHtml(piece.conceptId)}" title="${escapeHtml(title)}">${escapeHtml(piece.text)}` +
        `<span class="sr-only"> (glossary${deprecated ? ', deprecated term' : ''}: ${escapeHtml(approved)})</span></mark>`
      );
    })
    .join('');
}

/** `locale`: placeholders show their value in the page's locale; `names`: they show as `{name}` (a stale translation has no source values). */
function renderTarget(pieces: readonly TargetPiece[], mode: 'locale' | 'names'): string {
  return pieces
    .map((piece) => {
      if (piece.kind === 'text') return escapeHtml(piece.text);
      const name = `{${piece.placeholder}}`;
      if (mode === 'names') return `<span class="ph">${escapeHtml(name)}</span>`;
      return piece.known
        ? `<span class="ph" title="${escapeHtml(name)}">${escapeHtml(piece.text)}</span>`
        : `<span class="ph unknown" title="${escapeHtml(`${name} is not a placeholder of the source`)}">${escapeHtml(piece.text)}</span>`;
    })
    .join('');
}

function renderFindings(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const items = diagnostics.map((diagnostic) => {
    const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
    return (
      `<li class="finding ${escapeHtml(diagnostic.severity)}${diagnostic.suppressed ? ' suppressed' : ''}">` +
      `<span class="severity">${escapeHtml(diagnostic.severity)}</span> <code class="rule">${escapeHtml(diagnostic.ruleId)}</code> ` +
      `<span class="message">${escapeHtml(diagnostic.message)}</span>${diagnostic.suppressed ? ' (suppressed)' : ''}` +
      `<span class="where">${escapeHtml(where)}</span></li>`
    );
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

function hashOf(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
