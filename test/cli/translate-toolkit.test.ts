import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject } from './helpers.js';

const resource = (locale: string) => `locales/${locale}/${sampleArticle}.json`;

function requireProgram(name: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  expect(found.status, `${name} is not installed (Debian package translate-toolkit; .ci/run installs it)`).to.equal(0);
}

/** pocount --csv: translated, fuzzy and untranslated messages and the total of source words. */
function pocount(file: string): { translated: number; fuzzy: number; untranslated: number; words: number } {
  const run = spawnSync('pocount', ['--csv', file], { encoding: 'utf8' });
  expect(run.status, run.stderr).to.equal(0);
  const row = run.stdout.trim().split('\n').at(-1)!.split(',').map((cell) => cell.trim());
  const number = (index: number) => Number(row[index]);
  return { translated: number(1), fuzzy: number(4), untranslated: number(6), words: number(9) };
}

describe('cli: Translate Toolkit reads our XLIFF 1.2 states as we mean them', function () {
  this.timeout(180000);

  it('pocount agrees with glossa stats; pofilter finds exactly the untranslated units', () => {
    requireProgram('pocount');
    requireProgram('pofilter');
    const project = sampleProject({ withTranslations: true });
    // Five sentences lose their translation; one is edited, so its old translation becomes a fuzzy suggestion.
    const file = path.join(project, resource('ru'));
    const russian = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const removed = Object.keys(russian).slice(5, 10);
    for (const id of removed) delete russian[id];
    writeFileSync(file, `${JSON.stringify(russian, null, 2)}\n`);
    const article = path.join(project, 'source', `${sampleArticle}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace('between the military and protesters', 'between soldiers and protesters'));
    expect(glossa(project, ['extract']).code).to.equal(0);

    const stats = JSON.parse(glossa(project, ['stats', '--locale', 'ru', '--format', 'json']).stdout) as {
      total: { translated: number; fuzzy: number; untranslated: number; words: number };
    };
    expect(stats.total).to.deep.include({ translated: 30, fuzzy: 1, untranslated: 5 });

    expect(glossa(project, ['xliff', 'export', '--locale', 'ru', '--xliff', '1.2']).code).to.equal(0);
    const xliff = path.join(project, 'dist/xliff/ru', `${sampleArticle}.xlf`);
    // A Glossa suggestion is an <alt-trans>, never a target: for pocount such a unit is untranslated.
    expect(pocount(xliff)).to.deep.equal({
      translated: stats.total.translated,
      fuzzy: 0,
      untranslated: stats.total.fuzzy + stats.total.untranslated,
      words: stats.total.words,
    });

    const filtered = path.join(mkdtempSync(path.join(os.tmpdir(), 'glossa-pofilter-')), 'untranslated.xlf');
    const pofilter = spawnSync('pofilter', ['-t', 'untranslated', xliff, filtered], { encoding: 'utf8' });
    expect(pofilter.status, pofilter.stderr).to.equal(0);
    const flagged = [...readFileSync(filtered, 'utf8').matchAll(/trans-unit [^>]*\bid="([^"]+)"/g)].map((match) => match[1]);
    const source = JSON.parse(readFileSync(path.join(project, resource('en')), 'utf8')) as Record<string, string>;
    expect(flagged).to.deep.equal(Object.keys(source).filter((id) => !(id in russian)));
    expect(flagged).to.have.length(6);

    // A prefilled target is not approved, so pocount counts it fuzzy: translated stays the same.
    expect(glossa(project, ['xliff', 'export', '--locale', 'ru', '--xliff', '1.2', '--prefill', 'source']).code).to.equal(0);
    expect(pocount(xliff)).to.deep.equal({ translated: 30, fuzzy: 6, untranslated: 0, words: stats.total.words });
  });
});
