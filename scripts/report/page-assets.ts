/*
 * The review page's only style sheet and script, inlined. They are constants,
 * never built from project data, so the page's Content-Security-Policy can
 * allow exactly them by hash and nothing else.
 */

export const reportStyle = `
:root{color-scheme:light;--line:#d9d9d9;--muted:#5c5c5c;--error:#b3261e;--warning:#8a5a00;--info:#1f5f99}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header.page{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
header.page h1{font-size:1.1rem;margin:0}
.switcher{display:flex;gap:.25rem;flex-wrap:wrap}
.switcher button{font:inherit;border:1px solid var(--line);background:#f3f3f3;border-radius:4px;padding:.2rem .6rem;cursor:pointer}
.switcher button[aria-pressed="true"]{background:#1b1b1b;color:#fff;border-color:#1b1b1b}
.switcher .code{font-size:.8em;opacity:.75}
.filters{border:0;margin:0;padding:0;display:flex;gap:1rem}
.filters legend{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
#filter-status{color:var(--muted);font-size:.9rem}
main{padding:0 1rem 2rem}
section.locale>h2{font-size:1.25rem;margin:1rem 0 .25rem}
.progress{display:flex;align-items:center;gap:.6rem;margin:.25rem 0 1rem}
.progress progress{width:16rem;height:.9rem}
article.article{margin:1.5rem 0}
article.article h3{font-size:1.05rem;margin:0}
.article-meta{color:var(--muted);font-size:.85rem;margin:.1rem 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f0f0f0;font-weight:600}
col.id{width:7.5rem}
td.seg-id code{font-size:.75rem;color:var(--muted)}
.repeat{display:block;font-size:.75rem;color:var(--muted)}
tr.not-translated td.target{background:#fff4d6}
tr.stale td{background:#f1f1f1;color:var(--muted)}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em;border-radius:3px;padding:0 .35rem;background:#f0c36d;color:#3d2a00}
.suggestion{margin:.3rem 0 0;font-size:.9rem;color:var(--muted)}
mark.term{background:#dcecff;color:inherit;border-bottom:1px dotted #1f5f99;cursor:help}
mark.term.deprecated{background:#ffe0dc;border-bottom-color:var(--error)}
.ph{background:#eee;border-radius:3px;padding:0 .15rem}
.ph.unknown{background:#ffe0dc;color:var(--error);font-family:ui-monospace,monospace}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
ul.findings{list-style:none;margin:.4rem 0 0;padding:0;font-size:.85rem}
ul.findings li{border-left:3px solid var(--line);padding:.1rem .4rem;margin:.2rem 0}
ul.findings li.error{border-color:var(--error)}
ul.findings li.warning{border-color:var(--warning)}
ul.findings li.info{border-color:var(--info)}
ul.findings li.suppressed{opacity:.6}
.severity{font-weight:600;text-transform:uppercase;font-size:.72rem}
li.error .severity{color:var(--error)}
li.warning .severity{color:var(--warning)}
li.info .severity{color:var(--info)}
.rule{font-size:.8rem}
.where{display:block;color:var(--muted);font-size:.75rem}
body.only-problems tr.seg:not(.has-problem){display:none}
body.only-untranslated tr.seg:not(.not-translated){display:none}
.filter-empty{color:var(--muted);font-style:italic}
`;

export const reportScript = `
'use strict';
(() => {
  const body = document.body;
  const sections = [...document.querySelectorAll('section.locale')];
  const buttons = [...document.querySelectorAll('.switcher button[data-locale]')];
  const onlyProblems = document.getElementById('only-problems');
  const onlyUntranslated = document.getElementById('only-untranslated');
  const status = document.getElementById('filter-status');
  const numbers = new Intl.NumberFormat('en');
  const matches = (row) =>
    (!onlyProblems.checked || row.classList.contains('has-problem')) && (!onlyUntranslated.checked || row.classList.contains('not-translated'));
  const current = () => sections.find((section) => !section.hidden);

  function refresh() {
    body.classList.toggle('only-problems', onlyProblems.checked);
    body.classList.toggle('only-untranslated', onlyUntranslated.checked);
    const section = current();
    if (!section) return;
    let shown = 0;
    let all = 0;
    for (const article of section.querySelectorAll('article.article')) {
      const rows = [...article.querySelectorAll('tr.seg')];
      const visible = rows.filter(matches).length;
      article.querySelector('table').hidden = visible === 0;
      article.querySelector('.filter-empty').hidden = visible !== 0;
      shown += visible;
      all += rows.length;
    }
    status.textContent = 'Showing ' + numbers.format(shown) + ' of ' + numbers.format(all) + ' rows';
  }

  function select(locale) {
    if (!sections.some((section) => section.dataset.locale === locale)) return;
    for (const section of sections) section.hidden = section.dataset.locale !== locale;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
    if (location.hash !== '#' + locale) {
      try {
        history.replaceState(null, '', '#' + locale);
      } catch {
        // Some browsers refuse history changes on file: pages; the switch works all the same.
      }
    }
    refresh();
  }

  for (const button of buttons) button.addEventListener('click', () => select(button.dataset.locale));
  onlyProblems.addEventListener('change', refresh);
  onlyUntranslated.addEventListener('change', refresh);
  window.addEventListener('hashchange', () => select(location.hash.slice(1)));
  select(decodeURIComponent(location.hash.slice(1)) || (buttons[0] && buttons[0].dataset.locale));
  refresh();
})();
`;
