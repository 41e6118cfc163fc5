import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { pathsState, settleMilliseconds } from '../../scripts/util/path-state.js';
import { quickHash } from '../../scripts/util/quick-hash.js';

describe('pathsState: the state of watched files and folders', () => {
  let root: string;
  const later = () => Date.now() + 60_000;
  const state = (paths: string[], skip: string[] = [], withoutDotNames: string[] = []) => pathsState({ paths, withoutDotNames, skip }, later()).digest;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'glossa-state-'));
    mkdirSync(path.join(root, 'source', 'deep'), { recursive: true });
    mkdirSync(path.join(root, 'out', '.cache'), { recursive: true });
    writeFileSync(path.join(root, 'source', 'a.md'), 'Almaty\n');
    writeFileSync(path.join(root, 'source', 'deep', 'b.md'), 'Astana\n');
    writeFileSync(path.join(root, 'out', '.cache', 'entry.json'), '{}');
    writeFileSync(path.join(root, 'glossa.config.json'), '{}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the same for the same files, whatever the order or repetition of the paths', () => {
    const paths = [path.join(root, 'source'), path.join(root, 'glossa.config.json')];
    expect(state(paths)).to.equal(state([...paths].reverse()));
    expect(state([...paths, paths[0]!])).to.equal(state(paths));
  });

  it('changes when a file deep in a folder is added, removed or renamed', () => {
    const paths = [path.join(root, 'source')];
    const before = state(paths);
    writeFileSync(path.join(root, 'source', 'deep', 'c.md'), '');
    const added = state(paths);
    expect(added).to.not.equal(before);
    rmSync(path.join(root, 'source', 'deep', 'c.md'));
    spawnSync('mv', [path.join(root, 'source', 'deep', 'b.md'), path.join(root, 'source', 'deep', 'd.md')]);
    expect(new Set([before, added, state(paths)]).size).to.equal(3);
  });

  it('changes when a file’s bytes change with its size and modification time kept (its ctime tells)', () => {
    const file = path.join(root, 'source', 'a.md');
    const before = state([file]);
    const times = path.join(root, 'times');
    writeFileSync(times, '');
    expect(spawnSync('touch', ['-r', file, times]).status).to.equal(0);
    writeFileSync(file, 'Almaly\n');
    expect(spawnSync('touch', ['-r', times, file]).status).to.equal(0);
    expect(statSync(file, { bigint: true }).mtimeNs).to.equal(statSync(times, { bigint: true }).mtimeNs);
    expect(state([file])).to.not.equal(before);
  });

  it('leaves out the skipped folders, and counts an absent path as absent until it appears', () => {
    const out = path.join(root, 'out');
    const cache = path.join(out, '.cache');
    const before = state([out], [cache]);
    writeFileSync(path.join(cache, 'entry.json'), '{"changed":true}');
    expect(state([out], [cache])).to.equal(before);
    expect(state([out])).to.not.equal(before);

    const missing = path.join(root, 'rates.yaml');
    const absent = state([missing]);
    expect(state([missing])).to.equal(absent);
    writeFileSync(missing, '');
    expect(state([missing])).to.not.equal(absent);
  });

  it('leaves out names starting with a dot below a folder watched without them, and only there', () => {
    const source = path.join(root, 'source');
    mkdirSync(path.join(source, '.git'));
    const before = state([], [], [source]);
    const whole = state([source]);
    writeFileSync(path.join(source, '.git', 'index'), 'changed');
    writeFileSync(path.join(source, 'deep', '.notes.md'), 'draft');
    expect(state([], [], [source])).to.equal(before);
    expect(state([source]), 'the same folder watched whole').to.not.equal(whole);
    writeFileSync(path.join(source, 'deep', 'b.md'), 'Nur-Sultan\n');
    expect(state([], [], [source])).to.not.equal(before);
  });

  it('follows symbolic links as a glob does, entering each folder once', () => {
    symlinkSync(path.join(root, 'source'), path.join(root, 'source', 'deep', 'loop'));
    const before = state([path.join(root, 'source')]);
    writeFileSync(path.join(root, 'source', 'deep', 'b.md'), 'Nur-Sultan\n');
    expect(state([path.join(root, 'source')])).to.not.equal(before);
  });

  it('is unsettled while a file changed within the window before the given time, settled after it', () => {
    const file = path.join(root, 'source', 'a.md');
    writeFileSync(file, 'Almaty, again\n');
    const changed = statSync(file).ctimeMs;
    expect(pathsState({ paths: [file], withoutDotNames: [], skip: [] }, changed + 1).settled).to.equal(false);
    expect(pathsState({ paths: [file], withoutDotNames: [], skip: [] }, changed + settleMilliseconds(file) + 1).settled).to.equal(true);
    expect(settleMilliseconds(file)).to.be.oneOf([100, 2_000]);
    const stopped = pathsState({ paths: [path.join(root, 'source')], withoutDotNames: [], skip: [] }, changed + 1, { stopWhenUnsettled: true });
    expect(stopped).to.deep.equal({ digest: '', settled: false });
  });
});

describe('quickHash', () => {
  it('gives 22 base-36 digits that differ for texts one character apart', () => {
    const texts = ['', 'a', 'b', 'ab', 'ba', 'Almaty', 'Almaty ', 'Алматы', 'Алмати', '\u0000'];
    const hashes = texts.map(quickHash);
    for (const hash of hashes) expect(hash).to.match(/^[0-9a-z]{22}$/);
    expect(new Set(hashes).size).to.equal(texts.length);
    expect(quickHash('Almaty')).to.equal(hashes[5]);
  });
});
