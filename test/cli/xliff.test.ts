import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, repoRoot, sampleArticle, sampleProject, snapshot, xliffWithDroppedPlaceholder } from './helpers.js';

const xliffFile = (locale: string) => `dist/xliff/${locale}/${sampleArticle}.xlf`;

/** Plays the translator: every 2.0 segment gets a target (the source, upper-cased outside tags) and state="translated". */
function translate20(xml: string): string {
  return xml.replace(/<segment id="([^"]+)" state="initial">\s*<source>([\s\S]*?)<\/source>/g, (_whole, id: string, source: string) => {
    const target = source.replace(/<mrk[^>]*>|<\/mrk>/g, '').replace(/(^|>)([^<]+)/g, (_m, lead: string, text: string) => lead + text.toUpperCase());
    return `<segment id="${id}" state="translated">\n          <source>${source}</source>\n          <target>${target}</target>`;
  });
}

/** The same for 1.2: a <target> after each <source>. */
function translate12(xml: string): string {
  return xml.replace(/<source>([\s\S]*?)<\/source>/g, (_whole, source: string) => {
    const target = source.replace(/<mrk[^>]*>|<\/mrk>/g, '').replace(/(^|>)([^<]+)/g, (_m, lead: string, text: string) => lead + text.toUpperCase());
    return `<source>${source}</source>\n          <target state="translated">${target}</target>`;
  });
}

describe('cli: xliff', function () {
  this.timeout(90000);

  for (const [version, translate] of [['2.0', translate20], ['1.2', translate12]] as const) {
    it(`round trip ${version}: export, translate every target, import, build shows the translations`, () => {
      const project = sampleProject();
      expect(glossa(project, ['xliff', 'export', '--locale', 'de', '--xliff', version]).code).to.equal(0);
      const file = path.join(project, xliffFile('de'));
      writeFileSync(file, translate(readFileSync(file, 'utf8')));
      expect(glossa(project, ['xliff', 'validate', file]).code).to.equal(0);
      const imported = glossa(project, ['xliff', 'import', file]);
      expect(imported.code, imported.stdout + imported.stderr).to.equal(0);
      expect(imported.stdout).to.match(/→ de: 36 imported, 0 unchanged, 0 skipped, 0 rejected, 0 stale/);
      const built = glossa(project, ['build', '--locale', 'de']);
      expect(built.stdout).to.match(/de +ablyazov-kazakhstan-protests +all translated/);
      const markdown = readFileSync(path.join(project, 'dist/de', `${sampleArticle}.md`), 'utf8');
      expect(markdown).to.include('PROTESTS THAT SOON BECAME RIOTS BEGAN IN KAZAKHSTAN ON 2. Januar.');
      expect(markdown).to.include('MORE THAN 3.000 RIOTERS');
    });
  }

  it('export then import without changes leaves locales byte-identical', () => {
    const project = sampleProject({ withTranslations: true });
    const before = snapshot(path.join(project, 'locales'));
    for (const version of ['2.0', '1.2']) {
      expect(glossa(project, ['xliff', 'export', '--xliff', version]).code).to.equal(0);
      const files = ['ru', 'kk', 'uk', 'de'].map((locale) => xliffFile(locale));
      const result = glossa(project, ['xliff', 'import', ...files]);
      expect(result.code, result.stdout).to.equal(0);
      expect(result.stdout.match(/0 imported, 36 unchanged/g)).to.have.length(4);
    }
    expect(snapshot(path.join(project, 'locales'))).to.deep.equal(before);
  });

  it('--dry-run reports and writes nothing', () => {
    const project = sampleProject();
    glossa(project, ['xliff', 'export', '--locale', 'ru']);
    const file = path.join(project, xliffFile('ru'));
    writeFileSync(file, translate20(readFileSync(file, 'utf8')));
    const result = glossa(project, ['xliff', 'import', '--dry-run', file]);
    expect(result.stdout).to.match(/36 imported.*dry run, nothing written/);
    expect(existsSync(path.join(project, 'locales/ru'))).to.equal(false);
  });

  it('rejects a unit whose placeholder was dropped and keeps the existing translation', () => {
    const project = sampleProject({ withTranslations: true });
    const file = xliffWithDroppedPlaceholder(project);
    const before = readFileSync(path.join(project, 'locales/ru', `${sampleArticle}.json`), 'utf8');
    const result = glossa(project, ['xliff', 'import', file]);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/1 rejected/);
    expect(result.stdout).to.match(/placeholders of unit "JAysB-A62j" do not match the source/);
    expect(readFileSync(path.join(project, 'locales/ru', `${sampleArticle}.json`), 'utf8')).to.equal(before);
  });

  for (const [name, content, message] of [
    ['malformed XML', '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru"><file id="f"><unit id="u">', /\.xlf:1:\d+:/],
    ['an external entity', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<xliff version="2.0"/>', /\.xlf:2:1: .*DOCTYPE/],
    ['billion laughs', `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>\n<lolz>&lol9;</lolz>`, /\.xlf:2:1: .*DOCTYPE/],
    ['a wrong root', '<?xml version="1.0"?>\n<tmx version="1.4"/>', /\.xlf:2:1: /],
  ] as const) {
    it(`import refuses ${name} with exit 2 and leaves locales untouched`, () => {
      const project = sampleProject({ withTranslations: true });
      const file = path.join(project, 'delivery.xlf');
      writeFileSync(file, content);
      const before = snapshot(path.join(project, 'locales'));
      const result = glossa(project, ['xliff', 'import', file]);
      expect(result.code, result.stderr).to.equal(2);
      expect(result.stderr).to.match(message);
      expect(snapshot(path.join(project, 'locales'))).to.deep.equal(before);
    });
  }

  it('validate: 0 for our export, 1 with line and column for a broken file, 2 for a missing one', () => {
    const project = sampleProject();
    glossa(project, ['xliff', 'export', '--locale', 'kk', '--xliff', '1.2']);
    const file = path.join(project, xliffFile('kk'));
    expect(glossa(project, ['xliff', 'validate', file]).code).to.equal(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('<source>OREANDA-NEWS.</source>', '<source>OREANDA-NEWS.</source><bogus/>'));
    const invalid = glossa(project, ['xliff', 'validate', file]);
    expect(invalid.code).to.equal(1);
    expect(invalid.stdout).to.match(/\d+:\d+ +error .*xliff\/schema/);
    expect(glossa(project, ['xliff', 'validate', 'missing.xlf']).code).to.equal(2);
  });

  it('validate: several files in one run; --fragment-prefixes registers extension prefixes of fragment identifiers', () => {
    const suite = path.join(repoRoot, 'test/fixtures/xliff-test-suite/core');
    const tbx = path.join(suite, 'valid/withTBXExtension.xlf');
    const plain = path.join(suite, 'valid/sample1.xlf');
    const unregistered = glossa(suite, ['xliff', 'validate', plain, tbx]);
    expect(unregistered.code, unregistered.stderr).to.equal(1);
    expect(unregistered.stdout).to.contain('valid/withTBXExtension.xlf');
    expect(unregistered.stdout).to.match(/57:42 +error +ref="#f=f1\/tbx=tbx44" is not a valid XLIFF fragment identifier: the prefix "tbx" is not registered .* xliff\/bad-fragment-id/);
    expect(unregistered.stdout).to.not.contain('sample1.xlf');
    const registered = glossa(suite, ['xliff', 'validate', '--fragment-prefixes', 'tbx,acme', plain, tbx]);
    expect(registered.code, registered.stdout + registered.stderr).to.equal(0);
  });

  it('XLIFF 1.2 export is read by Translate Toolkit with the same units, ids and sources', () => {
    const python = '/usr/bin/python3';
    const probe = spawnSync(python, ['-c', 'from translate.storage import xliff'], { encoding: 'utf8' });
    expect(probe.status, `Translate Toolkit is not installed for ${python} (Debian package translate-toolkit; .ci/run installs it): ${probe.stderr}`).to.equal(0);
    const project = sampleProject();
    glossa(project, ['extract']);
    glossa(project, ['xliff', 'export', '--locale', 'uk', '--xliff', '1.2']);
    const script = [
      'import json, sys',
      'from translate.storage import xliff',
      'store = xliff.xlifffile.parsefile(sys.argv[1])',
      'units = [u for u in store.units if u.istranslatable()]',
      'print(json.dumps([[u.getid().split("\\x04")[-1], str(u.rich_source[0]) if u.rich_source else u.source, u.source] for u in units]))',
    ].join('\n');
    const read = spawnSync(python, ['-c', script, path.join(project, xliffFile('uk'))], { encoding: 'utf8' });
    expect(read.status, read.stderr).to.equal(0);
    const units = JSON.parse(read.stdout) as [string, string, string][];
    const source = JSON.parse(readFileSync(path.join(project, 'locales/en', `${sampleArticle}.json`), 'utf8')) as Record<string, string>;
    expect(units.map(([id]) => id)).to.deep.equal(Object.keys(source));
    for (const [id, , plain] of units) {
      // Translate Toolkit's plain source drops inline codes: compare with our message minus its placeholders.
      expect(plain, id).to.equal(source[id]!.replace(/\{[mnd]\d+\}/g, '').replace(/''/g, "'"));
    }
  });
});
