import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { repoRoot, sampleProject } from './helpers.js';

/**
 * Runs the bundled CLI (lib/cli.js, as installed) in `cwd` and returns the
 * Node.js modules it loaded: what a command pays for before its first article.
 */
function modulesLoaded(cwd: string, args: readonly string[]): { code: number | null; modules: string[] } {
  const recorder = path.join(os.tmpdir(), `glossa-modules-${process.pid}.cjs`);
  writeFileSync(recorder, "process.on('exit', () => process.stderr.write('\\nMODULES ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n");
  try {
    const run = spawnSync(process.execPath, ['--require', recorder, path.join(repoRoot, 'lib', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
    const line = run.stderr.split('\n').find((each) => each.startsWith('MODULES '));
    expect(line, run.stderr).to.be.a('string');
    return { code: run.status, modules: JSON.parse(line!.slice('MODULES '.length)) as string[] };
  } finally {
    rmSync(recorder, { force: true });
  }
}

describe('glossa start-up', function () {
  this.timeout(60000);

  it('a command does not load Node’s assert: yargs’ two checks load it only when one fails', () => {
    const folder = sampleProject();
    try {
      for (const run of [1, 2]) {
        const { code, modules } = modulesLoaded(folder, ['extract']);
        expect(code, `run ${run}`).to.equal(0);
        expect(modules, `run ${run}`).to.include('NativeModule crypto');
        expect(modules, `run ${run}`).to.not.include('NativeModule assert');
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
