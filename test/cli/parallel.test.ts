import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, threadsEverywhere, sampleArticle, sampleProject, snapshot } from './helpers.js';
import { packedEntries } from '../project/pack-reader.js';

/** When a file was made (its birth time, which this file system records). */
function createdMs(file: string): number {
  const created = statSync(file).birthtimeMs;
  expect(created, `${file}: no birth time`).to.be.greaterThan(0);
  return created;
}

/** The sample plus five variants, each with one sentence of its own, so articles share most ids but not all. */
function archive(): string {
  const project = sampleProject({ withTranslations: true });
  const text = readFileSync(path.join(project, 'source', `${sampleArticle}.md`), 'utf8');
  for (let i = 1; i <= 5; i++) {
    writeFileSync(
      path.join(project, 'source', `variant-${i}.md`),
      text.replace('Shots were reported', `Shots (${i}) were reported`).replace('the Alma-Ata commandant', `the Alma-Ata (${i}) commandant`),
    );
  }
  return project;
}

describe('cli: --jobs and --shard', function () {
  this.timeout(120000);
  let project: string;
  let whole: string;
  before(() => {
    project = archive();
    const single = glossa(project, ['check', '--jobs', '1', '--format', 'json']);
    expect(single.code, single.stderr).to.equal(0);
    whole = single.stdout;
  });

  it('check with two worker threads reports exactly what one thread reports', () => {
    // A fresh copy: in this one the findings of the first check are remembered, and would be read back.
    const parallel = glossa(archive(), ['check', '--jobs', '2', '--format', 'json'], '', threadsEverywhere);
    expect(parallel.stdout).to.equal(whole);
    expect((JSON.parse(whole) as { diagnostics: unknown[] }).diagnostics.length).to.be.greaterThan(20);
  });

  it('a check in two threads keeps the SHA-256 of every file its threads read, and the next run finds its result by them', () => {
    const copy = archive();
    const first = glossa(copy, ['check', '--jobs', '2', '--format', 'json'], '', threadsEverywhere);
    expect(first.stdout).to.equal(whole);
    const cache = path.join(copy, 'dist', '.cache');
    const stored = new Map((JSON.parse(readFileSync(path.join(cache, 'file-sha256.json'), 'utf8')) as [string, ...unknown[]][]).map((entry) => [entry[0], entry[5]]));
    const read = [...readdirSync(path.join(copy, 'source')).map((name) => path.join(copy, 'source', name)), ...['ru', 'kk', 'uk', 'de'].map((locale) => path.join(copy, 'locales', locale, `${sampleArticle}.json`))];
    expect(read).to.have.length(10);
    for (const file of read) expect(stored.get(file), file).to.equal(createHash('sha256').update(readFileSync(file)).digest('base64url'));
    const checkEntries = () => readdirSync(cache).filter((entry) => entry.startsWith('check-'));
    expect(checkEntries()).to.have.length(1);
    rmSync(path.join(cache, 'runs'), { recursive: true, force: true });
    const again = glossa(copy, ['check', '--jobs', '2', '--format', 'json', '--verbose'], '', threadsEverywhere);
    expect(again.stdout).to.equal(whole);
    // Named the same way by the digests the threads took as by reading every file: no second result is stored.
    expect(checkEntries()).to.have.length(1);
  });

  it('with two threads, every matcher the check needs is compiled before a share reads its first article from the cache', () => {
    const copy = archive();
    expect(glossa(copy, ['check', '--jobs', '2', '--format', 'json'], '', threadsEverywhere).code).to.equal(0);
    const cache = path.join(copy, 'dist', '.cache');
    const entries = readdirSync(cache);
    const matchers = entries.filter((entry) => entry.includes('-matcher-'));
    const packs = entries.filter((entry) => entry.startsWith('pack-'));
    expect(matchers).to.have.length(5);
    // A pack per thread, each holding that share's segmented articles.
    expect(packs).to.have.length(2);
    expect(Object.keys(packedEntries(cache)).length).to.be.greaterThan(5);
    // Compiled on first use instead, the target languages' matchers would come after the first articles were read.
    expect(Math.max(...matchers.map((entry) => statSync(path.join(cache, entry)).mtimeMs))).to.be.at.most(Math.min(...packs.map((entry) => createdMs(path.join(cache, entry)))));
  });

  it('in one share with --jobs 2, a thread of its own compiles the termbase while the article is read, with the same findings', () => {
    // One article is one share; GLOSSA_BYTES_PER_THREAD=0 lets the sample's small termbase earn its thread.
    const runs = [1, 2].map((jobs) => {
      const copy = sampleProject({ withTranslations: true });
      const result = glossa(copy, ['check', '--jobs', String(jobs), '--format', 'json'], '', threadsEverywhere);
      const cache = path.join(copy, 'dist', '.cache');
      const entries = readdirSync(cache);
      const matchers = entries.filter((entry) => entry.includes('-matcher-')).map((entry) => statSync(path.join(cache, entry)).mtimeMs);
      // A pack is made with its first entry.
      const articles = entries.filter((entry) => entry.startsWith('pack-')).map((entry) => createdMs(path.join(cache, entry)));
      return { result, matchers, articles };
    });
    const [serial, parallel] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(serial.result.code, serial.result.stderr).to.equal(0);
    expect((JSON.parse(serial.result.stdout) as { checkedFiles: string[] }).checkedFiles).to.have.length(5);
    expect(parallel.result.stdout).to.equal(serial.result.stdout);
    expect(parallel.matchers).to.have.length(5);
    expect(Math.max(...parallel.matchers)).to.be.at.most(Math.min(...parallel.articles));
    // In the main thread alone, the target languages' matchers are compiled when the first translation is checked
    // (the pack is made with the first segmented article, so file times show the order).
    expect(Math.max(...serial.matchers)).to.be.greaterThan(Math.min(...serial.articles));
  });

  it('in one share with --jobs 2, the compiled termbase is read from the cache while the article is read: the same findings, and a damaged matcher is compiled again', () => {
    const copy = sampleProject({ withTranslations: true });
    const first = glossa(copy, ['check', '--jobs', '1', '--format', 'json']);
    expect(first.code, first.stderr).to.equal(0);
    const cache = path.join(copy, 'dist', '.cache');
    // Only the termbase stays in the cache, so the article is read and checked again.
    for (const entry of readdirSync(cache)) if (!entry.startsWith('termbase-')) rmSync(path.join(cache, entry), { recursive: true });
    const matchers = readdirSync(cache).filter((entry) => entry.includes('-matcher-'));
    expect(matchers).to.have.length(5);
    const damaged = path.join(cache, matchers[0]!);
    const whole = readFileSync(damaged);
    writeFileSync(damaged, whole.subarray(0, whole.length - 8));
    const again = glossa(copy, ['check', '--jobs', '2', '--format', 'json'], '', threadsEverywhere);
    expect(again.code, again.stderr).to.equal(0);
    expect(again.stdout).to.equal(first.stdout);
    expect(readFileSync(damaged).equals(whole)).to.equal(true);
  });

  it('the shards split the articles and their merged reports equal the whole', () => {
    const shards = [1, 2, 3].map((index) => {
      const file = path.join(project, `shard-${index}.json`);
      expect(glossa(project, ['check', '--shard', `${index}/3`, '--format', 'json', '--output', file]).code).to.equal(0);
      return file;
    });
    const files = shards.map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { checkedFiles: string[] }).checkedFiles.filter((f) => f.startsWith('source/')));
    expect(files.flat().sort()).to.deep.equal([`source/${sampleArticle}.md`, ...[1, 2, 3, 4, 5].map((i) => `source/variant-${i}.md`)].sort());
    expect(new Set(files.flat()).size).to.equal(files.flat().length);
    const merged = glossa(project, ['check', '--merge', ...shards, '--format', 'json']);
    expect(merged.stdout).to.equal(whole);
  });

  it('extract, xliff export and build write the same files with one or two threads', () => {
    const outputs = [1, 2].map((jobs) => {
      const copy = archive();
      for (const args of [['extract'], ['xliff', 'export'], ['build']]) {
        const result = glossa(copy, [...args, '--jobs', String(jobs)], '', threadsEverywhere);
        expect(result.code, result.stderr).to.equal(0);
      }
      const dist = snapshot(path.join(copy, 'dist'));
      for (const file of dist.keys()) if (file.startsWith('.cache')) dist.delete(file);
      return { locales: snapshot(path.join(copy, 'locales')), dist };
    });
    expect(outputs[1]!.locales).to.deep.equal(outputs[0]!.locales);
    expect(outputs[1]!.dist).to.deep.equal(outputs[0]!.dist);
  });

  it('a broken termbase, compiled in its own thread, or a broken article, read while it compiles, is reported as by one thread (exit 2)', () => {
    const brokenTermbase = archive();
    const termbase = path.join(brokenTermbase, 'glossary', 'termbase.yaml');
    writeFileSync(termbase, readFileSync(termbase, 'utf8').replace(/^(\s+)status: deprecated$/m, '$1status: favoured'));
    const brokenArticle = archive();
    const variant = path.join(brokenArticle, 'source', 'variant-3.md');
    writeFileSync(variant, readFileSync(variant, 'utf8').replace(/^lang: en$/m, 'lang: kk'));
    // One article, one share: the termbase is compiled beside it.
    const brokenSingle = sampleProject({ withTranslations: true });
    writeFileSync(path.join(brokenSingle, 'glossary', 'termbase.yaml'), readFileSync(termbase, 'utf8'));
    for (const copy of [brokenTermbase, brokenArticle, brokenSingle]) {
      const one = glossa(copy, ['check', '--jobs', '1', '--format', 'json']);
      expect(one.code, one.stderr).to.equal(2);
      const two = glossa(copy, ['check', '--jobs', '2', '--format', 'json'], '', threadsEverywhere);
      expect(two.code).to.equal(2);
      expect(two.stderr).to.equal(one.stderr);
      expect(two.stdout).to.equal('');
    }
    expect(glossa(brokenTermbase, ['check', '--jobs', '2'], '', threadsEverywhere).stderr).to.match(/^glossa: \S+\/glossary\/termbase\.yaml:\d+:\d+: status must be one of .*'favoured'$/m);
    expect(glossa(brokenArticle, ['check', '--jobs', '2'], '', threadsEverywhere).stderr).to.include('source/variant-3.md');
  });

  it('rejects a malformed --shard or --jobs with exit 2', () => {
    for (const args of [['check', '--shard', '4/3'], ['check', '--shard', 'two'], ['check', '--jobs', '0']]) {
      const result = glossa(project, args);
      expect(result.code, args.join(' ')).to.equal(2);
    }
  });
});
