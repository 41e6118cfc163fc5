import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { languageDataVersion } from '../../scripts/core/locale.js';
import { glossa, repoRoot, sampleProject } from '../cli/helpers.js';

const tsxLoader = pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
const config = pathToFileURL(path.join(repoRoot, 'scripts/config.ts')).href;

/**
 * Loads the project's configuration in a process of its own, as a command
 * starts, counting the ICU display-name objects made on the way. Prints the
 * count, or the error.
 */
function loadCounting(folder: string): { displayNames: number; error?: string } {
  const script = `
    let made = 0;
    const DisplayNames = Intl.DisplayNames;
    Intl.DisplayNames = class extends DisplayNames { constructor(...args) { super(...args); made++; } };
    const { loadConfig } = await import(${JSON.stringify(config)});
    try { await loadConfig(process.cwd()); console.log(JSON.stringify({ displayNames: made })); }
    catch (error) { console.log(JSON.stringify({ displayNames: made, error: error.message })); }`;
  const run = spawnSync(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], { cwd: folder, encoding: 'utf8' });
  expect(run.status, run.stderr).to.equal(0);
  return JSON.parse(run.stdout) as { displayNames: number; error?: string };
}

describe('config: locale codes checked once per ICU data', function () {
  this.timeout(60000);
  let folder: string;
  let memo: string;
  beforeEach(() => {
    folder = sampleProject();
    memo = path.join(folder, 'dist', '.cache', 'language-codes.json');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const setLocales = (targetLocales: string[]) => {
    const file = path.join(folder, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { glossa: { targetLocales: string[] } };
    manifest.glossa.targetLocales = targetLocales;
    writeFileSync(file, JSON.stringify(manifest));
  };

  it('checks the codes against CLDR on the first load, keeps them in the cache, and reads them back after', () => {
    expect(loadCounting(folder).displayNames).to.be.greaterThan(0);
    expect(JSON.parse(readFileSync(memo, 'utf8'))).to.deep.equal({ version: languageDataVersion, accepted: { en: 'en', ru: 'ru', kk: 'kk', uk: 'uk', de: 'de' } });
    expect(loadCounting(folder)).to.deep.equal({ displayNames: 0 });

    // A code not among them is checked, and then kept too.
    setLocales(['ru', 'de-AT']);
    expect(loadCounting(folder).displayNames).to.be.greaterThan(0);
    expect(JSON.parse(readFileSync(memo, 'utf8')).accepted).to.deep.equal({ en: 'en', ru: 'ru', kk: 'kk', uk: 'uk', de: 'de', 'de-AT': 'de-AT' });
    expect(loadCounting(folder)).to.deep.equal({ displayNames: 0 });
  });

  it('still refuses an unknown code, and keeps nothing for it', () => {
    loadCounting(folder);
    setLocales(['ru', 'kz']);
    const refused = loadCounting(folder);
    expect(refused.error).to.equal('glossa.targetLocales has an unknown locale code "kz"; did you mean "kk"?');
    expect(JSON.parse(readFileSync(memo, 'utf8')).accepted).to.not.have.property('kz');
  });

  it('keeps nothing when the run is then stopped by a broken input, and keeps them after a run that completes', () => {
    writeFileSync(path.join(folder, 'glossary/termbase.yaml'), 'concepts:\n  - id: a\n  - id: a\n');
    expect(glossa(folder, ['check']).code).to.equal(2);
    expect(existsSync(memo)).to.equal(false);
    rmSync(path.join(folder, 'glossary/termbase.yaml'));
    const manifest = path.join(folder, 'package.json');
    const { glossary: _glossary, ...withoutTermbase } = (JSON.parse(readFileSync(manifest, 'utf8')) as { glossa: Record<string, unknown> }).glossa;
    writeFileSync(manifest, JSON.stringify({ glossa: withoutTermbase }));
    expect(glossa(folder, ['check']).code).to.be.at.most(1);
    expect(JSON.parse(readFileSync(memo, 'utf8')).accepted).to.have.keys('en', 'ru', 'kk', 'uk', 'de');
  });

  it('ignores codes kept for other ICU data, and a kept file that is not what it writes', () => {
    setLocales(['ru', 'xx']);
    mkdirSync(path.dirname(memo), { recursive: true });
    for (const kept of [
      { version: 'icu 1.0, cldr 1, unicode 1', accepted: { xx: 'xx' } },
      { version: languageDataVersion, accepted: ['xx'] },
      { version: languageDataVersion, accepted: { xx: 1 } },
      'not JSON',
    ]) {
      writeFileSync(memo, typeof kept === 'string' ? kept : JSON.stringify(kept));
      expect(loadCounting(folder).error, JSON.stringify(kept)).to.equal('glossa.targetLocales has an unknown locale code "xx"; use a BCP 47 code such as "ru" or "de-AT"');
    }
  });
});
