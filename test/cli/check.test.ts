import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { SaxesParser } from 'saxes';
import { glossa, sampleArticle, sampleProject, snapshot } from './helpers.js';

const articleFile = `source/${sampleArticle}.md`;

function wellFormedXml(text: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

describe('cli: check', function () {
  this.timeout(60000);
  let project: string;
  before(() => {
    project = sampleProject({ withTranslations: true });
  });

  it('lists the source wording the glossary flags, at exact lines and columns, as warnings (exit 0)', () => {
    const result = glossa(project, ['check']);
    expect(result.code, result.stderr).to.equal(0);
    const lines = result.stdout.split('\n');
    const finding = (position: string, rule: string) => lines.some((line) => line.trimStart().startsWith(position) && line.includes('warning') && line.includes(rule));
    const source = readFileSync(path.join(project, articleFile), 'utf8').split('\n');
    // Positions computed from the article itself.
    for (const [term, rule] of [
      ['Alma-Ata', 'term/deprecated'],
      ['Kassym-Zhomart Tokayev', 'term/deprecated'],
      ['Kazakh law enforcers', 'term/context'],
      ['Kazakh banker', 'term/context'],
    ] as const) {
      const line = source.findIndex((text) => text.includes(term));
      expect(finding(`${line + 1}:${source[line]!.indexOf(term) + 1} `, rule), `${term} at ${line + 1}`).to.equal(true);
    }
    const second = source.findLastIndex((text) => text.includes('Alma-Ata'));
    expect(finding(`${second + 1}:${source[second]!.indexOf('Alma-Ata') + 1} `, 'term/deprecated')).to.equal(true);
    expect(result.stdout).to.match(/✖ \d+ problems \(0 errors, \d+ warnings\)/);
  });

  it('finds no problem in any translation', () => {
    const result = glossa(project, ['check', 'locales']);
    expect(result.code, result.stdout).to.equal(0);
    expect(result.stdout).to.match(/no problems in 4 files/);
  });

  it('fails with exit 1 when warnings exceed --max-warnings', () => {
    expect(glossa(project, ['check', '--max-warnings', '0']).code).to.equal(1);
    expect(glossa(project, ['check', '--max-warnings', '100']).code).to.equal(0);
  });

  it('writes well-formed json, junit, sarif and github reports, to stdout or --output, with the same exit code', () => {
    const json = JSON.parse(glossa(project, ['check', '--format', 'json']).stdout) as { diagnostics: unknown[] };
    expect(json.diagnostics.length).to.be.greaterThan(4);
    wellFormedXml(glossa(project, ['check', '--format', 'junit']).stdout);
    const sarif = JSON.parse(glossa(project, ['check', '--format', 'sarif']).stdout) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).to.equal('2.1.0');
    expect(sarif.runs[0]!.results.length).to.equal(json.diagnostics.length);
    const github = glossa(project, ['check', '--format', 'github']).stdout.trim().split('\n');
    expect(github.filter((line) => line.startsWith('::warning file=source/'))).to.have.length(json.diagnostics.length);
    const out = path.join(project, 'report.sarif');
    const written = glossa(project, ['check', '--format', 'sarif', '--output', out, '--max-warnings', '0']);
    expect(written.code).to.equal(1);
    expect(written.stdout).to.equal('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).to.have.property('version', '2.1.0');
  });

  it('--output naming a folder, or a path through a file, is unusable input (exit 2) that names the path; nothing is written', () => {
    const folder = path.join(project, 'reports');
    mkdirSync(folder, { recursive: true });
    for (const format of ['json', 'sarif']) {
      const result = glossa(project, ['check', '--format', format, '--output', 'reports']);
      expect(result.code, format).to.equal(2);
      expect(result.stderr).to.equal(`glossa: ${folder}: is a folder where a file is to be written; write to another path, or move the folder away\n`);
      expect(readdirSync(folder)).to.deep.equal([]);
    }
    writeFileSync(path.join(project, 'notes.txt'), 'a file, not a folder');
    const through = glossa(project, ['check', '--format', 'json', '--output', 'notes.txt/report.json']);
    expect(through.code).to.equal(2);
    expect(through.stderr).to.match(/^glossa: .*notes\.txt\/report\.json: cannot be written: a file stands where a folder of its path should be \((ENOTDIR|EEXIST)\)\n$/);
    expect(readFileSync(path.join(project, 'notes.txt'), 'utf8')).to.equal('a file, not a folder');
  });

  it('fails with exit 1 on an error in a translation, pointing into the locale file', () => {
    const copy = sampleProject({ withTranslations: true });
    const file = path.join(copy, 'locales/ru', `${sampleArticle}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('протестующие в Алматы', 'протестующие в Алма-Ате'));
    const result = glossa(copy, ['check', 'locales/ru']);
    expect(result.code).to.equal(1);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((text) => text.includes('Алма-Ате'));
    const column = readFileSync(file, 'utf8').split('\n')[line]!.indexOf('Алма-Ате') + 1;
    expect(result.stdout).to.include(`locales/ru/${sampleArticle}.json`);
    expect(result.stdout).to.match(new RegExp(`${line + 1}:${column} +error +"Алма-Ате" is deprecated`));
  });

  it('checking the sources alone still reads the translations for untranslated sentences, and says nothing about them', () => {
    const copy = sampleProject({ withTranslations: true });
    const file = path.join(copy, 'locales/ru', `${sampleArticle}.json`);
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const [firstId] = Object.keys(entries);
    delete entries[firstId!];
    const planted = Object.keys(entries)[1]!;
    entries[planted] = `${entries[planted]} Алма-Ата.`;
    writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
    type Report = { diagnostics: { ruleId: string; file: string; locale: string }[] };
    const whole = JSON.parse(glossa(copy, ['check', '--format', 'json']).stdout) as Report;
    const sources = JSON.parse(glossa(copy, ['check', 'source', '--format', 'json']).stdout) as Report;
    expect(whole.diagnostics.filter((d) => d.file.startsWith('locales/')).map((d) => d.ruleId)).to.include('term/deprecated');
    expect(sources.diagnostics.filter((d) => d.file.startsWith('locales/'))).to.deep.equal([]);
    expect(sources.diagnostics).to.deep.equal(whole.diagnostics.filter((d) => d.file.startsWith('source/')));
    expect(sources.diagnostics.filter((d) => d.ruleId === 'segment/untranslated').map((d) => d.locale)).to.deep.equal(['ru']);
  });

  it('--fix-dry-run prints a diff and changes nothing; --fix rewrites only the unambiguous terms', () => {
    const copy = sampleProject();
    const original = readFileSync(path.join(copy, articleFile), 'utf8');
    const dry = glossa(copy, ['check', '--fix-dry-run']);
    expect(dry.stdout).to.include(`--- a/${articleFile}`);
    expect(dry.stdout).to.match(/^-.*Alma-Ata/m);
    expect(dry.stdout).to.match(/^\+.*Almaty/m);
    expect(readFileSync(path.join(copy, articleFile), 'utf8')).to.equal(original);

    const fixed = glossa(copy, ['check', '--fix']);
    expect(fixed.stdout).to.match(/fixed +source\/ablyazov-kazakhstan-protests\.md +6 replacement/);
    const after = readFileSync(path.join(copy, articleFile), 'utf8');
    const expected = original
      .replaceAll('Alma-Ata', 'Almaty')
      .replace('Kassym-Zhomart Tokayev', 'Kassym-Jomart Tokayev')
      .replace('Bank Turan Alem', 'BTA Bank')
      .replace('Kazakh banker', 'Kazakhstani banker')
      .replace('Kazakh law enforcers', 'Kazakhstani law enforcers');
    expect(after).to.equal(expected);
    expect(glossa(copy, ['check']).stdout).to.not.match(/term\//);
  });

  it('exits 2 and writes nothing for a broken glossary or an unknown path', () => {
    const copy = sampleProject({ withTranslations: true });
    writeFileSync(path.join(copy, 'glossary/termbase.yaml'), 'concepts:\n  - id: a\n  - id: a\n');
    const before = snapshot(copy);
    const result = glossa(copy, ['check', '--fix']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/glossary\/termbase\.yaml:\d+:\d+/);
    expect(snapshot(copy)).to.deep.equal(before);
    const unknown = glossa(project, ['check', 'nowhere/else.md']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/nowhere\/else\.md holds no source article/);
  });

  it('honours an inline opt-out and still counts it', () => {
    const copy = sampleProject();
    const file = path.join(copy, articleFile);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\nEighteen security officers', '\n<!-- glossa ignore term/deprecated -- the commandant\'s office is quoted -->\n\nEighteen security officers'));
    const result = glossa(copy, ['check', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { diagnostics: { ruleId: string; suppressed?: boolean; message: string }[] };
    const almaAta = report.diagnostics.filter((d) => d.message.includes('"Alma-Ata"'));
    expect(almaAta.map((d) => d.suppressed === true)).to.deep.equal([false, true]);
  });
});
