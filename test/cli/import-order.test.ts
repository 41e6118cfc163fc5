import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject } from './helpers.js';

describe('cli: xliff import of several files, validated in chunks', function () {
  this.timeout(120000);

  it('imports the files before an unreadable one, stops at it with exit 2, and imports none after it', () => {
    const project = sampleProject({ withTranslations: true });
    expect(glossa(project, ['xliff', 'export']).code).to.equal(0);
    const xliff = (locale: string) => path.join('dist', 'xliff', locale, `${sampleArticle}.xlf`);
    const resource = (locale: string) => path.join(project, 'locales', locale, `${sampleArticle}.json`);
    writeFileSync(path.join(project, xliff('de')), Buffer.from([0x3c, 0x3f, 0xff, 0xfe]));
    rmSync(resource('ru'));
    rmSync(resource('kk'));
    const result = glossa(project, ['xliff', 'import', xliff('ru'), xliff('de'), xliff('kk')]);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.include(`dist/xliff/de/${sampleArticle}.xlf:1:3`);
    expect(existsSync(resource('ru')), 'ru, before the broken file, is imported').to.equal(true);
    expect(existsSync(resource('kk')), 'kk, after it, is not').to.equal(false);
  });
});
