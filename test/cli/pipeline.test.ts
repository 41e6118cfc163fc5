import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject, snapshot } from './helpers.js';
import { packedEntries, writePack } from '../project/pack-reader.js';

describe('cli: run, extract, build', function () {
  this.timeout(60000);

  it('runs the whole pipeline on a fresh copy of the sample', () => {
    const project = sampleProject();
    const result = glossa(project, ['run']);
    expect(result.code, result.stderr).to.equal(0);
    expect(existsSync(path.join(project, 'locales/en', `${sampleArticle}.json`))).to.equal(true);
    for (const locale of ['en', 'ru', 'kk', 'uk', 'de']) {
      for (const extension of ['md', 'html']) expect(existsSync(path.join(project, 'dist', locale, `${sampleArticle}.${extension}`)), `${locale}.${extension}`).to.equal(true);
    }
    expect(result.stdout).to.match(/build +ru +ablyazov-kazakhstan-protests +36 of 36 segments fell back to the source language/);
  });

  it('extract changes nothing on disk the second time', () => {
    const project = sampleProject();
    expect(glossa(project, ['extract']).code).to.equal(0);
    const file = path.join(project, 'locales/en', `${sampleArticle}.json`);
    const before = { bytes: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
    const second = glossa(project, ['extract']);
    expect(second.stdout).to.include('(unchanged)');
    expect(readFileSync(file, 'utf8')).to.equal(before.bytes);
    expect(statSync(file).mtimeMs).to.equal(before.mtime);
  });

  it('editing one sentence changes only that sentence id and keeps the old message in the history', () => {
    const project = sampleProject();
    glossa(project, ['extract']);
    const resource = path.join(project, 'locales/en', `${sampleArticle}.json`);
    const before = Object.keys(JSON.parse(readFileSync(resource, 'utf8')) as object);
    const article = path.join(project, 'source', `${sampleArticle}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace('Shots were reported between the military and protesters.', 'Shots were reported between soldiers and protesters.'));
    expect(glossa(project, ['extract']).stdout).to.include('1 retired to history');
    const after = Object.keys(JSON.parse(readFileSync(resource, 'utf8')) as object);
    expect(after).to.have.length(before.length);
    const removed = before.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.includes(id));
    expect(removed).to.have.length(1);
    expect(added).to.have.length(1);
    expect(after.indexOf(added[0]!)).to.equal(before.indexOf(removed[0]!));
    const history = JSON.parse(readFileSync(path.join(project, 'locales/.history', `${sampleArticle}.json`), 'utf8')) as Record<string, string>;
    expect(history[removed[0]!]).to.equal('Shots were reported between the military and protesters.');
  });

  it('builds only the locales asked for and rejects an unknown one with exit 2', () => {
    const project = sampleProject();
    const result = glossa(project, ['build', '--locale', 'de']);
    expect(result.code, result.stderr).to.equal(0);
    expect(existsSync(path.join(project, 'dist/de', `${sampleArticle}.html`))).to.equal(true);
    expect(existsSync(path.join(project, 'dist/ru'))).to.equal(false);
    const bad = glossa(project, ['build', '--locale', 'fr']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.match(/--locale fr is not one of the project's locales/);
  });

  it('renders fallback sentences in HTML marked as English, with a lang attribute and the title', () => {
    const project = sampleProject();
    glossa(project, ['build', '--locale', 'kk']);
    const html = readFileSync(path.join(project, 'dist/kk', `${sampleArticle}.html`), 'utf8');
    expect(html).to.match(/<html lang="kk"/);
    expect(html).to.match(/<meta charset="utf-8">/);
    expect(html).to.match(/<title>Fugitive banker Ablyazov/);
    expect(html).to.include('<span lang="en" class="fallback">');
    expect(html).to.not.match(/\{[mnd]\d+\}/);
  });

  it('caches parsed articles, the termbase and what extract wrote, by content, and never caches a broken input', () => {
    const project = sampleProject();
    const cache = path.join(project, 'dist/.cache');
    expect(glossa(project, ['extract']).code).to.equal(0);
    const entries = readdirSync(cache);
    // The termbase and its English matcher, and a pack holding the segmented article and what extract wrote for it;
    // beside them, the digests of the files read, the locale codes the configuration was accepted with and the records of runs.
    expect(entries).to.include.members(['file-sha256.json', 'language-codes.json', 'runs']);
    expect(entries.filter((entry) => !['file-sha256.json', 'language-codes.json', 'runs'].includes(entry))).to.have.length(3);
    expect(entries.filter((entry) => /^termbase-[\w-]{32}\.concepts$/.test(entry))).to.have.length(1);
    expect(entries.filter((entry) => /^termbase-[\w-]{32}-matcher-[\w-]{32}\.bin$/.test(entry))).to.have.length(1);
    expect(entries.filter((entry) => /^pack-[0-9a-z]{9}-\d+-\d+-\d+\.pack$/.test(entry))).to.have.length(1);
    const packed = Object.keys(packedEntries(cache));
    expect(packed).to.have.length(2);
    expect(packed.filter((key) => key.startsWith('stage-extract-'))).to.have.length(1);
    expect(glossa(project, ['extract']).code).to.equal(0);
    expect(readdirSync(cache)).to.deep.equal(entries);
    const article = path.join(project, 'source', `${sampleArticle}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace('lang: en', 'lang: xx'));
    expect(glossa(project, ['extract']).code).to.equal(2);
    expect(readdirSync(cache)).to.deep.equal(entries);
  });

  it('reads compiled matchers back from the cache, and compiles again over a damaged one', () => {
    const project = sampleProject({ withTranslations: true });
    const cache = path.join(project, 'dist/.cache');
    const first = glossa(project, ['check', '--format', 'json']);
    const matchers = readdirSync(cache).filter((entry) => entry.includes('-matcher-'));
    // One per locale the check reads: the source language and the four targets.
    expect(matchers).to.have.length(5);
    const sizes = matchers.map((entry) => statSync(path.join(cache, entry)).size);
    const inodes = () => matchers.slice(1).map((entry) => statSync(path.join(cache, entry)).ino);
    const kept = inodes();
    for (const entry of readdirSync(cache)) if (!entry.startsWith('termbase-')) rmSync(path.join(cache, entry), { recursive: true });
    const [damaged] = matchers as [string];
    const bytes = readFileSync(path.join(cache, damaged));
    writeFileSync(path.join(cache, damaged), bytes.subarray(0, bytes.length - 8));
    const second = glossa(project, ['check', '--format', 'json']);
    expect([second.code, second.stdout]).to.deep.equal([first.code, first.stdout]);
    expect(matchers.map((entry) => statSync(path.join(cache, entry)).size)).to.deep.equal(sizes);
    expect(readFileSync(path.join(cache, damaged))).to.deep.equal(bytes);
    // The others were read, not compiled and written again.
    expect(inodes()).to.deep.equal(kept);
  });

  it('reads the parsed termbase back a concept at a time, and stops with exit 2 naming it when a concept in it changed, then parses it again', () => {
    const project = sampleProject({ withTranslations: true });
    const cache = path.join(project, 'dist/.cache');
    const first = glossa(project, ['check', '--format', 'json']);
    const [parsed] = readdirSync(cache).filter((entry) => entry.endsWith('.concepts')) as [string];
    const file = path.join(cache, parsed);
    const bytes = readFileSync(file);
    const dropNonTermbase = () => {
      for (const entry of readdirSync(cache)) if (!entry.startsWith('termbase-')) rmSync(path.join(cache, entry), { recursive: true });
    };
    dropNonTermbase();
    const again = glossa(project, ['check', '--format', 'json']);
    expect([again.code, again.stdout]).to.deep.equal([first.code, first.stdout]);
    expect(readFileSync(file)).to.deep.equal(bytes);
    // Almaty's concept, one letter of its Russian term changed (the same length, still JSON).
    const damaged = Buffer.from(bytes);
    const at = damaged.indexOf('Алматы', damaged.indexOf('{"id":"almaty"'));
    expect(at).to.be.greaterThan(0);
    damaged[at + 1]! ^= 0x01;
    writeFileSync(file, damaged);
    dropNonTermbase();
    const stopped = glossa(project, ['check', '--format', 'json']);
    expect(stopped.code, stopped.stderr).to.equal(2);
    expect(stopped.stderr).to.include(`${path.join('dist/.cache', parsed)}: the parsed termbase in the content cache changed after it was written (concept 'almaty' cannot be read back as written); it was removed: run the command again`);
    expect(existsSync(file)).to.equal(false);
    dropNonTermbase();
    const next = glossa(project, ['check', '--format', 'json']);
    expect([next.code, next.stdout]).to.deep.equal([first.code, first.stdout]);
    expect(readFileSync(file)).to.deep.equal(bytes);
  });

  it('keeps the compiled matchers of the termbase in use and of the three written last before it', () => {
    const project = sampleProject({ withTranslations: true });
    const cache = path.join(project, 'dist/.cache');
    mkdirSync(cache, { recursive: true });
    const day = 24 * 3600 * 1000;
    const older = [1, 2, 3, 4, 5].map((age) => {
      const termbase = `termbase-${String(age).repeat(32)}`;
      const files = ['A', 'B'].map((locale) => `${termbase}-matcher-${locale.repeat(32)}.bin`);
      for (const file of files) {
        writeFileSync(path.join(cache, file), Buffer.alloc(16));
        const written = new Date(Date.now() - age * day);
        utimesSync(path.join(cache, file), written, written);
      }
      return files;
    });
    writeFileSync(path.join(cache, 'termbase-unrelated.json'), '{}');
    expect(glossa(project, ['check']).code).to.be.oneOf([0, 1]);
    const left = readdirSync(cache);
    // Those of the 4 and 5 days old termbases go; the other entries stay.
    expect(older.map((files) => files.every((file) => left.includes(file)))).to.deep.equal([true, true, true, false, false]);
    expect(older.flat().filter((file) => left.includes(file))).to.have.length(6);
    expect(left).to.include('termbase-unrelated.json');
    expect(left.filter((entry) => entry.includes('-matcher-') && !older.flat().includes(entry))).to.have.length(5);
  });

  it('skips an unchanged article on a second extract, xliff export or build, but writes again a file changed since', () => {
    const project = sampleProject({ withTranslations: true });
    const xliff = path.join(project, 'dist', 'xliff', 'ru', `${sampleArticle}.xlf`);
    const messages = path.join(project, 'locales', 'en', `${sampleArticle}.json`);
    const page = path.join(project, 'dist', 'de', `${sampleArticle}.html`);
    const index = path.join(project, 'dist', 'index.html');
    const stages = [['extract'], ['xliff', 'export'], ['build']];
    for (const args of stages) expect(glossa(project, args).code).to.equal(0);
    const [exported, extracted, rendered, listed] = [readFileSync(xliff, 'utf8'), readFileSync(messages, 'utf8'), readFileSync(page, 'utf8'), readFileSync(index, 'utf8')];
    const cache = path.join(project, 'dist', '.cache');
    // A memo per article and stage, kept in packs; the index page's, made once per build, in a file of its own.
    const memos = [...readdirSync(cache), ...Object.keys(packedEntries(cache))].filter((entry) => entry.startsWith('stage-'));
    expect(memos.map((entry) => /^stage-[a-z]+/.exec(entry)?.[0]).sort()).to.deep.equal(['stage-build', 'stage-export', 'stage-extract', 'stage-index']);
    expect(readdirSync(cache).filter((entry) => entry.startsWith('stage-'))).to.have.length(1);
    writeFileSync(xliff, exported.replace('</xliff>', '<!-- edited --></xliff>'));
    writeFileSync(messages, '{}\n');
    writeFileSync(page, rendered.replace('</body>', '<p>edited</p></body>'));
    writeFileSync(index, '');
    for (const args of stages) expect(glossa(project, args).code).to.equal(0);
    expect(readFileSync(index, 'utf8')).to.equal(listed);
    expect(readFileSync(xliff, 'utf8')).to.equal(exported);
    expect(readFileSync(messages, 'utf8')).to.equal(extracted);
    expect(readFileSync(page, 'utf8')).to.equal(rendered);
    // Unchanged, build renders nothing: an edit of the cached segments, which rendering would show, stays unseen
    // until the remembered build is gone.
    const english = path.join(project, 'dist', 'en', `${sampleArticle}.md`);
    const segmented = Object.entries(packedEntries(cache)).filter(([key]) => !key.startsWith('stage-'));
    expect(segmented).to.have.length(1);
    const [key, entry] = segmented[0]!;
    expect(entry).to.include('Ablyazov');
    // A newer pack holding the edited entry, whole and with its CRC-32, as a later run would have written it.
    writePack(path.join(cache, 'pack-zzzzzzzzz-1-0-1.pack'), { [key]: entry.replaceAll('Ablyazov', 'Ablyazoff') });
    // Without the record of the last build, which would answer before the remembered build is looked up.
    const runs = path.join(cache, 'runs');
    rmSync(runs, { recursive: true, force: true });
    expect(glossa(project, ['build']).code).to.equal(0);
    expect(readFileSync(english, 'utf8')).to.include('Ablyazov').and.not.include('Ablyazoff');
    // The build's memos left out of the packs.
    const kept = Object.fromEntries(Object.entries(packedEntries(cache)).filter(([key]) => !key.startsWith('stage-build-')));
    for (const pack of readdirSync(cache).filter((name) => name.startsWith('pack-'))) rmSync(path.join(cache, pack));
    writePack(path.join(cache, 'pack-zzzzzzzzz-1-0-2.pack'), kept);
    rmSync(runs, { recursive: true, force: true });
    expect(glossa(project, ['build']).code).to.equal(0);
    expect(readFileSync(english, 'utf8')).to.include('Ablyazoff');
  });

  it('builds an article again when a translation changes, and reports what the first build reported when nothing did', () => {
    const project = sampleProject({ withTranslations: true });
    const first = glossa(project, ['build']);
    expect(first.code).to.equal(0);
    const second = glossa(project, ['build']);
    expect(second.stdout).to.equal(first.stdout);
    const resource = path.join(project, 'locales', 'de', `${sampleArticle}.json`);
    const messages = JSON.parse(readFileSync(resource, 'utf8')) as Record<string, string>;
    const [id] = Object.keys(messages) as [string];
    writeFileSync(resource, `${JSON.stringify({ ...messages, [id]: 'Ein ganz neuer Satz.' }, null, 2)}\n`);
    expect(glossa(project, ['build', '--locale', 'de']).code).to.equal(0);
    expect(readFileSync(path.join(project, 'dist', 'de', `${sampleArticle}.md`), 'utf8')).to.include('Ein ganz neuer Satz.');
  });

  it('leaves locales untouched when an article is broken', () => {
    const project = sampleProject({ withTranslations: true });
    const before = snapshot(path.join(project, 'locales'));
    writeFileSync(path.join(project, 'source/broken.md'), 'no front matter here\n');
    const result = glossa(project, ['run']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/^glossa: source\/broken\.md:1:1: no front matter/);
    expect(snapshot(path.join(project, 'locales'))).to.deep.equal(before);
  });
});
