import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../scripts/config.js';
import { articleNeedsWork, runTask } from '../../scripts/pipeline/tasks.js';
import { Project } from '../../scripts/project/context.js';
import { glossa, sampleArticle, sampleProject } from '../cli/helpers.js';

const opened = async (root: string) => new Project(await loadConfig(root));

describe('pipeline: which articles a stage still has to work on', function () {
  this.timeout(60000);

  it('all of them before the first run, none after it, and an article again once one of its inputs changes', async () => {
    const root = sampleProject({ withTranslations: true });
    const [article] = await (await opened(root)).articles.list();
    const needs = async (task: 'extract' | 'export' | 'build') => (await articleNeedsWork(await opened(root), task, {}))(article!);
    expect([await needs('extract'), await needs('export'), await needs('build')]).to.deep.equal([true, true, true]);
    for (const args of [['extract'], ['xliff', 'export'], ['build']]) expect(glossa(root, args).code).to.equal(0);
    expect([await needs('extract'), await needs('export'), await needs('build')]).to.deep.equal([false, false, false]);
    const resource = path.join(root, 'locales', 'ru', `${sampleArticle}.json`);
    writeFileSync(resource, readFileSync(resource, 'utf8').replace(/"\n}\s*$/, ' "\n}\n'));
    // The Russian translation is an input of export and build, not of extract.
    expect([await needs('extract'), await needs('export'), await needs('build')]).to.deep.equal([false, true, true]);
  });

  it('a check always does: its whole run is remembered instead', async () => {
    const root = sampleProject({ withTranslations: true });
    expect(glossa(root, ['check']).code).to.be.oneOf([0, 1]);
    expect(readdirSync(path.join(root, 'dist', '.cache')).some((entry) => entry.startsWith('check-'))).to.equal(true);
    const [article] = await (await opened(root)).articles.list();
    expect((await articleNeedsWork(await opened(root), 'check', {}))(article!)).to.equal(true);
  });

  it('in one share, the run works from the memos made to answer it, naming no article’s files twice', async () => {
    const root = sampleProject({ withTranslations: true });
    expect(glossa(root, ['xliff', 'export']).code).to.equal(0);
    const resource = path.join(root, 'locales', 'ru', `${sampleArticle}.json`);
    writeFileSync(resource, readFileSync(resource, 'utf8').replace(/"\n}\s*$/, ' "\n}\n'));
    const project = await opened(root);
    const stageEntriesRead: string[] = [];
    const peek = project.cache.peekPacked.bind(project.cache);
    project.cache.peekPacked = <T>(key: string) => {
      if (key.startsWith('stage-')) stageEntriesRead.push(key);
      return peek<T>(key);
    };
    const articles = await project.articles.list();
    const needs = await articleNeedsWork(project, 'export', {});
    expect(articles.map((article) => needs(article))).to.deep.equal(articles.map((article) => article.name === sampleArticle));
    expect(stageEntriesRead).to.have.length(articles.length);
    const results = (await runTask(project, 'export', {})) as { file: string; changed: boolean }[];
    expect(stageEntriesRead).to.have.length(articles.length);
    // The changed article's Russian XLIFF is written again; every other file is reported unchanged.
    expect(results.filter((result) => result.changed).map((result) => result.file)).to.deep.equal([`dist/xliff/ru/${sampleArticle}.xlf`]);
  });
});
