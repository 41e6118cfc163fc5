import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import { writeResource } from '../../scripts/locales/store.js';

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glossa-write-'));
  mkdirSync(path.join(root, 'locales/de'), { recursive: true });
  return root;
}

describe('locales/store: writes never silently replace a link, and clean up after a killed run', () => {
  it('a locale file that is a symbolic link inside the project is written through; the link stays', async () => {
    const root = project();
    mkdirSync(path.join(root, 'common'));
    writeFileSync(path.join(root, 'common/de.json'), '{}\n');
    symlinkSync('../../common/de.json', path.join(root, 'locales/de/a.json'));
    expect(await writeResource(root, 'locales/de/a.json', [['id1', 'Hallo']])).to.equal(true);
    expect(lstatSync(path.join(root, 'locales/de/a.json')).isSymbolicLink()).to.equal(true);
    expect(readlinkSync(path.join(root, 'locales/de/a.json'))).to.equal('../../common/de.json');
    expect(readFileSync(path.join(root, 'common/de.json'), 'utf8')).to.equal('{\n  "id1": "Hallo"\n}\n');
  });

  it('a link that leads outside the project is refused, naming the file; nothing is written anywhere', async () => {
    const root = project();
    const outside = mkdtempSync(path.join(os.tmpdir(), 'glossa-outside-'));
    writeFileSync(path.join(outside, 'victim.json'), 'precious\n');
    symlinkSync(path.join(outside, 'victim.json'), path.join(root, 'locales/de/a.json'));
    try {
      await writeResource(root, 'locales/de/a.json', [['id1', 'Hallo']]);
      expect.fail('expected a refusal');
    } catch (error) {
      expect(error).to.be.instanceOf(InputError);
      expect((error as InputError).format()).to.match(/^locales\/de\/a\.json: is a symbolic link to .*victim\.json, outside the project/);
    }
    expect(readFileSync(path.join(outside, 'victim.json'), 'utf8')).to.equal('precious\n');
    expect(lstatSync(path.join(root, 'locales/de/a.json')).isSymbolicLink()).to.equal(true);
  });

  it('removes the *.tmp a killed writer left, and keeps one whose writer still runs', async () => {
    const root = project();
    const dead = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
    const stale = `a.json.${deadPid}.1733390000000.tmp`;
    const live = `a.json.${process.ppid}.1733390000001.tmp`;
    writeFileSync(path.join(root, 'locales/de', stale), '{ "half": ');
    writeFileSync(path.join(root, 'locales/de', live), '{ "being written": ');
    await writeResource(root, 'locales/de/a.json', [['id1', 'Hallo']]);
    expect(readdirSync(path.join(root, 'locales/de')).sort()).to.deep.equal(['a.json', live]);
  });
});
