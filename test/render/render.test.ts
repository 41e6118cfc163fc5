import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { renderHtmlPage, fallbackMarks } from '../../scripts/render/render-html.js';
import { renderBody, renderMarkdown, type RenderedSegment } from '../../scripts/render/render-markdown.js';
import { parseArticle } from '../../scripts/document/read.js';
import { parseMarkdown } from '../../scripts/document/parse-markdown.js';
import { segmentArticle } from '../../scripts/segment/segment-article.js';
import { naiveSplit } from './naive-split.js';


const sampleText = readFileSync('source/ablyazov-kazakhstan-protests.md', 'utf8');
const sample = parseArticle(sampleText, 'source/ablyazov-kazakhstan-protests.md', 'ablyazov-kazakhstan-protests');
const segments = segmentArticle(sample, { split: naiveSplit });

describe('build/render', () => {
  it('renders the source unchanged: the body comes back byte for byte', () => {
    const identity: RenderedSegment[] = segments.map((segment) => ({ segment, text: segment.text, fallback: false }));
    expect(renderBody(sample, identity)).to.equal(sampleText.slice(sample.bodyStart));
  });

  it('keeps quote markers and code blocks of the skeleton around replaced sentences', () => {
    const text = '---\ntitle: T\ndate: 2022-01-07\npublisher: P\nlang: en\n---\n\n> One two.\n> Three.\n\n```\nkeep. this.\n```\n';
    const document = parseArticle(text, 'a.md', 'a');
    const rendered = segmentArticle(document, { split: naiveSplit }).map((segment) => ({ segment, text: segment.text.toUpperCase(), fallback: false }));
    expect(renderBody(document, rendered)).to.equal('\n> ONE TWO.\n> THREE.\n\n```\nkeep. this.\n```\n');
  });

  it('writes front matter with the rendered title and the locale', () => {
    const rendered = segments.map((segment) => ({ segment, text: segment.block === 0 ? 'Заголовок: тест' : segment.text, fallback: false }));
    const markdown = renderMarkdown(sample, rendered, 'ru');
    expect(markdown).to.match(/^---\ntitle: "Заголовок: тест"\ndate: 2022-01-07\npublisher: OREANDA-NEWS\nlang: ru\n---\n\n/);
  });

  it('marks fallback text with the source language in HTML and drops raw HTML', () => {
    const rendered = segments.map((segment, index) => ({ segment, text: index === 1 ? 'Перевод <b>&</b>.' : segment.text, fallback: index !== 1 }));
    const html = renderHtmlPage({
      locale: 'ru',
      sourceLocale: 'en',
      title: 'Заголовок',
      titleIsFallback: false,
      isoDate: '2022-01-07',
      displayDate: '7 января 2022 г.',
      publisher: 'OREANDA-NEWS',
      body: parseMarkdown(renderBody(sample, rendered, fallbackMarks)),
      languages: [
        { locale: 'en', href: '../en/a.html', label: 'English', current: false },
        { locale: 'ru', href: '../ru/a.html', label: 'Русский', current: true },
      ],
    });
    expect(html).to.match(/<html lang="ru" dir="ltr">/);
    expect(html).to.include('<title>Заголовок</title>');
    expect(html).to.include('<span lang="en" class="fallback">Kazakh banker Mukhtar Ablyazov,');
    expect(html).to.not.include('<span lang="en" class="fallback">OREANDA-NEWS.');
    // Raw HTML in a translation is dropped; its text is escaped.
    expect(html).to.include('<p>Перевод &#x26;. <span');
    expect(html).to.not.include('<b>');
    expect(html).to.include('aria-current="page">Русский</a>');
    expect(html).to.not.match(/[\uE000\uE001]/);
  });
});
