import { expect } from 'chai';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../../scripts/core/errors.js';
import { writeFileAtomic, writeOutputFile } from '../../scripts/util/atomic-write.js';

describe('writing a file: text in pieces, and paths that cannot take a file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossa-pieces-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the pieces one after another as UTF-8, making the folder', async () => {
    const file = path.join(folder, 'new', 'report.json');
    expect(await writeFileAtomic(file, ['{"a":', '"Алматы", ', '"Қазақстан"}'])).to.equal(true);
    expect(readFileSync(file, 'utf8')).to.equal('{"a":"Алматы", "Қазақстан"}');
  });

  it('joins a surrogate pair cut between two pieces', async () => {
    const file = path.join(folder, 'emoji.txt');
    // The first piece is longer than a write block, so the block ends on the high surrogate.
    const text = `${'x'.repeat(70_000)} flag 🇰🇿 and 𝔸`;
    const cut = text.indexOf('🇰🇿') + 1;
    await writeFileAtomic(file, [text.slice(0, cut), text.slice(cut, -1), text.slice(-1)]);
    expect(readFileSync(file, 'utf8')).to.equal(text);
    expect(readFileSync(file).includes(Buffer.from('\ufffd'))).to.equal(false);
  });

  it('writes many small pieces as the text they join to', async () => {
    const file = path.join(folder, 'many.json');
    const pieces = Array.from({ length: 50_000 }, (_, index) => `"Алматы ${index}",`);
    await writeFileAtomic(file, pieces);
    expect(readFileSync(file, 'utf8')).to.equal(pieces.join(''));
  });

  it('leaves a file that already holds the text alone', async () => {
    const file = path.join(folder, 'same.json');
    writeFileSync(file, 'one two three');
    const before = statSync(file);
    expect(await writeFileAtomic(file, ['one ', 'two ', 'three'])).to.equal(false);
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).to.deep.equal([before.ino, before.mtimeMs]);
    expect(readdirSync(folder)).to.deep.equal(['same.json']);
  });

  it('replaces a file of the same length that holds other text', async () => {
    const file = path.join(folder, 'other.json');
    writeFileSync(file, 'one two three');
    expect(await writeFileAtomic(file, ['one ', 'two ', 'thre3'])).to.equal(true);
    expect(readFileSync(file, 'utf8')).to.equal('one two thre3');
  });

  it('keeps the old file and leaves no temporary file when making the pieces fails', async () => {
    const file = path.join(folder, 'kept.json');
    writeFileSync(file, 'the old report');
    function* failing(): Generator<string> {
      yield 'half of a new ';
      throw new Error('the findings could not be formatted');
    }
    let thrown: unknown;
    try {
      await writeFileAtomic(file, failing());
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).to.equal('the findings could not be formatted');
    expect(readFileSync(file, 'utf8')).to.equal('the old report');
    expect(readdirSync(folder)).to.deep.equal(['kept.json']);
  });

  it('refuses a folder at the path, naming the file as the project shows it, and leaves the folder alone', async () => {
    const target = path.join(folder, 'dist', 'de', 'article.md');
    mkdirSync(path.join(target, 'inside'), { recursive: true });
    let thrown: unknown;
    try {
      await writeFileAtomic(target, ['# Almaty'], { root: folder, file: 'dist/de/article.md' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(InputError);
    expect((thrown as InputError).format()).to.equal('dist/de/article.md: is a folder where a file is to be written; write to another path, or move the folder away');
    expect(readdirSync(target)).to.deep.equal(['inside']);
  });

  it('says why a file cannot be written when a file stands in its folder path', async () => {
    writeFileSync(path.join(folder, 'dist'), 'a file');
    let thrown: unknown;
    try {
      await writeFileAtomic(path.join(folder, 'dist', 'report.json'), 'Алматы', { root: folder, file: 'dist/report.json' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(InputError);
    expect((thrown as InputError).format()).to.match(/^dist\/report\.json: cannot be written: a file stands where a folder of its path should be \((ENOTDIR|EEXIST)\)$/);
    expect(readdirSync(folder)).to.deep.equal(['dist']);
  });
});


describe('writing a generated file (a built page, an exported XLIFF file)', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossa-output-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** What a descriptor opened before a write reads afterwards. */
  const readThrough = (descriptor: number) => {
    const bytes = Buffer.alloc(200);
    return bytes.subarray(0, readSync(descriptor, bytes, 0, bytes.length, 0)).toString('utf8');
  };

  it('creates a file that is not there, making its folders, and writes the same bytes', () => {
    const page = path.join(folder, 'dist', 'kk', 'almaty.html');
    const bytes = Buffer.from('<p>Алматы — Қазақстанның ең ірі қаласы.</p>\n');
    expect(writeOutputFile(page, bytes)).to.equal(true);
    expect(readFileSync(page)).to.deep.equal(bytes);
    expect(readdirSync(path.dirname(page))).to.deep.equal(['almaty.html']);
    expect(writeOutputFile(path.join(folder, 'dist', 'ru', 'almaty.md'), 'Алматы, не Алма-Ата.')).to.equal(true);
    expect(readFileSync(path.join(folder, 'dist', 'ru', 'almaty.md'), 'utf8')).to.equal('Алматы, не Алма-Ата.');
  });

  it('replaces a file that is there through a new file: a reader that opened the old one still reads it whole', () => {
    const page = path.join(folder, 'almaty.md');
    writeFileSync(page, 'Alma-Ata, the old page');
    const before = statSync(page).ino;
    const reader = openSync(page, 'r');
    try {
      expect(writeOutputFile(page, 'Almaty, the new page')).to.equal(true);
      expect(readThrough(reader)).to.equal('Alma-Ata, the old page');
    } finally {
      closeSync(reader);
    }
    expect(readFileSync(page, 'utf8')).to.equal('Almaty, the new page');
    expect(statSync(page).ino).to.not.equal(before);
    expect(readdirSync(folder)).to.deep.equal(['almaty.md']);
  });

  it('leaves a file that already holds the bytes alone', () => {
    const page = path.join(folder, 'almaty.md');
    writeFileSync(page, 'Almaty');
    const before = statSync(page);
    expect(writeOutputFile(page, Buffer.from('Almaty'))).to.equal(false);
    const after = statSync(page);
    expect([after.ino, after.mtimeMs]).to.deep.equal([before.ino, before.mtimeMs]);
  });

  it('refuses a folder at the path', () => {
    const page = path.join(folder, 'almaty.md');
    mkdirSync(page);
    expect(() => writeOutputFile(page, 'Almaty')).to.throw(InputError, /is a folder where a file is to be written/);
  });
});
