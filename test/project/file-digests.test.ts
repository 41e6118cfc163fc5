import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { contentDigest, fileDigest } from '../../scripts/project/content-cache.js';
import { FileDigests, type DigestStorage } from '../../scripts/project/file-digests.js';

/** Digests kept in a file, as the content cache keeps them. */
function fileStorage(file: string): DigestStorage {
  return {
    read: () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    write: (content) => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    },
  };
}

/** Long enough for the file system's coarse clock to move on. */
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);

describe('file digests remembered by file metadata', () => {
  let folder: string;
  let article: string;
  let store: string;
  let reads: string[];
  const hashing = (file: string) => {
    reads.push(path.basename(file));
    return fileDigest(file);
  };
  // Digests taken "later" than the files' times, so they count as settled (not racily clean).
  const later = () => Date.now() + 10_000;

  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-digests-'));
    article = path.join(folder, 'almaty.md');
    store = path.join(folder, '.cache', 'file-sha256.json');
    writeFileSync(article, 'Protesters gathered in Almaty on 5 January.\n');
    reads = [];
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('give the SHA-256 of the bytes, and read an unchanged file only once', () => {
    const digests = new FileDigests(fileStorage(store), hashing, later);
    expect(digests.digest(article)).to.equal(fileDigest(article));
    expect(digests.digest(article)).to.equal(fileDigest(article));
    expect(reads).to.deep.equal(['almaty.md']);
  });

  it('are kept between runs in the cache folder', () => {
    const first = new FileDigests(fileStorage(store), hashing, later);
    first.digest(article);
    first.save();
    expect(JSON.parse(readFileSync(store, 'utf8'))).to.have.lengthOf(1);
    const second = new FileDigests(fileStorage(store), hashing, later);
    expect(second.digest(article)).to.equal(fileDigest(article));
    expect(reads).to.deep.equal(['almaty.md']);
  });

  it('read a file again when its content changed, even with the same size and its old modification time put back', () => {
    // A whole second, so that putting it back gives the very same time.
    const written = 1_641_340_800;
    utimesSync(article, written, written);
    const digests = new FileDigests(fileStorage(store), hashing, later);
    const before = digests.digest(article);
    const { mtimeMs, size } = statSync(article);
    pause();
    writeFileSync(article, 'Protesters gathered in Almaty on 6 January.\n');
    utimesSync(article, written, written);
    expect(statSync(article)).to.include({ mtimeMs, size });
    const after = digests.digest(article);
    expect(after).to.not.equal(before);
    expect(after).to.equal(fileDigest(article));
    expect(reads).to.deep.equal(['almaty.md', 'almaty.md']);
  });

  it('do not trust a digest taken within the settling window of the file’s last change', () => {
    const digests = new FileDigests(fileStorage(store), hashing, Date.now);
    digests.digest(article);
    digests.digest(article);
    expect(reads).to.deep.equal(['almaty.md', 'almaty.md']);
  });

  it('take the digest of a file read through them, so that naming it afterwards does not read it again', () => {
    const digests = new FileDigests(fileStorage(store), hashing, later);
    const bytes = digests.read(article, contentDigest);
    expect(bytes.toString('utf8')).to.equal('Protesters gathered in Almaty on 5 January.\n');
    expect(digests.digest(article)).to.equal(createHash('sha256').update(bytes).digest('base64url'));
    expect(reads).to.deep.equal([]);
    // Changed after it was read: its digest is taken again.
    pause();
    writeFileSync(article, 'Protesters gathered in Almaty on 6 January.\n');
    expect(digests.digest(article)).to.equal(fileDigest(article));
    expect(reads).to.deep.equal(['almaty.md']);
    expect(() => digests.read(path.join(folder, 'gone.md'), contentDigest)).to.throw(/ENOENT/);
  });

  it('tell what this run read of a file, even after the file changed, and nothing of a file it only named', () => {
    const digests = new FileDigests(fileStorage(store), hashing, later);
    const readBytes = digests.read(article, contentDigest);
    pause();
    writeFileSync(article, 'Protesters gathered in Almaty on 6 January.\n');
    expect(digests.readThisRun(article)).to.equal(createHash('sha256').update(readBytes).digest('base64url'));
    expect(digests.digest(article)).to.equal(fileDigest(article));
    expect(digests.digest(article)).to.not.equal(digests.readThisRun(article));
    const other = path.join(folder, 'other.md');
    writeFileSync(other, 'Alma-Ata');
    digests.digest(other);
    expect(digests.readThisRun(other)).to.equal(undefined);
    const main = new FileDigests(undefined, hashing, later);
    main.adopt(digests.handOver());
    expect(main.readThisRun(article)).to.equal(createHash('sha256').update(readBytes).digest('base64url'));
  });

  it('hand the digests a thread took to another, which knows and keeps them; the first no longer writes them', () => {
    const worker = new FileDigests(fileStorage(store), hashing, later);
    worker.read(article, contentDigest);
    const taken = worker.handOver();
    expect(taken.taken.map(([file]) => file)).to.deep.equal([article]);
    worker.save();
    expect(existsSync(store)).to.equal(false);
    const main = new FileDigests(fileStorage(store), hashing, later);
    main.adopt(taken);
    expect(main.digest(article)).to.equal(fileDigest(article));
    expect(reads).to.deep.equal([]);
    main.save();
    expect(new FileDigests(fileStorage(store), hashing, later).digest(article)).to.equal(fileDigest(article));
    expect(reads).to.deep.equal([]);
  });

  it('read every file when the stored digests are damaged, and say undefined for a missing file', () => {
    new FileDigests(fileStorage(store), hashing, later).digest(article);
    writeFileSync(path.join(folder, 'other.md'), 'x');
    const first = new FileDigests(fileStorage(store), hashing, later);
    first.digest(article);
    first.save();
    writeFileSync(store, '[["almaty.md", "not a number"');
    const digests = new FileDigests(fileStorage(store), hashing, later);
    expect(digests.digest(article)).to.equal(fileDigest(article));
    expect(digests.digest(path.join(folder, 'gone.md'))).to.equal(undefined);
    expect(reads.filter((name) => name === 'almaty.md')).to.have.lengthOf(3);
    // A missing file is known to be missing from its metadata: it is not opened as well.
    expect(reads).to.not.include('gone.md');
  });
});
