import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { setColorOption, useColor } from '../../scripts/cli/color.js';
import { explainUsageError } from '../../scripts/cli/usage-hint.js';
import { suggestLocale } from '../../scripts/core/locale.js';
import { glossa, sampleProject } from './helpers.js';

const ansi = /\u001b\[\d+(;\d+)*m/;

/** The sample project with term/deprecated raised to an error, so its source has both errors and warnings. */
function projectWithErrorsAndWarnings(): string {
  const folder = sampleProject();
  const manifestFile = path.join(folder, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { glossa: Record<string, unknown> };
  manifest.glossa['rules'] = { 'term/deprecated': 'error' };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return folder;
}

describe('output controls', function () {
  this.timeout(120_000);
  describe('--quiet', () => {
    it('reports errors only and keeps the exit code', () => {
      const folder = projectWithErrorsAndWarnings();
      const full = glossa(folder, ['check', '--jobs', '1']);
      expect(full.stdout).to.contain('warning').and.contain('error');
      const quiet = glossa(folder, ['check', '--jobs', '1', '--quiet']);
      expect(quiet.code).to.equal(full.code).and.equal(1);
      expect(quiet.stdout).to.match(/ error +"Alma-Ata" is deprecated/);
      expect(quiet.stdout).to.not.match(/ warning /);
      expect(quiet.stdout).to.match(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/);
    });

    it('prints nothing at all when there is no error, as ESLint does', () => {
      const folder = sampleProject();
      const result = glossa(folder, ['check', '--jobs', '1', '-q']);
      expect(result.code).to.equal(0);
      expect(result.stdout).to.equal('');
      const extract = glossa(folder, ['extract', '--quiet']);
      expect(extract.code).to.equal(0);
      expect(extract.stdout).to.equal('');
    });
  });

  describe('colour', () => {
    afterEach(() => setColorOption(undefined));

    it('--no-color wins over FORCE_COLOR, --color over NO_COLOR and a pipe', () => {
      const folder = sampleProject();
      const noColor = glossa(folder, ['check', '--jobs', '1', '--no-color'], '', { FORCE_COLOR: '1' });
      expect(noColor.stdout).to.contain('warning').and.not.match(ansi);
      const color = glossa(folder, ['check', '--jobs', '1', '--color'], '', { NO_COLOR: '1' });
      expect(color.stdout).to.match(ansi);
      const forced = glossa(folder, ['check', '--jobs', '1'], '', { FORCE_COLOR: '1' });
      expect(forced.stdout).to.match(ansi);
    });

    it('without a flag: FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal', () => {
      const tty = { isTTY: true };
      expect(useColor({}, tty)).to.equal(true);
      expect(useColor({}, {})).to.equal(false);
      expect(useColor({ NO_COLOR: '1' }, tty)).to.equal(false);
      expect(useColor({ NO_COLOR: '' }, tty)).to.equal(true);
      expect(useColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, {})).to.equal(true);
      expect(useColor({ FORCE_COLOR: '0' }, tty)).to.equal(false);
      expect(useColor({ FORCE_COLOR: 'false' }, tty)).to.equal(false);
      setColorOption(false);
      expect(useColor({ FORCE_COLOR: '1' }, tty)).to.equal(false);
      setColorOption(true);
      expect(useColor({ NO_COLOR: '1' }, {})).to.equal(true);
    });
  });

  describe('suggestions', () => {
    it('an unknown option names the closest option of that command', () => {
      const folder = sampleProject();
      const result = glossa(folder, ['check', '--formt', 'sarif']);
      expect(result.code).to.equal(2);
      expect(result.stderr).to.contain('unknown option --formt; did you mean --format?');
      const nested = glossa(folder, ['xliff', 'export', '--locales', 'de']);
      expect(nested.stderr).to.contain('unknown option --locales; did you mean --locale?');
    });

    it('a mistyped choice names the closest value', () => {
      const result = glossa(sampleProject(), ['check', '--format', 'sarf']);
      expect(result.code).to.equal(2);
      expect(result.stderr).to.contain('--format sarf is not one of stylish, json, junit, sarif, github; did you mean --format sarif?');
    });

    it('an unknown --locale names the option, not the configuration file, and suggests the code meant', () => {
      const folder = sampleProject();
      const kz = glossa(folder, ['build', '--locale', 'kz']);
      expect(kz.code).to.equal(2);
      expect(kz.stderr).to.equal(`glossa: --locale kz is not one of the project's locales (en, ru, kk, uk, de); did you mean "kk"?\n`);
      const ua = glossa(folder, ['stats', '--locale', 'ua']);
      expect(ua.stderr).to.contain('--locale ua is not a target locale of the project (ru, kk, uk, de); did you mean "uk"?');
      expect(ua.stderr).to.not.contain('package.json');
    });

    it('country codes lead to the country\'s language, known codes are left alone', () => {
      expect(suggestLocale('kz')).to.equal('kk');
      expect(suggestLocale('ua')).to.equal('uk');
      expect(suggestLocale('dk')).to.equal('da');
      expect(suggestLocale('cn')).to.equal('zh');
      expect(suggestLocale('fr', ['en', 'de'])).to.equal(undefined);
      expect(suggestLocale('xx')).to.equal(undefined);
      expect(suggestLocale('ruu', ['en', 'ru'])).to.equal('ru');
    });

    it('leaves a message it does not recognise as it is', () => {
      expect(explainUsageError('Not enough non-option arguments', ['format'])).to.equal('Not enough non-option arguments');
      expect(explainUsageError('Unknown arguments: zzzzzz, formt', ['format'])).to.equal('unknown option --zzzzzz; unknown option --formt; did you mean --format?');
    });
  });

  it('--version prints the version of the package', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
    const folder = sampleProject();
    const projectManifest = path.join(folder, 'package.json');
    // The newsroom's own package.json has a version of its own; glossa must not report that one.
    writeFileSync(projectManifest, JSON.stringify({ ...JSON.parse(readFileSync(projectManifest, 'utf8')), version: '9.9.9' }));
    const result = glossa(folder, ['--version']);
    expect(result.stdout.trim()).to.equal(manifest.version);
  });
});
