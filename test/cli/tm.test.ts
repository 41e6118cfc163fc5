import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, repoRoot, sampleArticle, sampleProject, tmxWithDroppedPlaceholder } from './helpers.js';

const resource = (locale: string) => `locales/${locale}/${sampleArticle}.json`;
const shots = 'Shots were reported between the military and protesters.';
const shotsEdited = 'Shots were reported between soldiers and protesters.';

/** The sample project with every translation, one sentence edited so that its old message and translation are in the history. */
function projectWithHistory(): string {
  const project = sampleProject({ withTranslations: true });
  glossa(project, ['extract']);
  const article = path.join(project, 'source', `${sampleArticle}.md`);
  writeFileSync(article, readFileSync(article, 'utf8').replace(shots, shotsEdited));
  expect(glossa(project, ['extract']).stdout).to.include('1 retired to history');
  return project;
}

describe('cli: tm', function () {
  this.timeout(120000);

  it('export writes current and retired translations as TMX 1.4b, one <tu> per sentence and locale', () => {
    const project = projectWithHistory();
    const result = glossa(project, ['tm', 'export', '--locale', 'ru', '--output', 'ru.tmx']);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.equal('tm       ru.tmx  ru 35 current + 1 retired\n');
    const tmx = readFileSync(path.join(project, 'ru.tmx'), 'utf8');
    expect(tmx.match(/<tu /g)).to.have.length(36);
    const retired = tmx.slice(tmx.indexOf('<prop type="x-glossa-status">retired</prop>'));
    expect(retired).to.match(new RegExp(`^<prop type="x-glossa-status">retired</prop>\\s*<tuv xml:lang="en">\\s*<seg>${shots}</seg>`));
    expect(tmx).not.to.include(shotsEdited);
    const all = glossa(project, ['tm', 'export']);
    expect(all.stdout).to.equal('tm       dist/tm/memory.tmx  ru 35 current + 1 retired, kk 35 current + 1 retired, uk 35 current + 1 retired, de 35 current + 1 retired\n');
    expect(glossa(project, ['tm', 'export']).stdout).to.match(/\(unchanged\)\n$/);
  });

  it('round trip: a project without translations imports the TMX with --apply-exact and gets the same files byte for byte', () => {
    const donor = sampleProject({ withTranslations: true });
    expect(glossa(donor, ['tm', 'export', '--output', 'all.tmx']).code).to.equal(0);
    const project = sampleProject();
    const result = glossa(project, ['tm', 'import', path.join(donor, 'all.tmx'), '--apply-exact']);
    expect(result.code, result.stdout + result.stderr).to.equal(0);
    expect(result.stdout).to.include(' → ru: 36 pairs, 36 new in the memory, 36 filled from exact matches\n');
    for (const locale of ['ru', 'kk', 'uk', 'de']) {
      expect(readFileSync(path.join(project, resource(locale)), 'utf8'), locale).to.equal(readFileSync(path.join(repoRoot, resource(locale)), 'utf8'));
    }
    const again = glossa(project, ['tm', 'import', path.join(donor, 'all.tmx'), '--apply-exact']);
    expect(again.stdout).to.include(' → de: 36 pairs, 0 new in the memory, 0 filled from exact matches\n');
  });

  it('import feeds fuzzy suggestions: an edited sentence gets the TMX translation of the old one as alt-trans, and stats counts it fuzzy', () => {
    const donor = sampleProject({ withTranslations: true });
    glossa(donor, ['tm', 'export', '--locale', 'ru', '--output', 'ru.tmx']);
    const project = sampleProject();
    const article = path.join(project, 'source', `${sampleArticle}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace(shots, shotsEdited));
    const before = JSON.parse(glossa(project, ['stats', '--locale', 'ru', '--format', 'json']).stdout) as { total: { fuzzy: number } };
    expect(before.total.fuzzy).to.equal(0);

    const imported = glossa(project, ['tm', 'import', path.join(donor, 'ru.tmx')]);
    expect(imported.code, imported.stderr).to.equal(0);
    expect(imported.stdout).to.equal(`tm       ${path.relative(project, path.join(donor, 'ru.tmx'))} → ru: 36 pairs, 36 new in the memory\n`);
    const after = JSON.parse(glossa(project, ['stats', '--locale', 'ru', '--format', 'json']).stdout) as { total: { fuzzy: number; translated: number } };
    expect([after.total.translated, after.total.fuzzy]).to.deep.equal([0, 36]);

    glossa(project, ['xliff', 'export', '--locale', 'ru', '--xliff', '1.2']);
    const xliff = readFileSync(path.join(project, 'dist/xliff/ru', `${sampleArticle}.xlf`), 'utf8');
    const source = JSON.parse(readFileSync(path.join(repoRoot, resource('en')), 'utf8')) as Record<string, string>;
    const russian = JSON.parse(readFileSync(path.join(repoRoot, resource('ru')), 'utf8')) as Record<string, string>;
    const shotsRussian = russian[Object.keys(source).find((id) => source[id] === shots)!];
    const unit = xliff.slice(xliff.indexOf(`<source>${shotsEdited}</source>`));
    expect(unit).to.match(new RegExp(`^<source>${shotsEdited}</source>\\s*<alt-trans match-quality="(\\d+)%">\\s*<source>${shots}</source>\\s*<target>${shotsRussian}</target>`));
    expect(Number(/match-quality="(\d+)%"/.exec(unit)![1])).to.be.within(70, 99);
  });

  it('--apply-exact refuses a match whose placeholders differ, at its <tu>, and fills nothing for it', () => {
    const { file, line } = tmxWithDroppedPlaceholder();
    const project = sampleProject();
    const result = glossa(project, ['tm', 'import', file, '--apply-exact']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.include('35 filled from exact matches');
    expect(result.stdout).to.match(new RegExp(`${line}:5 +error +the de translation has placeholders \\{\\} where segment JAysB-A62j has \\{d1\\}; not applied +tm/exact-match`));
    const german = JSON.parse(readFileSync(path.join(project, resource('de')), 'utf8')) as Record<string, string>;
    expect(german['JAysB-A62j']).to.equal(undefined);
    expect(Object.keys(german)).to.have.length(35);
  });

  it('refuses a TMX with an internal DTD subset, or in another source language, with exit 2, writing nothing', () => {
    const project = sampleProject();
    const file = path.join(project, 'evil.tmx');
    writeFileSync(file, '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n  <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<tmx version="1.4"><header srclang="en"/><body/></tmx>\n');
    const result = glossa(project, ['tm', 'import', file]);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/^glossa: evil\.tmx:4:\d+: a DOCTYPE with an internal subset can declare entities/);
    rmSync(file);
    writeFileSync(file, '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="de-DE"/><body/></tmx>\n');
    const german = glossa(project, ['tm', 'import', file]);
    expect(german.code).to.equal(2);
    expect(german.stderr).to.equal('glossa: evil.tmx: the memory\'s source language (srclang) is "de-DE", not the project\'s source locale "en"\n');
    expect(existsSync(path.join(project, 'locales/.tm'))).to.equal(false);
  });

  it('Translate Toolkit reads our TMX with the same units, languages, sources and targets', () => {
    const python = '/usr/bin/python3';
    const probe = spawnSync(python, ['-c', 'from translate.storage import tmx'], { encoding: 'utf8' });
    expect(probe.status, `Translate Toolkit is not installed for ${python} (Debian package translate-toolkit; .ci/run installs it): ${probe.stderr}`).to.equal(0);
    const project = sampleProject({ withTranslations: true });
    expect(glossa(project, ['tm', 'export', '--locale', 'ru', 'de', '--output', 'memory.tmx']).code).to.equal(0);
    const script = [
      'import json, sys',
      'from translate.storage import tmx',
      'store = tmx.tmxfile.parsefile(sys.argv[1])',
      'rows = []',
      'for unit in store.units:',
      '    tuvs = unit.xmlelement.findall("tuv")',
      '    lang = [t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in tuvs]',
      '    rows.append([unit.getid(), lang, unit.source, unit.target])',
      'print(json.dumps({"srclang": store.sourcelanguage, "units": rows}))',
    ].join('\n');
    const read = spawnSync(python, ['-c', script, path.join(project, 'memory.tmx')], { encoding: 'utf8' });
    expect(read.status, read.stderr).to.equal(0);
    const peer = JSON.parse(read.stdout) as { srclang: string; units: Array<[string, string[], string, string]> };
    expect(peer.srclang).to.equal('en');
    const source = JSON.parse(readFileSync(path.join(repoRoot, resource('en')), 'utf8')) as Record<string, string>;
    // Translate Toolkit's plain text keeps a <ph>'s native code: our XLIFF 1.2 placeholder.
    const plain = (message: string) => message.replace(/\{([mnd]\d+)\}/g, '<x id="$1"/>').replace(/''/g, "'");
    const expected = ['ru', 'de'].flatMap((locale) => {
      const translations = JSON.parse(readFileSync(path.join(repoRoot, resource(locale)), 'utf8')) as Record<string, string>;
      return Object.keys(source).map((id) => [id, ['en', locale], plain(source[id]!), plain(translations[id]!)]);
    });
    expect(peer.units).to.deep.equal(expected);
  });
});
