import { appendFileSync, chmodSync, closeSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { expect } from 'chai';
import { readSpilled, SpillList, type SpilledList } from '../../scripts/util/spill-list.js';
import { temporaryFolder } from '../../scripts/util/temporary-folder.js';

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const finding = (index: number): Finding => ({
  file: `locales/ru/article-${index % 7}.json`,
  line: index,
  // Cyrillic, a line break and a character outside the BMP: the JSON lines must keep all of them.
  message: `«Алма-Ата» → «Алматы» ${index}\nsecond line 𝔸 ${'ж'.repeat(index % 300)}`,
});

const findings = (count: number) => Array.from({ length: count }, (_, index) => finding(index));

describe('util: a list that writes what it does not keep to a file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-spill-test-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps the first items in memory and writes the rest in batches, one JSON line each', () => {
    const list = new SpillList<Finding>(folder, 10, 4);
    for (const item of findings(23)) list.push(item);
    const handed = list.handOver();
    expect(handed.kept).to.have.length(10);
    const lines = readFileSync(handed.file!, 'utf8').split('\n');
    // 13 written out in batches of 4: 4 + 4 + 4 + 1, each line ending in a newline.
    expect(lines.map((line) => (line === '' ? 0 : (JSON.parse(line) as unknown[]).length))).to.deep.equal([4, 4, 4, 1, 0]);
  });

  it('reads back every item in the order it was pushed, across blocks of the file, then removes the file', () => {
    const list = new SpillList<Finding>(folder, 100, 250);
    // Over 2 MB of mostly two-byte text: the file is read in 1 MB blocks, with characters cut between them.
    const pushed = findings(6_000);
    for (const item of pushed) list.push(item);
    const handed = list.handOver();
    expect(readFileSync(handed.file!).length).to.be.greaterThan(2 << 20);
    expect(readSpilled(handed)).to.deep.equal(pushed);
    expect(existsSync(handed.file!)).to.equal(false);
  });

  it('writes nothing for a list within what it keeps in memory', () => {
    const list = new SpillList<Finding>(folder, 100);
    for (const item of findings(100)) list.push(item);
    const handed = list.handOver();
    expect(handed.file).to.equal(undefined);
    expect(readdirSync(folder)).to.deep.equal([]);
    expect(readSpilled(handed)).to.deep.equal(findings(100));
  });

  it('crosses to another thread as plain data', () => {
    const list = new SpillList<Finding>(folder, 3, 2);
    for (const item of findings(9)) list.push(item);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(list.handOver());
    const received = receiveMessageOnPort(port2)!.message as SpilledList<Finding>;
    port1.close();
    expect(readSpilled(received)).to.deep.equal(findings(9));
  });

  it('holds the items it cannot write (a folder it may not write to) in memory, in order, and loses none', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a folder that is gone stands in for one that refuses.
      rmSync(folder, { recursive: true, force: true });
    } else {
      chmodSync(folder, 0o500);
    }
    const list = new SpillList<Finding>(folder, 5, 2);
    for (const item of findings(12)) list.push(item);
    const handed = list.handOver();
    expect(handed.file).to.equal(undefined);
    expect(handed.unwritten).to.have.length(7);
    expect(readSpilled(handed)).to.deep.equal(findings(12));
  });

  it('a write that fails after some batches keeps that batch and the rest in memory, after the batches in the file', () => {
    const list = new SpillList<Finding>(folder, 2, 3);
    const pushed = findings(20);
    for (const item of pushed.slice(0, 9)) list.push(item);
    // The file's descriptor closed behind the list's back: the next write fails as on a full disk.
    closeSync((list as unknown as { descriptor: number }).descriptor);
    for (const item of pushed.slice(9)) list.push(item);
    const handed = list.handOver();
    // 2 kept, 6 in two batches in the file, the batch that failed and all after it held.
    expect(handed.kept).to.have.length(2);
    expect(readFileSync(handed.file!, 'utf8').split('\n').filter(Boolean)).to.have.length(2);
    expect(handed.unwritten).to.have.length(12);
    expect(readSpilled(handed)).to.deep.equal(pushed);
  });

  it('reads the file only up to its last whole batch', () => {
    const list = new SpillList<Finding>(folder, 0, 4);
    for (const item of findings(8)) list.push(item);
    const handed = list.handOver();
    // Half a batch more, as a write cut short by a full disk leaves it.
    appendFileSync(handed.file!, '[{"file":"locales/ru/cut');
    expect(readSpilled(handed)).to.deep.equal(findings(8));
  });

  it('a list whose file was cut short says so instead of returning fewer items', () => {
    const list = new SpillList<Finding>(folder, 0, 5);
    for (const item of findings(10)) list.push(item);
    const handed = list.handOver();
    const text = readFileSync(handed.file!, 'utf8');
    // The second batch without its end.
    writeFileSync(handed.file!, text.slice(0, text.length - 20));
    expect(() => readSpilled(handed)).to.throw(/the last batch of the list ends early|JSON/);
  });
});

describe('util: a temporary folder', () => {
  it('is made in the system temporary folder and removed with what it holds', () => {
    const folder = temporaryFolder('glossa-temporary-test-')!;
    expect(path.dirname(folder.path)).to.equal(os.tmpdir());
    const list = new SpillList<Finding>(folder.path, 0);
    list.push(finding(1));
    list.handOver();
    expect(readdirSync(folder.path)).to.have.length(1);
    folder.remove();
    expect(existsSync(folder.path)).to.equal(false);
  });
});
