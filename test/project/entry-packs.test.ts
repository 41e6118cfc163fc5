import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentCache } from '../../scripts/project/content-cache.js';
import { EntryPacks, packsAtMost } from '../../scripts/project/entry-packs.js';
import { packedEntries } from './pack-reader.js';

const article = (index: number) => ({ segments: [{ id: `s${index}`, text: `Алматы — крупнейший город Казахстана (${index}). Almaty, ${'é'.repeat(index * 31)}` }] });

describe('content cache: entries kept many to a pack', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossa-packs-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const packs = () => readdirSync(folder).filter((name) => name.startsWith('pack-'));

  it('keeps each value made in one pack, named once the cache settles, and a later run reads them without making them again', async () => {
    const cache = new ContentCache(folder);
    for (let index = 0; index < 30; index++) expect(await cache.getPacked(`article-${index}`, async () => article(index))).to.deep.equal(article(index));
    // Until the cache settles the pack has its temporary name: no other reader finds it.
    expect(packs()).to.have.length(1);
    expect(packs()[0]).to.match(/\.pack\.tmp$/);
    expect(new ContentCache(folder).hasPacked('article-3')).to.equal(false);
    // This thread reads its own entries at once.
    expect(cache.hasPacked('article-3')).to.equal(true);
    expect(await cache.getPacked('article-3', async () => expect.fail('made again'))).to.deep.equal(article(3));
    await cache.settled();
    expect(packs()).to.have.length(1);
    expect(packs()[0]).to.match(/^pack-[0-9a-z]{9}-\d+-\d+-\d+\.pack$/);
    const written = packedEntries(folder);
    expect(Object.keys(written)).to.have.length(30);
    expect(written['article-7']).to.equal(JSON.stringify(article(7)));

    const later = new ContentCache(folder);
    expect(later.hasPacked('article-29')).to.equal(true);
    expect(later.hasPacked('article-30')).to.equal(false);
    for (let index = 0; index < 30; index++) expect(await later.getPacked(`article-${index}`, async () => expect.fail('made again'))).to.deep.equal(article(index));
    await later.settled();
    // Nothing new made: no new pack.
    expect(packs()).to.have.length(1);
  });

  it('reads a damaged entry as missing and makes it again into a newer pack, which counts from then on', async () => {
    const first = new ContentCache(folder);
    for (let index = 0; index < 5; index++) await first.getPacked(`article-${index}`, async () => article(index));
    await first.settled();
    const [name] = packs();
    const file = path.join(folder, name!);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('Казахстана (2)');
    expect(at).to.be.greaterThan(0);
    // Still JSON, and still the same length: only its CRC-32 tells.
    bytes.write('Казахстанб', at, 'utf8');
    writeFileSync(file, bytes);

    let made = 0;
    const second = new ContentCache(folder);
    for (let index = 0; index < 5; index++) {
      expect(await second.getPacked(`article-${index}`, async () => (made++, article(index)))).to.deep.equal(article(index));
    }
    expect(made).to.equal(1);
    await second.settled();
    expect(packs()).to.have.length(2);
    expect(packedEntries(folder)['article-2']).to.equal(JSON.stringify(article(2)));
    made = 0;
    const third = new ContentCache(folder);
    for (let index = 0; index < 5; index++) await third.getPacked(`article-${index}`, async () => (made++, article(index)));
    expect(made).to.equal(0);
  });

  it('reads a pack cut short, or with a damaged index or trailer, as none', async () => {
    const damages: ((bytes: Buffer) => Buffer)[] = [
      (bytes) => bytes.subarray(0, bytes.length - 5),
      (bytes) => bytes.subarray(0, 10),
      (bytes) => Buffer.concat([bytes, Buffer.from('x')]),
      (bytes) => {
        const copy = Buffer.from(bytes);
        const at = copy.lastIndexOf('"keys"') + 2;
        copy[at] = copy[at]! ^ 1;
        return copy;
      },
      (bytes) => {
        const copy = Buffer.from(bytes);
        copy.write('GLPACK02', copy.length - 24, 'latin1');
        return copy;
      },
      () => Buffer.alloc(0),
    ];
    for (const damage of damages) {
      rmSync(folder, { recursive: true, force: true });
      const first = new ContentCache(folder);
      for (let index = 0; index < 3; index++) await first.getPacked(`article-${index}`, async () => article(index));
      await first.settled();
      const file = path.join(folder, packs()[0]!);
      writeFileSync(file, damage(readFileSync(file)));
      const second = new ContentCache(folder);
      expect([0, 1, 2].map((index) => second.hasPacked(`article-${index}`))).to.deep.equal([false, false, false]);
      expect(await second.getPacked('article-1', async () => article(1))).to.deep.equal(article(1));
    }
  });

  it('finds an entry missing when another run merged its pack away after the index was read', async () => {
    const first = new ContentCache(folder);
    await first.getPacked('article-1', async () => article(1));
    await first.settled();
    const reader = new ContentCache(folder);
    expect(reader.hasPacked('article-1')).to.equal(true);
    rmSync(path.join(folder, packs()[0]!));
    let made = 0;
    expect(await reader.getPacked('article-1', async () => (made++, article(1)))).to.deep.equal(article(1));
    expect(made).to.equal(1);
  });

  it(`merges more than ${packsAtMost} packs into one at the end of a run, each key's newest entry kept, and removes temporary packs left over an hour ago`, async () => {
    for (let run = 0; run < packsAtMost + 1; run++) {
      const runPacks = new EntryPacks(folder, () => true, (error) => expect.fail(String(error)));
      // Each run makes its own article and a new version of the shared one.
      runPacks.add(`article-${run}`, Buffer.from(JSON.stringify(article(run))));
      runPacks.add('shared', Buffer.from(JSON.stringify({ version: run })));
      runPacks.finish();
      // Names begin with the time in milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const stale = path.join(folder, 'pack-0000000aa-1-0-1.pack.tmp');
    const fresh = path.join(folder, 'pack-0000000ab-1-0-1.pack.tmp');
    writeFileSync(stale, 'left by a stopped run');
    writeFileSync(fresh, 'being written by another run');
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(stale, hoursAgo, hoursAgo);
    const before = packedEntries(folder);
    expect(packs().filter((name) => name.endsWith('.pack'))).to.have.length(packsAtMost + 1);

    new ContentCache(folder).tidy();
    expect(packs().filter((name) => name.endsWith('.pack'))).to.have.length(1);
    expect(packs()).to.include(path.basename(fresh));
    expect(packs()).to.not.include(path.basename(stale));
    expect(packedEntries(folder)).to.deep.equal(before);
    expect(JSON.parse(packedEntries(folder)['shared']!)).to.deep.equal({ version: packsAtMost });
    let made = 0;
    const after = new ContentCache(folder);
    for (let run = 0; run < packsAtMost + 1; run++) await after.getPacked(`article-${run}`, async () => (made++, article(run)));
    expect(made).to.equal(0);

    // At the limit nothing is merged.
    const one = new ContentCache(folder);
    await one.getPacked('article-new', async () => article(99));
    one.tidy();
    expect(packs().filter((name) => name.endsWith('.pack'))).to.have.length(2);
  });

  it('a merge keeps each key of the packs whose entries are whole, and leaves out a damaged entry', async () => {
    for (let run = 0; run < packsAtMost + 1; run++) {
      const cache = new ContentCache(folder);
      await cache.getPacked(`article-${run}`, async () => article(run));
      await cache.settled();
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const oldest = path.join(folder, packs().sort()[0]!);
    const bytes = readFileSync(oldest);
    bytes.write('Казахстанб', bytes.indexOf('Казахстана'), 'utf8');
    writeFileSync(oldest, bytes);
    new ContentCache(folder).tidy();
    const kept = packedEntries(folder);
    expect(Object.keys(kept).sort()).to.deep.equal(Array.from({ length: packsAtMost }, (_, index) => `article-${index + 1}`).sort());
  });

  it('merges around what is not a pack, a folder by a pack\'s name or a merge another run has begun, without failing', async () => {
    const write = (run: number) => {
      const runPacks = new EntryPacks(folder, () => true, (error) => expect.fail(String(error)));
      runPacks.add(`article-${run}`, Buffer.from(JSON.stringify(article(run))));
      runPacks.finish();
    };
    for (let run = 0; run < packsAtMost + 1; run++) {
      write(run);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const folderPack = path.join(folder, 'pack-000000001-1-0-1.pack');
    const folderTemporary = path.join(folder, 'pack-000000002-1-0-1.pack.tmp');
    mkdirSync(folderPack);
    mkdirSync(folderTemporary);
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(folderTemporary, hoursAgo, hoursAgo);
    // Another run's merge of the same packs, under the name this one would give its own.
    const newest = packs().filter((name) => /^pack-[0-9a-z]{9}-\d+-\d+-\d+\.pack$/.test(name)).sort().at(-1)!;
    const othersMerge = path.join(folder, newest.replace(/\.pack$/, '-merged.pack.tmp'));
    writeFileSync(othersMerge, 'being written');
    const cache = new ContentCache(folder);
    cache.tidy();
    expect(cache.writeFailure).to.equal(undefined);
    expect(readFileSync(othersMerge, 'utf8')).to.equal('being written');
    rmSync(othersMerge);

    const again = new ContentCache(folder);
    again.tidy();
    expect(again.writeFailure).to.equal(undefined);
    expect(packs()).to.include.members([path.basename(folderPack), path.basename(folderTemporary)]);
    expect(packs().filter((name) => name.endsWith('-merged.pack'))).to.have.length(1);
    expect(Object.keys(packedEntries(folder)).sort()).to.deep.equal(Array.from({ length: packsAtMost + 1 }, (_, index) => `article-${index}`).sort());
  });

  it('notes why a pack could not be written, and still returns each value made', async () => {
    const blocker = path.join(folder, 'not-a-folder');
    writeFileSync(blocker, 'a file where the cache folder should be');
    const cache = new ContentCache(path.join(blocker, 'cache'));
    expect(await cache.getPacked('article-1', async () => article(1))).to.deep.equal(article(1));
    await cache.settled();
    cache.tidy();
    expect(cache.writeFailure).to.match(/ENOTDIR/);
    expect(readFileSync(blocker, 'utf8')).to.equal('a file where the cache folder should be');
  });
});
