import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { check } from '../../scripts/commands/check.js';
import { report } from '../../scripts/commands/report.js';
import type { Segment } from '../../scripts/core/segment.js';
import { resourcePath } from '../../scripts/locales/store.js';
import { resource, temporaryProject } from '../stats/sample-project.js';

const chromiumPath = '/usr/bin/chromium';
const screenshotPath = path.resolve(import.meta.dirname, '../../dist/test-artifacts/report.png');

/**
 * The review page of the real sample article, opened from disk in Chromium.
 * German has four translations (one drops a placeholder, one holds markup
 * characters) and one stale entry; the other locales have none, so the
 * figures do not depend on the translations in the repository.
 */
describe('report in a browser', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let page: Page;
  let remove: (() => Promise<void>) | undefined;
  let distinctIds: string[];
  let problemIds: Set<string>;
  let untranslatedIds: Set<string>;
  const ids = { title: '', reuters: '', oreanda: '', tense: '' };
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];

  before(async () => {
    try {
      await access(chromiumPath, constants.X_OK);
    } catch {
      throw new Error(`Chromium is required for this test and was not found at ${chromiumPath}; install it (apt-get install chromium)`);
    }
    const fixture = await temporaryProject({ copySources: true });
    remove = fixture.remove;
    const { project } = fixture;
    const [article] = await project.articles.load();
    if (!article) throw new Error('the sample project has no article');
    const find = (what: string, test: (segment: Segment) => boolean): string => {
      const found = article.segments.find(test);
      if (!found) throw new Error(`the sample article has no segment ${what}; update this test to the article`);
      return found.id;
    };
    ids.title = find('in block 0 (the title)', (segment) => segment.block === 0 && segment.text.includes('Kazakhstan'));
    ids.reuters = find('"…reported by Reuters on <date>."', (segment) => segment.message === 'This was reported by Reuters on {d1}.');
    ids.oreanda = find('"OREANDA-NEWS."', (segment) => segment.text === 'OREANDA-NEWS.');
    ids.tense = find('about Almaty', (segment) => segment.text.includes('especially tense in Almaty'));
    distinctIds = [...new Set(article.segments.map((segment) => segment.id))];
    const germanFile = path.join(fixture.root, resourcePath('locales', 'de', article.document.name));
    await mkdir(path.dirname(germanFile), { recursive: true });
    await writeFile(
      germanFile,
      resource({
        [ids.title]: 'Der flüchtige Bankier Abljasow erklärt sich zum Anführer der Proteste in Kasachstan',
        [ids.reuters]: 'Das meldete Reuters.',
        [ids.oreanda]: `OREANDA-NEWS <b>&amp;</b> "Zitat" 'x'`,
        [ids.tense]: 'Besonders angespannt war die Lage in Almaty, wo Demonstranten das Verwaltungsgebäude stürmten.',
        staleEntry1: 'Veraltet.',
      }),
      { flag: 'wx' },
    );

    // What the page should flag, worked out from the check's findings: those on the source or on German.
    const { diagnostics } = await check(project, { paths: [] });
    const targets = project.config.targetLocales;
    problemIds = new Set(
      diagnostics
        .filter((d) => !d.suppressed && d.segmentId !== undefined && (d.locale === undefined || d.locale === 'de' || !targets.includes(d.locale)))
        .map((d) => d.segmentId!),
    );
    untranslatedIds = new Set(distinctIds.filter((id) => !Object.values(ids).includes(id)));

    const pageFile = path.join(fixture.root, 'review', 'index.html');
    const written = await report(project, { out: pageFile });
    expect(written.file).to.equal('review/index.html');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) foreignRequests.push(request.url());
    });
    await page.goto(pathToFileURL(pageFile).href);
  });

  after(async () => {
    await browser?.close();
    await remove?.();
  });

  const section = (locale: string) => page.locator(`section.locale[data-locale="${locale}"]`);
  const visibleRowIds = async (rows: Locator): Promise<string[]> => {
    const found: string[] = [];
    for (const row of await rows.all()) found.push((await row.getAttribute('data-id')) ?? '');
    return found;
  };
  const row = (locale: string, id: string) => section(locale).locator(`tr.seg[data-id="${id}"]`);

  it('opens on the first locale, every sentence listed once, none translated', async () => {
    expect(await section('ru').isVisible()).to.equal(true);
    expect(await page.locator('section.locale:visible').count()).to.equal(1);
    expect(await section('ru').locator('tr.seg:visible').count()).to.equal(distinctIds.length);
    expect(await section('ru').locator('.progress-text').innerText()).to.equal(`0 / ${distinctIds.length} translated`);
    expect(await page.locator('#filter-status').innerText()).to.equal(`Showing ${distinctIds.length} of ${distinctIds.length} rows`);
  });

  it('switches to German: its rows, its progress, the stale translation, the address', async () => {
    await page.getByRole('button', { name: /Deutsch/ }).click();
    expect(await section('de').isVisible()).to.equal(true);
    expect(await section('ru').isVisible()).to.equal(false);
    expect(await page.getByRole('button', { name: /Deutsch/ }).getAttribute('aria-pressed')).to.equal('true');
    expect(new URL(page.url()).hash).to.equal('#de');
    expect(await section('de').locator('.progress-text').innerText()).to.equal(`4 / ${distinctIds.length} translated`);
    expect(await section('de').locator('progress').getAttribute('value')).to.equal('4');
    expect(await section('de').locator('tr.seg:visible').count()).to.equal(distinctIds.length + 1);
    expect(await row('de', 'staleEntry1').locator('.badge').textContent()).to.equal('No longer in the source');
    expect(await row('de', ids.reuters).getAttribute('class')).to.include('translated');
    const untranslatedRow = row('de', [...untranslatedIds][0]!);
    expect(await untranslatedRow.locator('.badge').innerText()).to.match(/untranslated/i);
  });

  it('shows markup characters of a translation as text', async () => {
    const text = row('de', ids.oreanda).locator('td.target .text');
    expect(await text.innerText()).to.equal(`OREANDA-NEWS <b>&amp;</b> "Zitat" 'x'`);
    expect(await text.locator('b').count()).to.equal(0);
  });

  it('names the approved German term of a highlighted source term on hover', async () => {
    const term = row('de', ids.title).locator('mark.term', { hasText: 'Kazakhstan' });
    await term.hover();
    expect(await term.getAttribute('title')).to.match(/^de: Kasachstan\b/);
    expect(await term.locator('.sr-only').textContent()).to.include('de: Kasachstan');
  });

  it('with "Only problems" shows exactly the rows with findings, each finding at its segment', async () => {
    await page.getByLabel('Only problems').check();
    const expected = [...distinctIds, 'staleEntry1'].filter((id) => problemIds.has(id));
    expect(expected).to.include.members([ids.reuters, 'staleEntry1']);
    expect(await visibleRowIds(section('de').locator('tr.seg:visible'))).to.deep.equal(expected);
    expect(await page.locator('#filter-status').innerText()).to.equal(`Showing ${expected.length} of ${distinctIds.length + 1} rows`);
    const finding = row('de', ids.reuters).locator('td.target li.finding');
    expect(await finding.locator('.rule').innerText()).to.equal('placeholder/mismatch');
    expect(await finding.locator('.severity').innerText()).to.match(/error/i);
    expect(await finding.locator('.message').innerText()).to.include('{d1}');
    expect(await row('de', ids.oreanda).isVisible()).to.equal(problemIds.has(ids.oreanda));
    await mkdir(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });
  });

  it('with "Only untranslated" as well shows only untranslated rows with findings', async () => {
    await page.getByLabel('Only untranslated').check();
    const expected = distinctIds.filter((id) => problemIds.has(id) && untranslatedIds.has(id));
    expect(await visibleRowIds(section('de').locator('tr.seg:visible'))).to.deep.equal(expected);
    expect(await row('de', ids.reuters).isVisible()).to.equal(false);
    await page.getByLabel('Only problems').uncheck();
    expect(await section('de').locator('tr.seg:visible').count()).to.equal(untranslatedIds.size);
  });

  it('ran without script errors, policy violations or requests off the disk', () => {
    expect(pageErrors).to.deep.equal([]);
    expect(foreignRequests).to.deep.equal([]);
  });
});
