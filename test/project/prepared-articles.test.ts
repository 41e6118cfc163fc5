import { expect } from 'chai';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../scripts/config.js';
import { InputError } from '../../scripts/core/errors.js';
import { Project } from '../../scripts/project/context.js';
import type { LoadedArticle } from '../../scripts/project/article-store.js';
import { sampleArticle, sampleProject } from '../cli/helpers.js';
import { packedEntries } from './pack-reader.js';

/** Every article of the project in order, or the error that stopped the reading, with the articles read before it. */
async function readAll(project: Project): Promise<{ articles: LoadedArticle[]; error?: unknown }> {
  const articles: LoadedArticle[] = [];
  try {
    for await (const article of project.articles.stream()) articles.push(article);
  } catch (error) {
    return { articles, error };
  } finally {
    // Entries are written behind the reading; the comparisons below read them.
    await project.cache.settled();
  }
  return { articles };
}

const never = new Promise<never>(() => {});

describe('project: articles prepared while the termbase is compiled elsewhere', function () {
  this.timeout(60000);
  let folder: string;
  beforeEach(() => {
    folder = sampleProject({ articles: 'all' });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  // The segmented articles, kept in packs (whose names carry the time and the thread), by key.
  const cacheEntries = (project: Project) => ({
    files: readdirSync(project.cacheFolder).filter((name) => !name.startsWith('termbase-') && !name.startsWith('pack-') && name !== 'file-sha256.json' && name !== 'language-codes.json'),
    packed: packedEntries(project.cacheFolder),
  });

  it('are read as articles not prepared are: same segments with their term spans, same cache entries', async () => {
    const config = await loadConfig(folder);
    const plain = new Project(config);
    const expected = await readAll(plain);
    const expectedEntries = cacheEntries(plain);
    rmSync(plain.cacheFolder, { recursive: true });

    const preparing = new Project(config);
    await preparing.articles.prepare(never);
    const prepared = await readAll(preparing);
    expect(prepared.error).to.equal(undefined);
    expect(prepared.articles.length).to.be.greaterThan(1);
    expect(prepared).to.deep.equal(expected);
    expect(prepared.articles.flatMap((article) => article.segments).some((segment) => segment.spans.some((span) => span.kind === 'term'))).to.equal(true);
    expect(Object.keys(expectedEntries.packed)).to.have.length(prepared.articles.length);
    expect(cacheEntries(preparing)).to.deep.equal(expectedEntries);
  });

  it('are read as they were when prepared, and none are prepared once the wait is over or when they are in the cache', async () => {
    const config = await loadConfig(folder);
    const article = path.join(folder, 'source', `${sampleArticle}.md`);
    const original = readFileSync(article, 'utf8');
    const edit = () => writeFileSync(article, original.replaceAll('Alma-Ata', 'Almaty (edited)'));
    const titlesOf = async (project: Project) => (await readAll(project)).articles.map((each) => each.segments.map((segment) => segment.text).join(' '));

    const preparing = new Project(config);
    await preparing.articles.prepare(never);
    edit();
    const asPrepared = await titlesOf(preparing);
    expect(asPrepared.join(' ')).to.not.include('Almaty (edited)');
    writeFileSync(article, original);
    rmSync(preparing.cacheFolder, { recursive: true });
    expect(asPrepared).to.deep.equal(await titlesOf(new Project(config)));

    for (const ready of [Promise.resolve(), Promise.reject(new Error('the termbase thread failed'))]) {
      writeFileSync(article, original);
      const started = new Project(config);
      await started.articles.prepare(ready);
      edit();
      expect((await titlesOf(started)).join(' ')).to.include('Almaty (edited)');
      rmSync(started.cacheFolder, { recursive: true });
    }

    writeFileSync(article, original);
    const cached = new Project(config);
    await readAll(cached);
    const again = new Project(config);
    await again.articles.prepare(never);
    edit();
    expect((await titlesOf(again)).join(' ')).to.include('Almaty (edited)');
  });

  it('a broken article among them stops the reading where it stands, with the error of an article not prepared', async () => {
    const config = await loadConfig(folder);
    const sources = readdirSync(path.join(folder, 'source')).filter((name) => name.endsWith('.md')).sort();
    expect(sources.length).to.be.greaterThan(2);
    const broken = path.join(folder, 'source', sources[1]!);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^lang: en$/m, 'lang: ru'));
    const plain = await readAll(new Project(config));
    expect(plain.error).to.be.instanceOf(InputError);
    expect(plain.articles).to.have.length(1);
    rmSync(new Project(config).cacheFolder, { recursive: true, force: true });

    const preparing = new Project(config);
    await preparing.articles.prepare(never);
    const prepared = await readAll(preparing);
    expect(prepared.error).to.be.instanceOf(InputError);
    expect((prepared.error as InputError).message).to.equal((plain.error as InputError).message);
    expect((prepared.error as InputError).file).to.equal(`source/${sources[1]}`);
    expect(prepared.articles).to.deep.equal(plain.articles);
  });

  it('keep the body tree they were parsed with when a build asks for it, prepared or not; otherwise it is parsed again', async () => {
    const config = await loadConfig(folder);
    const treesOf = async (project: Project) => {
      const articles = (await readAll(project)).articles;
      return Promise.all(articles.map(async ({ document }) => ({ kept: await project.articles.bodyTree(document), again: await project.articles.bodyTree(document) })));
    };
    const expected = (await treesOf(new Project(config))).map(({ kept }) => kept);
    rmSync(new Project(config).cacheFolder, { recursive: true, force: true });
    const sameEachTime = async (project: Project) => (await treesOf(project)).map(({ kept, again }) => kept === again);

    const building = new Project(config);
    building.articles.keepBodyTrees = true;
    await building.articles.prepare(never);
    const trees = await treesOf(building);
    expect(trees.map(({ kept, again }) => kept === again)).to.deep.equal(expected.map(() => true));
    expect(trees.map(({ kept }) => kept)).to.deep.equal(expected);

    rmSync(building.cacheFolder, { recursive: true, force: true });
    const notPrepared = new Project(config);
    notPrepared.articles.keepBodyTrees = true;
    expect(await sameEachTime(notPrepared)).to.deep.equal(expected.map(() => true));

    rmSync(notPrepared.cacheFolder, { recursive: true, force: true });
    expect(await sameEachTime(new Project(config))).to.deep.equal(expected.map(() => false));
  });
});
