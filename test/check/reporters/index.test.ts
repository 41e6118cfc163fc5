import { expect } from 'chai';
import { isReporterName, loadReporter, reporterNames } from '../../../scripts/check/reporters/index.js';
import { reporters } from './fixtures/loaded-reporters.js';
import { sampleRun } from './fixtures/sample-run.js';

describe('reporters', () => {
  it('offers stylish, json, junit, sarif and github, each loaded on demand', async () => {
    expect([...reporterNames].sort()).to.deep.equal(['github', 'json', 'junit', 'sarif', 'stylish']);
    for (const name of reporterNames) expect(await loadReporter(name), name).to.be.a('function');
  });

  it('recognises reporter names and nothing else', () => {
    for (const name of reporterNames) expect(isReporterName(name), name).to.equal(true);
    for (const name of ['Stylish', 'checkstyle', 'sarif ', '', 'toString', '__proto__']) expect(isReporterName(name), name).to.equal(false);
  });

  it('end every report with a line break', () => {
    for (const name of reporterNames) {
      expect(reporters[name](sampleRun(), { color: false }).endsWith('\n'), name).to.equal(true);
    }
  });

  it('colour nothing but stylish', () => {
    for (const name of reporterNames.filter((name) => name !== 'stylish')) {
      expect(reporters[name](sampleRun(), { color: true }), name).to.equal(reporters[name](sampleRun(), { color: false }));
    }
  });
});
