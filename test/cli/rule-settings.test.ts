import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { fixturePath } from '../glossary/helpers.js';
import { glossa, sampleArticle, sampleProject, tmxWithDroppedPlaceholder, xliffWithDroppedPlaceholder } from './helpers.js';

/** Sets the `rules` key of the throwaway project's configuration (the `glossa` key of its package.json). */
function setRules(project: string, rules: Record<string, string>): void {
  const file = path.join(project, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { glossa: Record<string, unknown> };
  manifest.glossa['rules'] = rules;
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

const xliffFile = (locale: string) => `dist/xliff/${locale}/${sampleArticle}.xlf`;
const resource = (project: string, locale: string) => JSON.parse(readFileSync(path.join(project, 'locales', locale, `${sampleArticle}.json`), 'utf8')) as Record<string, string>;

describe('cli: `rules` severities for every registered rule', function () {
  this.timeout(120000);

  it('the configuration accepts XLIFF, import, TMX and termbase rule ids and refuses an unknown id with the nearest one', () => {
    const project = sampleProject();
    setRules(project, { 'xliff/schema': 'warning', 'xliff/import-stale': 'off', 'tm/inline-code': 'info', 'glossary/skipped-term': 'error' });
    expect(glossa(project, ['stats']).code).to.equal(0);
    setRules(project, { 'xliff/import-placeholder': 'off' });
    const typo = glossa(project, ['stats']);
    expect(typo.code).to.equal(2);
    expect(typo.stderr).to.equal(`glossa: ${path.join(project, 'package.json')}: glossa.rules.xliff/import-placeholder names no rule; did you mean "xliff/import-placeholders"?\n`);
  });

  it('xliff validate: a schema error set to "warning" is reported as a warning and exits 0', () => {
    const project = sampleProject();
    glossa(project, ['xliff', 'export', '--locale', 'kk', '--xliff', '1.2']);
    const file = path.join(project, xliffFile('kk'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('<source>OREANDA-NEWS.</source>', '<source>OREANDA-NEWS.</source><bogus/>'));
    expect(glossa(project, ['xliff', 'validate', file]).code).to.equal(1);
    setRules(project, { 'xliff/schema': 'warning' });
    const downgraded = glossa(project, ['xliff', 'validate', file]);
    expect(downgraded.code, downgraded.stderr).to.equal(0);
    expect(downgraded.stdout).to.match(/\d+:\d+ +warning .*xliff\/schema/);
    expect(downgraded.stdout).not.to.match(/ error /);
  });

  it('xliff import: a dropped placeholder is refused by default; its rules set to "off" import the unit without a finding, "warning" with one', () => {
    for (const setting of ['error', 'off', 'warning'] as const) {
      const project = sampleProject({ withTranslations: true });
      // The validator (xliff/code-mismatch) and the import (xliff/import-placeholders) both find a lost placeholder.
      setRules(project, { 'xliff/code-mismatch': setting, 'xliff/import-placeholders': setting });
      const file = xliffWithDroppedPlaceholder(project);
      const before = resource(project, 'ru')['JAysB-A62j'];
      const result = glossa(project, ['xliff', 'import', file]);
      if (setting === 'error') {
        expect(result.code).to.equal(1);
        expect(result.stdout).to.match(/1 rejected.*\n[^]*error +placeholders of unit "JAysB-A62j" do not match the source: \{d1\} is missing +xliff\/import-placeholders/);
        expect(resource(project, 'ru')['JAysB-A62j']).to.equal(before);
        continue;
      }
      expect(result.code, result.stdout).to.equal(0);
      expect(result.stdout, result.stdout).to.include('1 imported, 35 unchanged, 0 skipped, 0 rejected');
      expect(resource(project, 'ru')['JAysB-A62j']).to.match(/^Об этом седьмого января/);
      expect(result.stdout).not.to.include('xliff/code-mismatch');
      if (setting === 'off') expect(result.stdout).not.to.include('xliff/import-placeholders');
      else expect(result.stdout).to.match(/warning +placeholders of unit "JAysB-A62j" do not match the source.*xliff\/import-placeholders/);
    }
  });

  it('tm import: a refused exact match set to "warning" is still not applied, and exits 0', () => {
    const { file } = tmxWithDroppedPlaceholder();
    const project = sampleProject();
    setRules(project, { 'tm/exact-match': 'warning' });
    const result = glossa(project, ['tm', 'import', file, '--apply-exact']);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/warning +the de translation has placeholders \{\} where segment JAysB-A62j has \{d1\}; not applied +tm\/exact-match/);
    expect(resource(project, 'de')['JAysB-A62j']).to.equal(undefined);
  });

  it('glossary import: a skipped term set to "error" refuses the file (exit 2); "off" skips it without a warning', () => {
    const project = sampleProject();
    const input = fixturePath('tbx-basic/ministries-v3-dct.tbx');
    setRules(project, { 'glossary/skipped-term': 'error' });
    const refused = glossa(project, ['glossary', 'import', input, '--out', 'm.yaml']);
    expect(refused.code).to.equal(2);
    expect(refused.stderr).to.equal(
      `glossa: ${input}:2032:9: concept 'c1034': term 'Ministry' skipped: the <langSec> has no xml:lang, so nothing says which language it is in; nothing written (the configuration's rules set glossary/skipped-term to "error"; fix the entries, or set the rule to "warning" to skip them)\n`,
    );
    expect(existsSync(path.join(project, 'm.yaml'))).to.equal(false);
    setRules(project, { 'glossary/skipped-term': 'off' });
    const quiet = glossa(project, ['glossary', 'import', input, '--out', 'm.yaml']);
    expect(quiet.code).to.equal(0);
    expect(quiet.stderr).to.equal('');
    expect(quiet.stdout).to.equal(`glossary ${input} → m.yaml: 120 concepts\n`);
  });
});
