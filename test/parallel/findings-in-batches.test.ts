import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { expect } from 'chai';
import type { PlacedReport } from '../../scripts/check/engine.js';
import { check } from '../../scripts/commands/check.js';
import { loadConfig } from '../../scripts/config.js';
import { checkArticles, type CheckPartResult } from '../../scripts/pipeline/check-articles.js';
import { Project } from '../../scripts/project/context.js';
import { readSpilled } from '../../scripts/util/spill-list.js';
import { glossa, sampleArticle, sampleProject, threadsEverywhere } from '../cli/helpers.js';

/** The sample with its translations plus three variants (Alma-Ata and a sentence of their own): findings in every article. */
function archive(): string {
  const project = sampleProject({ withTranslations: true });
  const text = readFileSync(path.join(project, 'source', `${sampleArticle}.md`), 'utf8');
  for (let i = 1; i <= 3; i++) {
    writeFileSync(path.join(project, 'source', `variant-${i}.md`), text.replace('Shots were reported', `Shots (${i}) were reported in Alma-Ata`));
  }
  return project;
}

const opened = async (root: string) => new Project(await loadConfig(root));
const input = { xliffFiles: [], reportOnTranslations: true };
/** Findings as the JSON report has them: a copy through JSON leaves out properties whose value is undefined. */
const asJson = (placed: readonly PlacedReport[]) => JSON.parse(JSON.stringify(placed)) as unknown;

describe('check: findings past the first thousands wait on disk, not in a thread', function () {
  this.timeout(120000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-findings-test-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('in one thread: the findings written out, then those returned, are in order those of a share that holds them all', async () => {
    const whole = await checkArticles(await opened(archive()), input);
    const share = await checkArticles(await opened(archive()), { ...input, findingsFolder: folder, findingsInMemory: 3 });
    expect(share.earlier?.kept).to.have.length(3);
    expect(share.earlier?.file).to.be.a('string');
    expect(readdirSync(folder)).to.have.length(1);
    const placed = [...readSpilled(share.earlier!), ...share.findings.placed];
    expect(whole.findings.placed.length).to.be.greaterThan(20);
    expect(asJson(placed)).to.deep.equal(asJson(whole.findings.placed));
    expect(share.findings.gathered).to.deep.equal(whole.findings.gathered);
    expect(share.checkedFiles).to.deep.equal(whole.checkedFiles);
    // Read back, the file is gone.
    expect(readdirSync(folder)).to.deep.equal([]);
  });

  it('in two shares: this thread works the first and a worker thread the second, each hands over its own file, and the worker has ended when its result is taken', async () => {
    // Imported as the check command imports it: the module finds its worker through import.meta.
    const { runInParts } = await import('../../scripts/parallel/run-in-parts.js');
    const project = await opened(archive());
    const parts = await runInParts<CheckPartResult>(project, 'check', { ...input, findingsFolder: folder, findingsInMemory: 1 }, { jobs: 2, bytesPerThread: 0 });
    expect(parts).to.have.length(2);
    // A running worker thread shows as its message port.
    expect(process.getActiveResourcesInfo()).not.to.include('MessagePort');
    const files = parts.map((part) => part.earlier?.file);
    expect(files.every((file) => file !== undefined && existsSync(file))).to.equal(true);
    expect(new Set(files).size).to.equal(2);
    // A thread names the files it writes findings to after itself.
    const writtenBy = (file: string) => path.basename(file).split('-')[1];
    expect(writtenBy(files[0]!)).to.equal(String(threadId));
    expect(writtenBy(files[1]!)).not.to.equal(String(threadId));
    const single = await checkArticles(await opened(archive()), input);
    const count = parts.reduce((sum, part) => sum + readSpilled(part.earlier!).length + part.findings.placed.length, 0);
    expect(count).to.equal(single.findings.placed.length);
  });

  it('the check command with two threads, writing out all but one finding each, reports what one thread reports', async () => {
    const one = await check(await opened(archive()), { paths: [], jobs: 1 });
    const two = await check(await opened(archive()), { paths: [], jobs: 2, bytesPerThread: 0, findingsInMemory: 1 });
    expect(one.diagnostics.length).to.be.greaterThan(20);
    expect(JSON.parse(JSON.stringify(two.diagnostics))).to.deep.equal(JSON.parse(JSON.stringify(one.diagnostics)));
    expect(two.checkedFiles).to.deep.equal(one.checkedFiles);
  });

  it('without a usable temporary folder, holds the findings in memory and reports the same', async () => {
    const one = await check(await opened(archive()), { paths: [], jobs: 1 });
    const project = await opened(archive());
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = path.join(folder, 'no-such-folder');
    try {
      const two = await check(project, { paths: [], jobs: 2, bytesPerThread: 0, findingsInMemory: 1 });
      expect(two.diagnostics).to.deep.equal(one.diagnostics);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });

  it('leaves no temporary folder behind, and a run with threads prints what one thread prints', () => {
    const before = new Set(readdirSync(os.tmpdir()).filter((entry) => entry.startsWith('glossa-findings-')));
    const project = archive();
    const single = glossa(project, ['check', '--jobs', '1', '--format', 'json']);
    const threads = glossa(archive(), ['check', '--jobs', '2', '--format', 'json'], '', threadsEverywhere);
    expect(single.code, single.stderr).to.equal(0);
    expect(threads.stdout).to.equal(single.stdout);
    const after = readdirSync(os.tmpdir()).filter((entry) => entry.startsWith('glossa-findings-') && !before.has(entry));
    expect(after).to.deep.equal([]);
  });
});
