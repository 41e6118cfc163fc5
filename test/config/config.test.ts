import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadConfig, validateConfig } from '../../scripts/config.js';
import { ConfigError } from '../../scripts/core/errors.js';

describe('config', () => {
  it('reads the project configuration from package.json', async () => {
    const config = await loadConfig(process.cwd());
    expect(config.sourceLocale).to.equal('en');
    expect(config.targetLocales).to.deep.equal(['ru', 'kk', 'uk', 'de']);
    expect(config.root).to.equal(process.cwd());
  });

  it('reads a separate JSON file given with --config, relative to its folder', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'glossa-config-'));
    await writeFile(path.join(folder, 'glossa.json'), JSON.stringify({ targetLocales: ['de'] }));
    const config = await loadConfig(process.cwd(), path.join(folder, 'glossa.json'));
    expect(config).to.include({ root: folder, sourceLocale: 'en', locales: 'locales', output: 'dist' });
    expect(config.sources).to.deep.equal(['source/**/*.md']);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['an unknown key', { targetLocales: ['de'], target: 'x' }, /"?target"? is not a known setting/],
    ['no target locales', { targetLocales: [] }, /targetLocales must be a non-empty list/],
    ['an unknown locale code', { targetLocales: ['ru', 'kz'] }, /unknown locale code "kz"/],
    ['the source among the targets', { targetLocales: ['en'] }, /must not contain the source locale/],
    ['a locale twice', { targetLocales: ['de', 'de'] }, /lists a locale twice/],
    ['a bad severity', { targetLocales: ['de'], rules: { 'term/missing': 'loud' } }, /rules\.term\/missing must be/],
    ['sources that are not globs', { targetLocales: ['de'], sources: [1] }, /sources must be a glob/],
    ['not an object', ['de'], /must be an object/],
  ];
  for (const [name, raw, message] of invalid) {
    it(`rejects ${name}, naming the file`, () => {
      expect(() => validateConfig(raw, '/p', '/p/glossa.json'))
        .to.throw(ConfigError, message)
        .with.property('file', '/p/glossa.json');
    });
  }

  it('rejects malformed JSON and a missing file with exit code 2', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'glossa-config-'));
    await writeFile(path.join(folder, 'package.json'), '{ "glossa": ');
    for (const attempt of [loadConfig(folder), loadConfig(folder, 'missing.json')]) {
      const error = await attempt.then(() => undefined, (e: unknown) => e);
      expect(error).to.be.instanceOf(ConfigError).with.property('exitCode', 2);
    }
  });
});
