import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, repoRoot, sampleArticle, sampleProject } from './helpers.js';

const xliffFile = `${sampleArticle}.xlf`;
const resource = `locales/ru/${sampleArticle}.json`;

/** An OmegaT 3.6 project: the prefilled XLIFF as source, the TMX in tm/auto (exact matches are inserted on load). */
function omegatProject(folder: string, xliff: string, tmx: string): void {
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(path.join(folder, sub), { recursive: true });
  cpSync(xliff, path.join(folder, 'source', xliffFile));
  cpSync(tmx, path.join(folder, 'tm/auto/ru.tmx'));
  writeFileSync(
    path.join(folder, 'omegat.project'),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en</source_lang>
    <target_lang>ru</target_lang>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`,
  );
}

/**
 * OmegaT's preferences for TMX inline codes: read them ("level 2"), and write
 * an empty one as <x0/> like the XLIFF filter does. Without them OmegaT drops
 * <ph> from TMX segments and no sentence with a placeholder matches.
 */
const omegatPrefs = `<?xml version="1.0" encoding="UTF-8" ?>
<omegat>
  <preference version="1.0">
    <ext_tmx_show_level2>true</ext_tmx_show_level2>
    <ext_tmx_use_slash>true</ext_tmx_use_slash>
  </preference>
</omegat>
`;

function requireProgram(name: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  expect(found.status, `${name} is not installed (Debian package ${debianPackage}; .ci/run installs it)`).to.equal(0);
}

describe('cli: OmegaT round trip', function () {
  this.timeout(300000);

  it('export --prefill source, OmegaT 3.6 translates headless from a Glossa TMX, import takes the result with no edits in between', () => {
    requireProgram('omegat', 'omegat');
    requireProgram('xvfb-run', 'xvfb');

    const donor = sampleProject({ withTranslations: true });
    expect(glossa(donor, ['tm', 'export', '--locale', 'ru', '--output', 'ru.tmx']).code).to.equal(0);

    const project = sampleProject();
    const exported = glossa(project, ['xliff', 'export', '--locale', 'ru', '--xliff', '1.2', '--prefill', 'source']);
    expect(exported.stdout).to.include('36 units, 0 translated');
    const xliff = path.join(project, 'dist/xliff/ru', xliffFile);
    expect(glossa(project, ['xliff', 'validate', xliff]).code).to.equal(0);

    const omegat = path.join(project, 'omegat-project');
    omegatProject(omegat, xliff, path.join(donor, 'ru.tmx'));
    const config = path.join(project, 'omegat-config');
    mkdirSync(config);
    writeFileSync(path.join(config, 'omegat.prefs'), omegatPrefs);
    const run = spawnSync('xvfb-run', ['-a', 'omegat', omegat, '--mode=console-translate', `--config-dir=${config}`], {
      encoding: 'utf8',
      timeout: 240000,
    });
    expect(run.status, `OmegaT failed:\n${run.stdout}\n${run.stderr}`).to.equal(0);
    expect(run.stdout).to.include('Translated document created');

    const returned = path.join(omegat, 'target', xliffFile);
    const imported = glossa(project, ['xliff', 'import', returned]);
    expect(imported.code, imported.stdout + imported.stderr).to.equal(0);
    // OmegaT leaves state="needs-translation" on every target; the changed ones are taken.
    expect(readFileSync(returned, 'utf8').match(/state="needs-translation"/g)).to.have.length(36);
    expect(imported.stdout).to.include('→ ru: 35 imported, 0 unchanged, 1 skipped, 0 rejected, 0 stale');

    // The one sentence not imported is the one whose translation is its source ("OREANDA-NEWS."):
    // OmegaT returns it unchanged, exactly like a sentence it did not translate.
    const expected = readFileSync(path.join(repoRoot, resource), 'utf8');
    const withoutIdentical = expected.replace(/^ {2}"uLgEvPFF1Z": "OREANDA-NEWS\.",\n/m, '');
    expect(withoutIdentical).not.to.equal(expected);
    expect(readFileSync(path.join(project, resource), 'utf8')).to.equal(withoutIdentical);
  });
});
