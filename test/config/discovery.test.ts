import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { findConfig, loadConfig } from '../../scripts/config.js';
import { ConfigError } from '../../scripts/core/errors.js';

function tree(files: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glossa-discovery-'));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

describe('configuration discovery', () => {
  it('finds glossa.config.json in a folder above the working folder; paths are relative to that file', async () => {
    const root = tree({ 'glossa.config.json': { targetLocales: ['de'], output: 'out' }, 'source/politics/2024/a.md': '' });
    const config = await loadConfig(path.join(root, 'source/politics/2024'));
    expect(config.file).to.equal(path.join(root, 'glossa.config.json'));
    expect(config.root).to.equal(root);
    expect(config.output).to.equal('out');
  });

  it('takes the nearest folder with a configuration, and in one folder glossa.config.json before .glossarc.json before package.json', async () => {
    const root = tree({
      'package.json': { name: 'outer', glossa: { targetLocales: ['ru'] } },
      'desk/.glossarc.json': { targetLocales: ['uk'] },
      'desk/package.json': { name: 'desk', glossa: { targetLocales: ['kk'] } },
      'desk/team/glossa.config.json': { targetLocales: ['de'] },
      'desk/team/.glossarc.json': { targetLocales: ['kk'] },
      'desk/team/notes/x.txt': '',
    });
    expect((await loadConfig(path.join(root, 'desk/team/notes'))).targetLocales).to.deep.equal(['de']);
    expect((await loadConfig(path.join(root, 'desk'))).targetLocales).to.deep.equal(['uk']);
    expect((await loadConfig(root)).targetLocales).to.deep.equal(['ru']);
  });

  it('reads the "glossa" key of package.json and passes over a package.json without one', async () => {
    const root = tree({
      'package.json': { name: 'newsroom', glossa: { targetLocales: ['kk'] } },
      'site/package.json': { name: 'site', dependencies: {} },
      'site/pages/x.md': '',
    });
    const config = await loadConfig(path.join(root, 'site/pages'));
    expect(config.file).to.equal(path.join(root, 'package.json'));
    expect(config.targetLocales).to.deep.equal(['kk']);
  });

  it('--config wins over every configuration found upward, relative to the working folder', async () => {
    const root = tree({
      'glossa.config.json': { targetLocales: ['de'] },
      'work/glossa.config.json': { targetLocales: ['ru'] },
      'elsewhere/special.json': { targetLocales: ['uk'] },
    });
    const config = await loadConfig(path.join(root, 'work'), '../elsewhere/special.json');
    expect(config.targetLocales).to.deep.equal(['uk']);
    expect(config.root).to.equal(path.join(root, 'elsewhere'));
    const location = await findConfig(path.join(root, 'work'), 'package.json');
    expect(location).to.deep.equal({ file: path.join(root, 'work/package.json'), inPackageJson: true });
  });

  it('accepts a "$comment" explanation in the file', async () => {
    const root = tree({ 'glossa.config.json': { $comment: ['paths are relative to this file'], targetLocales: ['de'] } });
    expect((await loadConfig(root)).targetLocales).to.deep.equal(['de']);
  });

  it('without any configuration up to the file-system root: exit 2 naming the folder and glossa init', async () => {
    const root = tree({ 'a/b/x.txt': '' });
    const error = await loadConfig(path.join(root, 'a/b')).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(ConfigError).with.property('exitCode', 2);
    expect((error as Error).message).to.contain(path.join(root, 'a/b')).and.contain('glossa init');
  });

  it('an unknown locale code in the configuration suggests the language meant', async () => {
    const root = tree({ 'glossa.config.json': { targetLocales: ['ru', 'ua'] }, 'package.json': { glossa: { targetLocales: ['kz'] } } });
    const fromFile = await loadConfig(root).then(() => undefined, (e: unknown) => e);
    expect((fromFile as Error).message).to.equal('targetLocales has an unknown locale code "ua"; did you mean "uk"?');
    const fromPackage = await loadConfig(root, 'package.json').then(() => undefined, (e: unknown) => e);
    expect((fromPackage as Error).message).to.equal('glossa.targetLocales has an unknown locale code "kz"; did you mean "kk"?');
  });
});
