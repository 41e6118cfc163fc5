import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../scripts/config.js';
import { articleNeedsWork } from '../../scripts/pipeline/tasks.js';
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
});
