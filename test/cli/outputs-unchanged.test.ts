import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, threadsEverywhere, repoRoot } from './helpers.js';

/**
 * A slice of the benchmark's generated corpus (8 articles, their ru/kk/uk/de
 * translations with a few planted mistakes, the 100-concept termbase) and the
 * check report, rendered files and XLIFF that Glossa wrote for it before the
 * check, the termbase loading and the article reading were restructured for
 * speed. However the work is split or cached, the bytes must stay the same.
 */
const fixture = path.join(repoRoot, 'test', 'fixtures', 'perf-corpus');
const expectedCheck = readFileSync(path.join(fixture, 'expected', 'check.json'), 'utf8');
const expectedDigests = readFileSync(path.join(fixture, 'expected', 'outputs.sha256'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/) as [string, string]);

function copyOfCorpus(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-corpus-'));
  cpSync(fixture, folder, { recursive: true, filter: (file) => !file.includes(`${path.sep}expected`) });
  return folder;
}

function digestsOf(folder: string): [string, string][] {
  return expectedDigests.map(([, file]) => [createHash('sha256').update(readFileSync(path.join(folder, file))).digest('hex'), file]);
}

describe('outputs on a generated corpus stay byte-identical', function () {
  this.timeout(300000);

  for (const jobs of ['1', '2']) {
    it(`check --format json, --jobs ${jobs}, cold and again with the cache`, () => {
      const project = copyOfCorpus();
      const cold = glossa(project, ['check', '--format', 'json', '--jobs', jobs], '', threadsEverywhere);
      expect(cold.code, cold.stderr).to.equal(1);
      expect(cold.stdout).to.equal(expectedCheck);
      const warm = glossa(project, ['check', '--format', 'json', '--jobs', jobs], '', threadsEverywhere);
      expect(warm.stdout).to.equal(expectedCheck);
      rmSync(project, { recursive: true, force: true });
    });

    it(`build and xliff export write the same bytes, --jobs ${jobs}`, () => {
      const project = copyOfCorpus();
      for (const args of [['build'], ['xliff', 'export']]) {
        const run = glossa(project, [...args, '--jobs', jobs], '', threadsEverywhere);
        expect(run.code, run.stderr).to.equal(0);
      }
      expect(digestsOf(project)).to.deep.equal(expectedDigests);
      rmSync(project, { recursive: true, force: true });
    });
  }

  it('the report has findings of every kind the planted mistakes make', () => {
    const report = JSON.parse(expectedCheck) as { diagnostics: { ruleId: string }[] };
    const rules = new Set(report.diagnostics.map((diagnostic) => diagnostic.ruleId));
    for (const rule of ['term/deprecated', 'term/context', 'placeholder/mismatch', 'segment/stale', 'segment/untranslated', 'text/mixed-script', 'money/stated-conversion', 'term/inconsistent']) {
      expect(rules, rule).to.include(rule);
    }
  });
});
