import { createHash } from 'node:crypto';
import { expect } from 'chai';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';
import { progressText, renderReportPage, type ReportData } from '../../scripts/report/index.js';
import { escapeHtml } from '../../scripts/util/html-escape.js';

const hostile = `<script>alert("x")</script> & 'q'`;

const placeholderError: Diagnostic = {
  ruleId: 'placeholder/mismatch',
  severity: 'error',
  file: 'locales/de/a.json',
  line: 3,
  column: 7,
  message: `the translation drops {n1} <here> & "there"`,
  segmentId: 'seg1',
  locale: 'de',
};
const suppressed: Diagnostic = { ...placeholderError, ruleId: 'term/missing', severity: 'warning', segmentId: 'seg3', message: 'opted out', suppressed: true };
const stale: Diagnostic = { ...placeholderError, ruleId: 'segment/stale', severity: 'info', segmentId: 'gone', message: 'no longer in the source' };

const data: ReportData = {
  sourceLocale: 'en',
  locales: [
    {
      locale: 'de',
      label: 'Deutsch',
      segments: 36,
      translated: 34,
      unplaced: [],
      articles: [
        {
          name: 'a',
          file: 'source/a.md',
          title: `Title ${hostile}`,
          segments: 3,
          translated: 1,
          rows: [
            {
              id: 'seg1',
              occurrences: 2,
              status: 'translated',
              source: [
                { kind: 'text', text: 'A <b>bold</b> claim in ' },
                { kind: 'term', text: 'Alma-Ata', conceptId: 'almaty', status: 'deprecated', approved: 'Almaty', note: 'Sowjetischer "Name" <alt>' },
                { kind: 'text', text: ' on ' },
                { kind: 'value', text: '7 January', placeholder: 'd1' },
                { kind: 'text', text: '.' },
              ],
              target: [
                { kind: 'text', text: 'Ein <i>Satz</i> & "Zitat" am ' },
                { kind: 'value', text: '7. Januar', placeholder: 'd1', known: true },
                { kind: 'text', text: ' mit ' },
                { kind: 'value', text: '{x9}', placeholder: 'x9', known: false },
              ],
              sourceDiagnostics: [],
              targetDiagnostics: [placeholderError],
            },
            {
              id: 'seg2',
              occurrences: 1,
              status: 'fuzzy',
              source: [{ kind: 'text', text: 'Prices rose.' }],
              suggestion: { quality: 85, target: [{ kind: 'text', text: 'Die Preise stiegen <sehr>.' }] },
              sourceDiagnostics: [],
              targetDiagnostics: [],
            },
            { id: 'seg3', occurrences: 1, status: 'untranslated', source: [{ kind: 'text', text: 'Quiet.' }], sourceDiagnostics: [], targetDiagnostics: [suppressed] },
          ],
          stale: [{ id: 'gone', target: [{ kind: 'text', text: 'Alt ' }, { kind: 'value', text: '{n1}', placeholder: 'n1', known: false }], diagnostics: [stale] }],
        },
      ],
    },
    { locale: 'ru', label: 'Русский', segments: 1234, translated: 1234, unplaced: [{ ...placeholderError, locale: 'ru', segmentId: 'nowhere' }], articles: [] },
  ],
};

const html = renderReportPage(data);
const rowOf = (segmentId: string) => html.match(new RegExp(`<tr [^>]*data-id="${segmentId}"[^>]*>.*?</tr>`))?.[0] ?? '';

describe('report/render-report', () => {
  it('escapes every piece of project text, in content and in attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).to.include('Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(html).to.include('A &lt;b&gt;bold&lt;/b&gt; claim in ');
    expect(html).to.include('Ein &lt;i&gt;Satz&lt;/i&gt; &amp; &quot;Zitat&quot; am ');
    expect(html).to.include('title="de: Almaty — Sowjetischer &quot;Name&quot; &lt;alt&gt;"');
    expect(html).to.include('the translation drops {n1} &lt;here&gt; &amp; &quot;there&quot;');
    expect(html).to.include('Die Preise stiegen &lt;sehr&gt;.');
    expect(html).to.not.match(/<script>alert|<b>|<i>|<sehr>|<alt>|<here>/);
    expect(html.match(/<script/g)).to.have.length(1);
  });

  it('shows the locale progress as a bar and as "n / N translated", numbers grouped', () => {
    expect(progressText(34, 36)).to.equal('34 / 36 translated');
    expect(html).to.include('<progress max="36" value="34" aria-label="Deutsch translated"></progress> <span class="progress-text">34 / 36 translated</span>');
    expect(html).to.include('<progress max="1234" value="1234"');
    expect(html).to.include('1,234 / 1,234 translated');
    expect(html).to.include('source/a.md · 1 / 3 translated · 1 stale');
  });

  it('marks rows by status and by unsuppressed findings, and shows the findings', () => {
    expect(rowOf('seg1')).to.match(/^<tr class="seg translated has-problem"/);
    expect(rowOf('seg1')).to.include('<span class="severity">error</span> <code class="rule">placeholder/mismatch</code>');
    expect(rowOf('seg1')).to.include('locales/de/a.json:3:7');
    expect(rowOf('seg1')).to.include('<span class="repeat">×2</span>');
    expect(rowOf('seg2')).to.match(/^<tr class="seg fuzzy not-translated"/);
    expect(rowOf('seg2')).to.include('Suggestion (85% match)');
    expect(rowOf('seg3')).to.match(/^<tr class="seg untranslated not-translated"/);
    expect(rowOf('seg3')).to.include('opted out</span> (suppressed)');
    expect(rowOf('gone')).to.match(/^<tr class="seg stale has-problem"/);
    expect(rowOf('gone')).to.include('No longer in the source');
  });

  it('highlights glossary terms with the approved term for the locale, also for screen readers', () => {
    expect(rowOf('seg1')).to.include(
      '<mark class="term deprecated" data-concept="almaty" title="de: Almaty — Sowjetischer &quot;Name&quot; &lt;alt&gt;">Alma-Ata<span class="sr-only"> (glossary, deprecated term: de: Almaty)</span></mark>',
    );
    expect(rowOf('seg1')).to.include('<span class="ph" title="{d1}">7. Januar</span>');
    expect(rowOf('seg1')).to.include('<span class="ph unknown" title="{x9} is not a placeholder of the source">{x9}</span>');
  });

  it('shows the first locale, hides the others, and lists findings that no segment carries', () => {
    expect(html).to.include('<section class="locale" data-locale="de" aria-labelledby="report-de">');
    expect(html).to.include('<section class="locale" data-locale="ru" aria-labelledby="report-ru" hidden>');
    expect(html).to.include('<button type="button" data-locale="de" aria-pressed="true">');
    expect(html).to.include('<button type="button" data-locale="ru" aria-pressed="false">');
    expect(html).to.match(/<h3>Findings without a segment<\/h3><ul class="findings"><li class="finding error">/);
  });

  it('allows only its own inline style and script, by hash, and loads nothing', () => {
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(policy).to.include("default-src 'none'");
    expect(policy).to.include(`style-src ${hash(style)}`);
    expect(policy).to.include(`script-src ${hash(script)}`);
    expect(html).to.not.match(/\b(?:src|href)=/);
  });
});
