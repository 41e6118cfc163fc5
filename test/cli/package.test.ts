import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { repoRoot } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command: string, args: readonly string[], cwd: string, extraEnv: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  // Under `npm test` the environment carries the repository's npm settings (npm_config_*, npm_package_*); a newsroom's shell does not.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const options: SpawnSyncOptions = { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...extraEnv } };
  const result = spawnSync(command, args, options);
  if (result.error) throw new Error(`cannot run ${command}: ${result.error.message}`);
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function expectSuccess(result: { code: number | null; stdout: string; stderr: string }, what: string): void {
  expect(result.code, `${what}\n${result.stdout}\n${result.stderr}`).to.equal(0);
}

const nameOfShared = ['..', 'shared'].join('/');

describe('the package, installed in a newsroom repository', function () {
  // npm pack bundles the CLI and npm install fetches the dependencies: minutes on a busy machine.
  this.timeout(15 * 60 * 1000);

  let work: string;
  let tarball: string;

  before(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'glossa-package-'));
    for (let folder = work; path.dirname(folder) !== folder; folder = path.dirname(folder)) {
      expect(existsSync(path.join(path.dirname(folder), 'shared')), `a shared folder beside ${folder}`).to.equal(false);
    }
    const packed = run(npm, ['pack', '--pack-destination', work, '--silent'], repoRoot);
    expectSuccess(packed, 'npm pack');
    tarball = path.join(work, packed.stdout.trim().split('\n').at(-1)!);
  });

  it('holds the bundled CLI, schemas, segmentation rules, README and LICENSE, and no tests or benchmark', () => {
    const listing = run('tar', ['-tzf', tarball], work);
    expectSuccess(listing, 'tar -tzf');
    const files = listing.stdout.split('\n').filter(Boolean).map((entry) => entry.replace(/^package\//, ''));
    for (const file of ['lib/cli.js', 'lib/parallel/worker.js', 'lib/THIRD-PARTY-NOTICES.txt', 'schemas/PROVENANCE.txt', 'schemas/xliff-2.0/xliff_core_2.0.xsd', 'scripts/segment/default.srx', 'docs/rules/term/deprecated.md', 'docs/rules/xliff/duplicate-id.md', 'README.md', 'LICENSE', 'package.json']) {
      expect(files, file).to.include(file);
    }
    expect(files.filter((file) => /^(test|bench|source|glossary|locales|\.ci|tools)\//.test(file) || file.endsWith('.ts'))).to.deep.equal([]);
  });

  it('credits every package bundled into lib/ with its licence', () => {
    const listing = run('tar', ['-xzOf', tarball, 'package/lib/THIRD-PARTY-NOTICES.txt'], work);
    expectSuccess(listing, 'tar -xzOf');
    for (const name of ['yargs', 'fast-glob', 'i18next', 'js-yaml', 'saxes', 'xmlbuilder2', 'mdast-util-from-markdown']) {
      expect(listing.stdout, name).to.match(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ — `, 'm'));
    }
    expect(listing.stdout).to.include('Permission is hereby granted, free of charge');
  });

  it('npm install, glossa init, an article, glossa run and xliff validate all succeed outside the repository', () => {
    const project = path.join(work, 'newsroom');
    mkdirSync(project);
    expectSuccess(run(npm, ['init', '-y'], project), 'npm init -y');
    expectSuccess(run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project), 'npm install <tarball>');

    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const version = run(npx, ['--no', '--', 'glossa', '--version'], project);
    expect(version.stdout.trim()).to.equal(manifest.version);

    expectSuccess(run(npx, ['--no', '--', 'glossa', 'init', '--ci', 'github'], project), 'glossa init');
    writeFileSync(
      path.join(project, 'source/city-budget.md'),
      '---\ntitle: The city publishes its budget\ndate: 2022-01-07\npublisher: Newsroom\nlang: en\n---\n\nThe council of Kyiv published its budget on Friday. It sets aside $1,200 for every school.\n',
    );
    const pipeline = run(npx, ['--no', '--', 'glossa', 'run'], project);
    expectSuccess(pipeline, 'glossa run');
    for (const file of ['dist/en/city-budget.html', 'dist/de/city-budget.md', 'dist/de/city-budget.html', 'dist/xliff/de/city-budget.xlf', 'dist/xliff/de/example.xlf']) {
      expect(existsSync(path.join(project, file)), file).to.equal(true);
    }

    const xliffFiles = readdirSync(path.join(project, 'dist/xliff')).flatMap((locale) =>
      readdirSync(path.join(project, 'dist/xliff', locale)).map((file) => path.posix.join('dist/xliff', locale, file)),
    );
    expect(xliffFiles).to.have.length(2);
    expectSuccess(run(npx, ['--no', '--', 'glossa', 'xliff', 'validate', ...xliffFiles], project), 'glossa xliff validate');

    // The installed bundle starts its worker threads from lib/parallel/worker.js: the same report as in one thread.
    const inOneThread = run(npx, ['--no', '--', 'glossa', 'check', '--format', 'json', '--jobs', '1'], project);
    const inThreads = run(npx, ['--no', '--', 'glossa', 'check', '--format', 'json', '--jobs', '2'], project, { GLOSSA_BYTES_PER_THREAD: '1' });
    expect(inThreads.stderr).to.equal(inOneThread.stderr);
    expect(inThreads.code).to.equal(inOneThread.code);
    expect(JSON.parse(inThreads.stdout)).to.deep.equal(JSON.parse(inOneThread.stdout));

    // yargs' own words follow the CLI's English whatever the terminal's language.
    const help = run(npx, ['--no', '--', 'glossa', '--help'], project, { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
    expectSuccess(help, 'glossa --help');
    expect(help.stdout).to.match(/^Commands:$/m).and.not.match(/Kommandos|Optionen/);
  });
});

describe('the repository is self-contained', () => {
  it(`no script, test, benchmark, build tool, CI step or package.json reads ${nameOfShared}`, () => {
    const offenders: string[] = [];
    const visit = (entry: string): void => {
      const full = path.join(repoRoot, entry);
      if (statSync(full).isDirectory()) {
        for (const child of readdirSync(full)) visit(path.join(entry, child));
      } else if (readFileSync(full, 'latin1').includes(nameOfShared)) {
        offenders.push(entry);
      }
    };
    for (const entry of ['scripts', 'test', 'bench', 'tools', '.ci', 'package.json']) visit(entry);
    expect(offenders).to.deep.equal([]);
  });
});
