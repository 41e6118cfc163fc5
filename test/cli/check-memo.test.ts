import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject, threadsEverywhere } from './helpers.js';

type Report = { diagnostics: { ruleId: string; file: string; message: string }[] };

const checkEntries = (project: string) => readdirSync(path.join(project, 'dist', '.cache')).filter((name) => name.startsWith('check-'));

describe('cli: check of an unchanged archive', function () {
  this.timeout(120000);

  it('reads the findings back, and checks again when any input changes', () => {
    const project = sampleProject({ withTranslations: true });
    const first = glossa(project, ['check', '--format', 'json']);
    expect(checkEntries(project)).to.have.length(1);
    const again = glossa(project, ['check', '--format', 'json']);
    expect(again.stdout).to.equal(first.stdout);
    expect(again.code).to.equal(first.code);
    expect(checkEntries(project)).to.have.length(1);

    const translation = path.join(project, 'locales', 'ru', `${sampleArticle}.json`);
    writeFileSync(translation, readFileSync(translation, 'utf8').replace('протестующие в Алматы', 'протестующие в Алма-Ате'));
    const changed = JSON.parse(glossa(project, ['check', '--format', 'json']).stdout) as Report;
    expect(changed.diagnostics.filter((d) => d.file.startsWith('locales/ru/') && d.ruleId === 'term/deprecated')).to.have.length(1);
    expect(checkEntries(project)).to.have.length(2);

    const termbase = path.join(project, 'glossary', 'termbase.yaml');
    writeFileSync(termbase, `${readFileSync(termbase, 'utf8')}# reviewed\n`);
    const afterTermbaseEdit = JSON.parse(glossa(project, ['check', '--format', 'json']).stdout) as Report;
    expect(checkEntries(project)).to.have.length(3);
    expect(afterTermbaseEdit).to.deep.equal(changed);
  });

  it('a source-only check is remembered apart from the whole check', () => {
    const project = sampleProject({ withTranslations: true });
    const whole = glossa(project, ['check', '--format', 'json']).stdout;
    const sources = glossa(project, ['check', 'source', '--format', 'json']).stdout;
    expect(sources).to.not.equal(whole);
    expect(glossa(project, ['check', '--format', 'json']).stdout).to.equal(whole);
    expect(glossa(project, ['check', 'source', '--format', 'json']).stdout).to.equal(sources);
    expect(checkEntries(project)).to.have.length(2);
  });

  it('with threads, a first check stores its findings as it names its inputs meanwhile, and the next reads them back', () => {
    const project = sampleProject({ withTranslations: true, articles: 'all' });
    const oneThread = glossa(sampleProject({ withTranslations: true, articles: 'all' }), ['check', '--format', 'json']);
    const first = glossa(project, ['check', '--format', 'json', '--jobs', '2'], undefined, threadsEverywhere);
    expect(first.stdout).to.equal(oneThread.stdout);
    expect(checkEntries(project)).to.have.length(1);
    // The entry is marked, so that the next run shows it read the entry instead of checking again: the key
    // named while the threads worked is the key a later run names before it starts.
    const entry = path.join(project, 'dist', '.cache', checkEntries(project)[0]!);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('Alma-Ata', 'Alma-Ata (stored)'));
    // The record of the last run, which would answer before the stored findings are looked up, goes.
    rmSync(path.join(project, 'dist', '.cache', 'runs'), { recursive: true, force: true });
    const again = glossa(project, ['check', '--format', 'json', '--jobs', '2'], undefined, threadsEverywhere);
    expect(again.stdout).to.include('Alma-Ata (stored)');
    expect(again.stdout.replaceAll('Alma-Ata (stored)', 'Alma-Ata')).to.equal(first.stdout);
    expect(again.code).to.equal(first.code);
    expect(checkEntries(project)).to.have.length(1);
  });

  it('stores nothing for a check that a broken input stopped, and reports that input again', () => {
    const project = sampleProject({ withTranslations: true });
    const translation = path.join(project, 'locales', 'ru', `${sampleArticle}.json`);
    writeFileSync(translation, '{"title": "Алматы",');
    for (const args of [[], ['--jobs', '2']]) {
      const run = glossa(project, ['check', '--format', 'json', ...args], undefined, threadsEverywhere);
      expect(run.code, args.join(' ')).to.equal(2);
      expect(run.stderr).to.include(`locales/ru/${sampleArticle}.json`);
      expect(existsSync(path.join(project, 'dist', '.cache')) ? checkEntries(project) : []).to.deep.equal([]);
    }
  });

  it('checks as usual, with and without threads, when the cache folder cannot be made (a file in its place), and says so once', () => {
    const project = sampleProject({ withTranslations: true });
    const expected = glossa(project, ['check', '--format', 'json']);
    expect(expected.stderr).to.equal('');
    rmSync(path.join(project, 'dist'), { recursive: true });
    mkdirSync(path.join(project, 'dist'));
    writeFileSync(path.join(project, 'dist', '.cache'), 'not a folder');
    for (const args of [[], ['--jobs', '2']]) {
      const run = glossa(project, ['check', '--format', 'json', ...args], undefined, threadsEverywhere);
      expect(run.stderr, args.join(' ')).to.equal(
        'glossa: warning: cannot write the cache in dist/.cache: a file stands where a folder of its path should be (EEXIST); the results are complete, but the next run starts over. Make dist/.cache a writable folder.\n',
      );
      expect(run.code).to.equal(expected.code);
      expect(run.stdout).to.equal(expected.stdout);
    }
    expect(glossa(project, ['check', '--format', 'json', '--quiet']).stderr).to.equal('');
    expect(readFileSync(path.join(project, 'dist', '.cache'), 'utf8')).to.equal('not a folder');
  });
});
