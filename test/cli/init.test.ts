import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, snapshot } from './helpers.js';

const emptyFolder = () => mkdtempSync(path.join(os.tmpdir(), 'glossa-init-'));

describe('glossa init', function () {
  this.timeout(120_000);
  it('sets up a project whose first run passes, with the files it lists', () => {
    const folder = emptyFolder();
    const result = glossa(folder, ['init', '--ci', 'github']);
    expect(result.code, result.stderr).to.equal(0);
    for (const file of ['glossa.config.json', 'source/example.md', 'glossary/termbase.yaml', 'glossary/rates.yaml', '.github/workflows/glossa.yml']) {
      expect(result.stdout).to.contain(`created  ${file}`);
      expect(existsSync(path.join(folder, file)), file).to.equal(true);
    }
    const config = JSON.parse(readFileSync(path.join(folder, 'glossa.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config['$comment']).to.be.an('array').that.is.not.empty;
    const workflow = readFileSync(path.join(folder, '.github/workflows/glossa.yml'), 'utf8');
    expect(workflow).to.contain('glossa check --format sarif').and.contain('github/codeql-action/upload-sarif');

    const run = glossa(folder, ['run', '--jobs', '1']);
    expect(run.code, run.stdout + run.stderr).to.equal(0);
    expect(existsSync(path.join(folder, 'dist/de/example.html'))).to.equal(true);
    expect(existsSync(path.join(folder, 'dist/xliff/de/example.xlf'))).to.equal(true);
  });

  it('never overwrites a file: it lists what it skipped and leaves it byte for byte', () => {
    const folder = emptyFolder();
    mkdirSync(path.join(folder, 'glossary'));
    writeFileSync(path.join(folder, 'glossary/termbase.yaml'), 'concepts: []\n# ours\n');
    writeFileSync(path.join(folder, '.glossarc.json'), '{ "targetLocales": ["uk"] }\n');
    const before = snapshot(folder);
    const result = glossa(folder, ['init', '--ci', 'gitlab']);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/skipped {2}glossary\/termbase\.yaml/);
    expect(result.stdout).to.match(/skipped {2}\.glossarc\.json/);
    expect(result.stdout).to.contain('created  .gitlab-ci.yml');
    expect(existsSync(path.join(folder, 'glossa.config.json'))).to.equal(false);
    const after = snapshot(folder);
    for (const [file, bytes] of before) expect(after.get(file), file).to.equal(bytes);

    const again = glossa(folder, ['init', '--ci', 'gitlab']);
    expect(again.stdout).to.not.contain('created');
    expect(snapshot(folder)).to.deep.equal(after);
  });

  it('with --package-json adds the "glossa" key to the existing package.json and keeps its other keys', () => {
    const folder = emptyFolder();
    writeFileSync(path.join(folder, 'package.json'), '{\n    "name": "newsroom",\n    "scripts": { "test": "true" }\n}\n');
    const result = glossa(folder, ['init', '--package-json']);
    expect(result.code, result.stderr).to.equal(0);
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(manifest['name']).to.equal('newsroom');
    expect(manifest['scripts']).to.deep.equal({ test: 'true' });
    expect(manifest['glossa']!['targetLocales']).to.deep.equal(['de']);
    expect(existsSync(path.join(folder, 'glossa.config.json'))).to.equal(false);
    const second = glossa(folder, ['init', '--package-json']);
    expect(second.stdout).to.match(/skipped {2}package\.json/);
  });
});
