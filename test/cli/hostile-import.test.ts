import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject, snapshot } from './helpers.js';

const exported = (project: string, locale: string) => path.join(project, `dist/xliff/${locale}/${sampleArticle}.xlf`);

/** Imports `file` and asserts the outcome; locales/ must be byte-identical afterwards. */
function importRefused(project: string, file: string, code: number, pattern: RegExp): string {
  const before = snapshot(path.join(project, 'locales'));
  const started = Date.now();
  const result = glossa(project, ['xliff', 'import', file]);
  const output = result.stdout + result.stderr;
  expect(result.code, output).to.equal(code);
  expect(output).to.match(pattern);
  expect(output).not.to.match(/at .*\.ts:\d+|internal error/);
  expect(snapshot(path.join(project, 'locales')), 'locales/ changed').to.deep.equal(before);
  expect(Date.now() - started).to.be.below(60_000);
  return output;
}

describe('cli: xliff import refuses what validation refuses, and never writes another locale', function () {
  this.timeout(240_000);
  let project: string;
  let ru20: string;
  let ru12: string;

  before(() => {
    project = sampleProject({ withTranslations: true });
    expect(glossa(project, ['xliff', 'export', '--locale', 'ru']).code).to.equal(0);
    ru20 = readFileSync(exported(project, 'ru'), 'utf8');
    expect(glossa(project, ['xliff', 'export', '--locale', 'ru', '--xliff', '1.2', '--out', 'dist/xliff12']).code).to.equal(0);
    ru12 = readFileSync(path.join(project, `dist/xliff12/ru/${sampleArticle}.xlf`), 'utf8');
  });

  it('invalid UTF-8 inside a <target> is refused at its line and column by import and validate (was: imported as U+FFFD)', () => {
    const marker = 'Беглый банкир';
    const lineNumber = ru20.slice(0, ru20.indexOf(marker)).split('\n').length;
    const column = ru20.slice(0, ru20.indexOf(marker)).split('\n').at(-1)!.length + 1;
    const [before, after] = ru20.split(marker) as [string, string];
    const bytes = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xd0, 0x28, 0xff]), Buffer.from(after, 'utf8')]);
    const file = path.join(project, 'bad-utf8.xlf');
    writeFileSync(file, bytes);
    importRefused(project, file, 2, new RegExp(`bad-utf8\\.xlf:${lineNumber}:${column}: not valid UTF-8`));
    const validate = glossa(project, ['xliff', 'validate', file]);
    expect(validate.code).to.equal(2);
    expect(validate.stderr).to.match(new RegExp(`bad-utf8\\.xlf:${lineNumber}:${column}: not valid UTF-8`));
  });

  it('a ru export relabelled trgLang="de" (2.0) is refused and locales/de keeps its German', () => {
    const file = path.join(project, 'relabelled-20.xlf');
    writeFileSync(file, ru20.replace('trgLang="ru"', 'trgLang="de"'));
    importRefused(project, file, 1, /refused, nothing written.*targets are written in Cyrillic script .* "de" is not written in.*xliff\/import-language/s);
  });

  it('a ru 1.2 export relabelled target-language="de" is refused the same way', () => {
    const file = path.join(project, 'relabelled-12.xlf');
    writeFileSync(file, ru12.replace('target-language="ru"', 'target-language="de"'));
    importRefused(project, file, 1, /refused, nothing written.*xliff\/import-language/s);
  });

  it('a de export relabelled as uk (same script as the source) is caught by its targets being the de translations', () => {
    expect(glossa(project, ['xliff', 'export', '--locale', 'de', '--out', 'dist/de-export']).code).to.equal(0);
    const de = readFileSync(path.join(project, `dist/de-export/de/${sampleArticle}.xlf`), 'utf8');
    const file = path.join(project, 'relabelled-de-uk.xlf');
    writeFileSync(file, de.replace('trgLang="de"', 'trgLang="uk"'));
    importRefused(project, file, 1, /targets are the current "de" translations .* relabelled as "uk"/s);
  });

  it('an attribute the schema does not allow refuses the whole file on import, as validate does (was: imported)', () => {
    const changed = ru20
      .replace('<unit id="uLgEvPFF1Z" canResegment="no"', '<unit id="uLgEvPFF1Z" canResegment="no" colour="red"')
      .replace('<target>OREANDA-NEWS.</target>', '<target>ОРЕАНДА-НОВОСТИ.</target>');
    const file = path.join(project, 'schema.xlf');
    writeFileSync(file, changed);
    const validate = glossa(project, ['xliff', 'validate', file]);
    expect(validate.code).to.equal(1);
    expect(validate.stdout).to.match(/colour.*xliff\/schema/);
    importRefused(project, file, 1, /refused, nothing written[\s\S]*colour[\s\S]*xliff\/schema/);
  });

  it('a unit whose source is not the current sentence of its id refuses the whole file', () => {
    const changed = ru20
      .replace('<source>OREANDA-NEWS.</source>', '<source>REUTERS.</source>')
      .replace('Беглый банкир Аблязов', 'Сбежавший банкир Аблязов');
    const file = path.join(project, 'source-changed.xlf');
    writeFileSync(file, changed);
    importRefused(project, file, 1, /source of unit "uLgEvPFF1Z" is not the current text.*xliff\/import-source-changed/s);
  });

  it('<pc> nested 50,000 deep and two 5 MB attribute values are refused in seconds, naming the limit', () => {
    const nested = ru20.replace('<target>OREANDA-NEWS.</target>', `<target>${'<pc id="p">'.repeat(50_000)}OREANDA-NEWS.${'</pc>'.repeat(50_000)}</target>`);
    const deep = path.join(project, 'nested.xlf');
    writeFileSync(deep, nested);
    importRefused(project, deep, 2, /nested\.xlf:\d+:\d+: nesting deeper than 64 inline codes \(limit xliffInlineDepth = 64\)/);
    const big = 'x'.repeat(5 * 1024 * 1024);
    const file = path.join(project, 'attributes.xlf');
    writeFileSync(file, ru20.replace('<unit id="uLgEvPFF1Z"', `<unit id="uLgEvPFF1Z" a="${big}" b="${big}"`));
    importRefused(project, file, 2, /attributes\.xlf:\d+:\d+: the value of attribute "a" is 5,242,880 characters long \(limit xmlAttributeLength = 65,536\)/);
  });

  it('the unchanged export still imports (nothing to change) with exit 0', () => {
    const result = glossa(project, ['xliff', 'import', exported(project, 'ru')]);
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    expect(result.stdout).to.match(/→ ru: 0 imported, 36 unchanged/);
  });
});
