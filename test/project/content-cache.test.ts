import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ContentCache, contentDigest, contentKeyOfFiles, fileDigest } from '../../scripts/project/content-cache.js';

/** Where a link points, or undefined (a descriptor closed while the folder was read). */
function readlinkOrNone(link: string): string | undefined {
  try {
    return readlinkSync(link);
  } catch {
    return undefined;
  }
}

describe('content cache entries', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossa-cache-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('stores a large check result as the JSON text of the whole value, and reads it back', () => {
    const cache = new ContentCache(folder);
    const value = {
      diagnostics: Array.from({ length: 3_210 }, (_, index) => ({ ruleId: 'term/deprecated', line: index + 1, message: `«Алма-Ата» → «Алматы» ${index}`, suppressed: index % 7 === 0 ? true : undefined })),
      checkedFiles: ['source/a.md', 'locales/kk/a.json'],
      rules: [],
    };
    cache.put('check-result', value);
    expect(readFileSync(path.join(folder, 'check-result.json'), 'utf8')).to.equal(JSON.stringify(value));
    expect(cache.peek('check-result')).to.deep.equal(JSON.parse(JSON.stringify(value)));
    expect(readdirSync(folder)).to.deep.equal(['check-result.json']);
  });

  it('writes entries behind: each is whole once the cache has settled, with no temporary file left; one larger than a megabyte of JSON is written at once', async () => {
    const cache = new ContentCache(folder);
    cache.writesBehind = true;
    const articles = Array.from({ length: 40 }, (_, index) => ({ segments: [{ id: `s${index}`, text: `Алматы — город ${index}. Almaty, ${'x'.repeat(index * 97)}` }] }));
    articles.forEach((article, index) => cache.putBehind(`article-${index}`, article));
    const large = { diagnostics: Array.from({ length: 14_000 }, (_, index) => ({ ruleId: 'term/deprecated', message: `«Алма-Ата» → «Алматы» ${index}`, line: index + 1 })) };
    expect(JSON.stringify(large).length).to.be.greaterThan(1 << 20);
    cache.putBehind('check-large', large);
    // Written before putBehind returned: no settling needed to read it.
    expect(readFileSync(path.join(folder, 'check-large.json'), 'utf8')).to.equal(JSON.stringify(large));
    await cache.settled();
    articles.forEach((article, index) => expect(cache.peek(`article-${index}`)).to.deep.equal(article));
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).to.deep.equal([]);
    expect(readdirSync(folder)).to.have.length(41);
    expect(cache.writeFailure).to.equal(undefined);
  });

  it('notes why entries written behind could not be written, and leaves nothing half written', async () => {
    const blocker = path.join(folder, 'not-a-folder');
    writeFileSync(blocker, 'a file where the cache folder should be');
    const cache = new ContentCache(path.join(blocker, 'cache'));
    cache.writesBehind = true;
    cache.putBehind('article', { segments: [] });
    await cache.settled();
    expect(cache.writeFailure).to.match(/ENOTDIR/);
    expect(cache.peek('article')).to.equal(undefined);

    const writable = new ContentCache(path.join(folder, 'cache'));
    writable.writesBehind = true;
    writable.putBehind('first', { text: 'Almaty' });
    await writable.settled();
    // Its folder removed under it: the write fails in libuv's thread, and the failure is noted there.
    rmSync(path.join(folder, 'cache'), { recursive: true });
    writable.putBehind('second', { text: 'Алматы' });
    await writable.settled();
    expect(writable.writeFailure).to.match(/ENOENT/);
    expect(readdirSync(folder)).to.deep.equal(['not-a-folder']);
  });

  it('keeps compiled tables as their bytes, written behind', async () => {
    const cache = new ContentCache(folder);
    cache.writesBehind = true;
    const tables = Int32Array.of(1, -2, 0x7fffffff);
    cache.putIntegers('tables', [tables.subarray(0, 1), tables.subarray(1)]);
    await cache.settled();
    expect([...cache.peekIntegers('tables')!]).to.deep.equal([1, -2, 0x7fffffff]);
    expect(readdirSync(folder)).to.deep.equal(['tables.bin']);
  });

  it('reads entries ahead and hands each out once, then reads it from its file again; an entry it cannot read is missing', async () => {
    const cache = new ContentCache(folder);
    cache.putIntegers('tables', Int32Array.of(7, 8, 9));
    cache.putBytes('termbase', 'concepts', Buffer.from('Алматы'));
    // Reading ahead waits for the writes behind.
    await cache.readAhead([{ key: 'tables', extension: 'bin' }, { key: 'termbase', extension: 'concepts' }, { key: 'absent', extension: 'bin' }]);
    // Written over after the read ahead: the first peek hands out what was read ahead, the next one the file.
    writeFileSync(path.join(folder, 'tables.bin'), Buffer.from(Int32Array.of(1, 2).buffer));
    writeFileSync(path.join(folder, 'termbase.concepts'), 'Almaty');
    expect([...cache.peekIntegers('tables')!]).to.deep.equal([7, 8, 9]);
    expect([...cache.peekIntegers('tables')!]).to.deep.equal([1, 2]);
    expect(cache.peekBytes('termbase', 'concepts')!.toString('utf8')).to.equal('Алматы');
    expect(cache.peekBytes('termbase', 'concepts')!.toString('utf8')).to.equal('Almaty');
    expect(cache.peekBytes('absent', 'bin')).to.equal(undefined);
  });

  it('opens an entry to read in parts, holds it open until the cache settles, and opens it again when read after', async () => {
    const cache = new ContentCache(folder);
    cache.putBytes('termbase', 'concepts', Buffer.from('Алматы, Almaty'));
    await cache.settled();
    const file = path.join(folder, 'termbase.concepts');
    const openHere = () => readdirSync('/proc/self/fd').filter((fd) => readlinkOrNone(`/proc/self/fd/${fd}`) === file).length;
    const entry = cache.openEntry('termbase', 'concepts')!;
    expect([entry.file, entry.size]).to.deep.equal([file, Buffer.byteLength('Алматы, Almaty')]);
    expect(openHere()).to.equal(0);
    expect(entry.read(0, 12)!.toString('utf8')).to.equal('Алматы');
    expect(entry.read(14, 6)!.toString('utf8')).to.equal('Almaty');
    expect(openHere()).to.equal(1);
    // Past the end, nothing.
    expect(entry.read(14, 7)).to.equal(undefined);
    await cache.settled();
    expect(openHere()).to.equal(0);
    writeFileSync(file, 'Алматы, Alma-Ata');
    expect(entry.read(14, 8)!.toString('utf8')).to.equal('Alma-Ata');
    rmSync(file);
    await cache.settled();
    expect(entry.read(0, 12)).to.equal(undefined);
    expect(cache.openEntry('termbase', 'concepts')).to.equal(undefined);
    mkdirSync(file);
    expect(cache.openEntry('termbase', 'concepts')).to.equal(undefined);
    // A file where the cache folder would be.
    writeFileSync(path.join(folder, 'plain'), 'Almaty');
    expect(new ContentCache(path.join(folder, 'plain')).openEntry('termbase', 'concepts')).to.equal(undefined);
  });

  it('says whether it holds any entry of a kind, and holds none when its folder is missing or is a file', () => {
    const cache = new ContentCache(folder);
    expect(cache.holdsAny('check-')).to.equal(false);
    cache.put('article-1', { segments: [] });
    expect(cache.holdsAny('check-')).to.equal(false);
    cache.put('check-result', { diagnostics: [] });
    expect(cache.holdsAny('check-')).to.equal(true);
    expect(new ContentCache(path.join(folder, 'none')).holdsAny('check-')).to.equal(false);
    expect(new ContentCache(path.join(folder, 'check-result.json')).holdsAny('check-')).to.equal(false);
  });
});

describe('digests of what was written', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossa-written-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const contents: readonly (string | Uint8Array)[] = [
    '',
    'plain ASCII\n',
    'Алматы — «Казахстан» 𝔘 Қазақстан',
    'a lone surrogate \ud800 written as U+FFFD',
    Buffer.from('<xliff>Алматы</xliff>\n'),
    new Uint8Array([0, 255, 10, 13]),
    // A view into a larger buffer: only its own bytes count.
    Buffer.from('xxАлматыyy').subarray(2, 14),
  ];
  for (const [index, content] of contents.entries()) {
    it(`names content ${index} as fileDigest names the file written from it`, () => {
      const file = path.join(folder, `written-${index}`);
      writeFileSync(file, content);
      expect(contentDigest(content)).to.equal(fileDigest(file));
      const cache = new ContentCache(path.join(folder, '.cache'));
      expect(cache.takeWrittenDigest(file)).to.equal(undefined);
      cache.noteWritten(file, content);
      expect(cache.takeWrittenDigest(file)).to.equal(fileDigest(file));
      // Given once: nothing is kept for a file once its digest was taken.
      expect(cache.takeWrittenDigest(file)).to.equal(undefined);
    });
  }
});

describe('content keys of files', () => {
  let folder: string;
  let files: [string, string][];
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossa-key-'));
    files = Array.from({ length: 40 }, (_, index) => {
      const name = `locales/ru/article-${index}.json`;
      const absolute = path.join(folder, `${index}.json`);
      writeFileSync(absolute, JSON.stringify({ title: `Алматы ${index}`, body: 'Казахстан '.repeat(200) }));
      return [name, absolute];
    });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('name files by their bytes and the settings, and say when a file cannot be read', () => {
    const whole = contentKeyOfFiles(['check', 'settings'], files);
    expect(whole.unreadable).to.equal(false);
    expect(contentKeyOfFiles(['check', 'settings'], files)).to.deep.equal(whole);
    expect(contentKeyOfFiles(['check', 'other settings'], files).key).to.not.equal(whole.key);
    writeFileSync(files[7]![1], JSON.stringify({ title: 'Алматы 7', body: 'Казахстан' }));
    expect(contentKeyOfFiles(['check', 'settings'], files).key).to.not.equal(whole.key);
    const withMissing: [string, string][] = [...files.slice(0, 3), ['locales/ru/gone.json', path.join(folder, 'gone.json')]];
    expect(contentKeyOfFiles([], withMissing).unreadable).to.equal(true);
  });

  it('name files a run read by the bytes it read, when asked to, even once they changed', () => {
    const cache = new ContentCache(path.join(folder, '.cache'));
    for (const [, absolute] of files) cache.readInput(absolute);
    const before = contentKeyOfFiles(['check'], files);
    writeFileSync(files[3]![1], JSON.stringify({ title: 'Алматы 3', body: 'changed while the check ran' }));
    expect(contentKeyOfFiles(['check'], files, cache.digests, { asRead: true })).to.deep.equal(before);
    expect(contentKeyOfFiles(['check'], files, cache.digests).key).to.not.equal(before.key);
  });

  it('take the SHA-256 of a file larger than the read buffer, as of its bytes in one piece', () => {
    const large = path.join(folder, 'large.json');
    const bytes = Buffer.from('Алматы, не Алма-Ата. '.repeat(200_000));
    writeFileSync(large, bytes);
    expect(bytes.length).to.be.greaterThan(1 << 21);
    const expected = createHash('sha256').update(bytes).digest('base64url');
    expect(fileDigest(large)).to.equal(expected);
    expect(contentDigest(bytes)).to.equal(expected);
    expect(contentDigest(bytes.toString('utf8'))).to.equal(expected);
  });
});
