import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { repoRoot } from './helpers.js';

const lib = path.join(repoRoot, 'lib');

/** Every file of lib/ with its size, modification time and inode: what the code's fingerprint and a record's key are made of. */
function libFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(lib, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs, ino, mode } = statSync(file);
    files.set(path.relative(lib, file), `${size} ${mtimeMs} ${ino} ${mode.toString(8)}`);
  }
  return files;
}

function bundle(): void {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'tools', 'bundle.mjs')], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.status, run.stderr).to.equal(0);
}

describe('the bundle (npm run build:ts)', function () {
  this.timeout(120000);

  it('rewrites no file whose bytes are the same, so that npm start on unchanged code keeps the cache and the records of its runs', () => {
    bundle();
    const before = libFiles();
    expect([...before.keys()]).to.include.members(['cli.js', path.join('parallel', 'worker.js'), 'THIRD-PARTY-NOTICES.txt']);
    expect(before.get('cli.js')!.split(' ')[3], 'the entry stays executable').to.equal('100755');
    bundle();
    expect(libFiles()).to.deep.equal(before);
  });
});
