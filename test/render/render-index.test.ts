import { expect } from 'chai';
import { copyStatus, indexEntries, renderIndexPage, type IndexEntry } from '../../scripts/render/render-index.js';

const protests: IndexEntry = {
  article: 'ablyazov-kazakhstan-protests',
  title: 'Fugitive banker Ablyazov declares himself leader of the protests in Kazakhstan',
  isoDate: '2022-01-07',
  locales: [
    { locale: 'en', segments: 37, fallbacks: 0 },
    { locale: 'ru', segments: 37, fallbacks: 0 },
    { locale: 'kk', segments: 37, fallbacks: 2 },
    { locale: 'de', segments: 37, fallbacks: 1 },
  ],
};
const later: IndexEntry = {
  article: 'world/prices & "gas"',
  title: 'Prices <rise> & "fall"',
  isoDate: '2022-02-01',
  locales: [
    { locale: 'en', segments: 4, fallbacks: 0 },
    { locale: 'ru', segments: 4, fallbacks: 4 },
  ],
};

describe('build/render-index', () => {
  const html = renderIndexPage([protests, later], { sourceLocale: 'en' });

  it('lists the newest article first, with its title and date in the source language', () => {
    expect(html.indexOf('Prices &lt;rise&gt;')).to.be.lessThan(html.indexOf('Fugitive banker'));
    expect(html).to.include('<span class="title" lang="en">Fugitive banker Ablyazov declares himself leader of the protests in Kazakhstan</span><time datetime="2022-01-07">January 7, 2022</time>');
    expect(html).to.include('<time datetime="2022-02-01">February 1, 2022</time>');
  });

  it('links every locale copy as <lng>/<article>.html, path segments encoded', () => {
    expect(html).to.include('<a href="ru/ablyazov-kazakhstan-protests.html" hreflang="ru" lang="ru">Русский</a>');
    expect(html).to.include('<a href="kk/ablyazov-kazakhstan-protests.html" hreflang="kk" lang="kk">Қазақ тілі</a>');
    expect(html).to.include('<a href="en/ablyazov-kazakhstan-protests.html" hreflang="en" lang="en">English</a>');
    expect(html).to.include('href="ru/world/prices%20%26%20%22gas%22.html"');
  });

  it('says how complete each copy is', () => {
    expect(copyStatus({ locale: 'en', segments: 37, fallbacks: 0 }, 'en')).to.equal('original');
    expect(copyStatus({ locale: 'ru', segments: 37, fallbacks: 0 }, 'en')).to.equal('translated 37/37 · complete');
    expect(copyStatus({ locale: 'kk', segments: 37, fallbacks: 2 }, 'en')).to.equal('translated 35/37 · 2 fall back to English');
    expect(copyStatus({ locale: 'de', segments: 37, fallbacks: 1 }, 'en')).to.equal('translated 36/37 · 1 falls back to English');
    expect(copyStatus({ locale: 'de', segments: 1500, fallbacks: 1200 }, 'en')).to.equal('translated 300/1,500 · 1,200 fall back to English');
    expect(html).to.include('<span class="status partial">translated 35/37 · 2 fall back to English</span>');
    expect(html).to.include('<span class="status">translated 37/37 · complete</span>');
  });

  it('has a column per locale with its name in itself, and marks a copy that was not built', () => {
    expect(html).to.match(/<thead><tr><th scope="col">Article<\/th><th scope="col"><span lang="en">English<\/span>.*<span lang="ru">Русский<\/span>.*<span lang="kk">Қазақ тілі<\/span>.*<span lang="de">Deutsch<\/span>/);
    expect(html).to.include('<td class="none">not built</td>');
  });

  it('escapes titles and names and is a complete, script-free document', () => {
    expect(html).to.include('Prices &lt;rise&gt; &amp; &quot;fall&quot;');
    expect(html).to.not.match(/<rise>|<script/);
    expect(html).to.match(/^<!doctype html>\n<html lang="en">/);
    expect(html.trimEnd()).to.match(/<\/html>$/);
  });

  it('says so when nothing was built', () => {
    expect(renderIndexPage([])).to.include('<p>No articles have been built yet.</p>');
  });

  it('builds entries from the article list and the build results', () => {
    const entries = indexEntries(
      ['a'],
      [
        { article: 'a', title: 'A title', date: '2022-01-07', locale: 'en', segments: 3, fallbacks: 0 },
        { article: 'b', title: 'B title', date: '2022-01-08', locale: 'en', segments: 9, fallbacks: 0 },
        { article: 'a', title: 'A title', date: '2022-01-07', locale: 'de', segments: 3, fallbacks: 1 },
      ],
    );
    expect(entries).to.deep.equal([
      {
        article: 'a',
        title: 'A title',
        isoDate: '2022-01-07',
        locales: [
          { locale: 'en', segments: 3, fallbacks: 0 },
          { locale: 'de', segments: 3, fallbacks: 1 },
        ],
      },
    ]);
  });
});
