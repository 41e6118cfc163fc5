import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import type { ArticleFile } from '../../scripts/project/articles.js';
import { defaultBytesPerThread, sizeAllowsThreads, threadsFor } from '../../scripts/parallel/run-in-parts.js';
import { glossa, sampleProject } from '../cli/helpers.js';

/** Articles of the given sizes in a scratch folder. */
function articlesOf(sizes: readonly number[]): ArticleFile[] {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-threads-'));
  return sizes.map((size, index) => {
    const absolutePath = path.join(folder, `a${index}.md`);
    writeFileSync(absolutePath, 'x'.repeat(size));
    return { name: `a${index}`, file: `source/a${index}.md`, absolutePath };
  });
}

describe('parallel: how many worker threads a run starts', () => {
  it('none for a check of a project under 1 MB of sources, whatever --jobs says', () => {
    expect(threadsFor(articlesOf([300_000, 300_000, 300_000]), { jobs: 8 }, 'check')).to.equal(1);
    expect(threadsFor(articlesOf([300_000, 300_000, 300_000]), { jobs: 8 }, 'extract')).to.equal(1);
  });

  it('one per 1 MB of sources for a check, up to --jobs and the number of articles', () => {
    const large = articlesOf([900_000, 900_000, 900_000, 900_000]);
    expect(threadsFor(large, { jobs: 2 }, 'check')).to.equal(2);
    expect(threadsFor(large, { jobs: 8 }, 'check')).to.equal(3);
    expect(threadsFor(articlesOf([defaultBytesPerThread.check * 3]), { jobs: 4 }, 'check')).to.equal(1);
  });

  it('one per 300 KB for xliff export and build, which do more per byte than a check', () => {
    const project = articlesOf([300_000, 300_000, 300_000]);
    expect(threadsFor(project, { jobs: 8 }, 'export')).to.equal(3);
    expect(threadsFor(project, { jobs: 8 }, 'build')).to.equal(3);
    expect(threadsFor(project, { jobs: 2 }, 'export')).to.equal(2);
    expect(threadsFor(articlesOf([250_000, 250_000]), { jobs: 8 }, 'export')).to.equal(1);
    expect(threadsFor(articlesOf([100_000, 150_000]), { jobs: 8 }, 'build')).to.equal(1);
    expect(threadsFor(project, { jobs: 8 }, 'check')).to.equal(1);
  });

  it('counts only the articles that need work: none on an unchanged archive, one per pending share otherwise', () => {
    const project = articlesOf([300_000, 300_000, 300_000, 300_000]);
    expect(threadsFor(project, { jobs: 2 }, 'build', () => false)).to.equal(1);
    expect(threadsFor(project, { jobs: 2, bytesPerThread: 0 }, 'build', () => false)).to.equal(1);
    expect(threadsFor(project, { jobs: 2 }, 'build', (file) => file.name === 'a0')).to.equal(1);
    expect(threadsFor(project, { jobs: 4 }, 'build', (file) => file.name !== 'a0')).to.equal(3);
    expect(threadsFor(project, { jobs: 4, bytesPerThread: 400_000 }, 'build', (file) => file.name !== 'a0')).to.equal(2);
    expect(threadsFor(project, { jobs: 2, bytesPerThread: 0 }, 'build', (file) => file.name !== 'a0')).to.equal(2);
  });

  it('stops looking once every thread has work', () => {
    const asked: string[] = [];
    const project = articlesOf([300_000, 300_000, 300_000, 300_000, 300_000]);
    expect(threadsFor(project, { jobs: 2 }, 'build', (file) => (asked.push(file.name), true))).to.equal(2);
    expect(asked).to.deep.equal(['a0', 'a1']);
  });

  it('asks which articles need work only when their size could earn a second thread', () => {
    const small = articlesOf([300_000, 300_000, 300_000]);
    expect(sizeAllowsThreads(small, { jobs: 8 }, 'check')).to.equal(false);
    expect(sizeAllowsThreads(small, { jobs: 8 }, 'extract')).to.equal(false);
    expect(sizeAllowsThreads(small, { jobs: 8 }, 'build')).to.equal(true);
    expect(sizeAllowsThreads(small, { jobs: 1 }, 'build')).to.equal(false);
    expect(sizeAllowsThreads(articlesOf([1_200_000, 900_000]), { jobs: 2 }, 'check')).to.equal(true);
    expect(sizeAllowsThreads(articlesOf([10, 10]), { jobs: 2, bytesPerThread: 0 }, 'check')).to.equal(true);
    expect(sizeAllowsThreads(articlesOf([5_000_000]), { jobs: 2, bytesPerThread: 0 }, 'check')).to.equal(false);
  });

  it('as many as --jobs with a least of 0 bytes, never more than articles', () => {
    expect(threadsFor(articlesOf([10, 10, 10]), { jobs: 2, bytesPerThread: 0 }, 'check')).to.equal(2);
    expect(threadsFor(articlesOf([10]), { jobs: 2, bytesPerThread: 0 }, 'check')).to.equal(1);
    expect(threadsFor(articlesOf([300_000, 300_000, 300_000]), { jobs: 8, bytesPerThread: 1_000_000 }, 'build')).to.equal(1);
  });

  it('GLOSSA_BYTES_PER_THREAD that is not a whole number is a usage error (exit 2)', function () {
    this.timeout(30000);
    const result = glossa(sampleProject(), ['check', '--jobs', '2'], '', { NO_COLOR: '1', GLOSSA_BYTES_PER_THREAD: 'lots' });
    expect(result.code).to.equal(2);
    expect(result.stderr).to.include('GLOSSA_BYTES_PER_THREAD must be a whole number of bytes (0 for no least), not "lots"');
  });
});
