import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject, snapshot } from './helpers.js';

/** Each case breaks one input of a fresh sample project; every command must exit 2, name the place and leave locales/ alone. */
const cases: { name: string; breakIt: (project: string) => void; stderr: RegExp }[] = [
  {
    name: 'missing front matter',
    breakIt: (project) => writeFileSync(path.join(project, 'source/extra.md'), 'Just a paragraph.\n'),
    stderr: /source\/extra\.md:1:1: no front matter/,
  },
  {
    name: 'malformed front matter',
    breakIt: (project) => writeFileSync(path.join(project, 'source/extra.md'), '---\ntitle: [unclosed\ndate: 2022-01-07\n---\nText.\n'),
    stderr: /source\/extra\.md:\d+:\d+: malformed front matter/,
  },
  {
    name: 'an unknown language code in an article',
    breakIt: (project) => writeFileSync(path.join(project, 'source/extra.md'), '---\ntitle: T\ndate: 2022-01-07\npublisher: P\nlang: xx\n---\n\nText.\n'),
    stderr: /source\/extra\.md:5:7: unknown language code "xx"/,
  },
  {
    name: 'an empty article',
    breakIt: (project) => writeFileSync(path.join(project, 'source/extra.md'), '---\ntitle: T\ndate: 2022-01-07\npublisher: P\nlang: en\n---\n\n'),
    stderr: /source\/extra\.md:7:1: the article has no text/,
  },
  {
    name: 'an article that is not UTF-8',
    breakIt: (project) => writeFileSync(path.join(project, 'source/extra.md'), Buffer.concat([Buffer.from('---\ntitle: T\ndate: 2022-01-07\npublisher: P\nlang: en\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')])),
    stderr: /source\/extra\.md:8:4: not valid UTF-8/,
  },
  {
    name: 'an unknown locale code in the configuration',
    breakIt: (project) => editConfig(project, (config) => ({ ...config, targetLocales: ['ru', 'kz'] })),
    stderr: /package\.json: glossa\.targetLocales has an unknown locale code "kz"/,
  },
  {
    name: 'a malformed configuration',
    breakIt: (project) => writeFileSync(path.join(project, 'package.json'), '{ "glossa": { "targetLocales": ["ru"] '),
    stderr: /package\.json: not valid JSON/,
  },
  {
    name: 'an unknown setting',
    breakIt: (project) => editConfig(project, (config) => ({ ...config, targetLocale: 'de' })),
    stderr: /glossa\.targetLocale is not a known setting/,
  },
  {
    name: 'a malformed glossary',
    breakIt: (project) => writeFileSync(path.join(project, 'glossary/termbase.yaml'), 'concepts:\n  - id: almaty\n    terms: [\n'),
    stderr: /glossary\/termbase\.yaml:\d+:\d+/,
  },
  {
    name: 'a rate row with a negative rate',
    breakIt: (project) => {
      const file = path.join(project, 'glossary/rates.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^    rate: 16\.9000$/m, '    rate: -16.9'));
    },
    stderr: /glossary\/rates\.yaml:47:11: rate must be greater than zero/,
  },
  {
    name: 'a malformed translation resource',
    breakIt: (project) => {
      mkdirSync(path.join(project, 'locales/ru'), { recursive: true });
      writeFileSync(path.join(project, 'locales/ru', `${sampleArticle}.json`), '{\n  "a": "1",\n  "a": "2"\n}\n');
    },
    stderr: new RegExp(`locales/ru/${sampleArticle}\\.json:3:3: .*appears twice`),
  },
];

function editConfig(project: string, edit: (config: Record<string, unknown>) => Record<string, unknown>): void {
  const file = path.join(project, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { glossa: Record<string, unknown> };
  writeFileSync(file, JSON.stringify({ ...manifest, glossa: edit(manifest.glossa) }));
}

describe('cli: bad input', function () {
  this.timeout(60000);
  for (const testCase of cases) {
    it(`${testCase.name}: exit 2, the place named, locales untouched`, () => {
      const project = sampleProject({ withTranslations: true });
      testCase.breakIt(project);
      const before = snapshot(path.join(project, 'locales'));
      const result = glossa(project, ['run']);
      expect(result.code, result.stdout + result.stderr).to.equal(2);
      expect(result.stderr).to.match(testCase.stderr);
      expect(result.stderr).to.not.match(/internal error|\n\s+at /);
      expect(snapshot(path.join(project, 'locales'))).to.deep.equal(before);
    });
  }

  it('an unknown command or option: exit 2 with a hint', () => {
    const project = sampleProject();
    for (const args of [['translate'], ['build', '--locales', 'de']]) {
      const result = glossa(project, args);
      expect(result.code).to.equal(2);
      expect(result.stderr).to.match(/glossa --help/);
    }
  });

  it('in a German terminal, the help and the usage errors stay in the English of the rest of the CLI', () => {
    const project = sampleProject();
    const german = { NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
    const help = glossa(project, ['--help'], undefined, german);
    expect(help.code).to.equal(0);
    expect(help.stdout).to.match(/^Commands:$/m).and.match(/^Options:$/m).and.not.match(/Kommandos|Optionen/);
    const unknown = glossa(project, ['check', '--frobnicate'], undefined, german);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/^glossa: unknown option --frobnicate/m).and.not.match(/Unbekannte/);
  });
});

describe('cli: rates on the article date', function () {
  this.timeout(60000);

  it('a missing rate names the pair and the date (exit 2); allowEarlierRates uses the nearest earlier one with a warning', () => {
    const project = sampleProject({ withTranslations: true });
    const article = path.join(project, 'source', `${sampleArticle}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace('date: 2022-01-07', 'date: 2022-01-12'));
    const before = snapshot(path.join(project, 'locales'));
    // Russian readers get the rubles the article states; the German copy converts tenge to euros through the ruble.
    const failed = glossa(project, ['build', '--locale', 'de']);
    expect(failed.code).to.equal(2);
    expect(failed.stderr).to.match(/KZT\/EUR in force on 2022-01-12/);
    expect(failed.stderr).to.include('the de edition of source/ablyazov-kazakhstan-protests.md needs it');
    expect(snapshot(path.join(project, 'locales'))).to.deep.equal(before);

    editConfig(project, (config) => ({ ...config, allowEarlierRates: true }));
    const allowed = glossa(project, ['build', '--locale', 'de']);
    expect(allowed.code, allowed.stderr).to.equal(0);
    expect(allowed.stderr).to.match(/glossa: warning: ablyazov-kazakhstan-protests \(de\): .*2022-01-12/);
  });
});
