import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect } from 'chai';
import { PinnedRanges, type PinnedRangesOptions } from '../../scripts/check/pinned-unit.js';
import type { TranslationUnit } from '../../scripts/check/rule.js';

/** A unit whose text is on line `line` of its file, starting at column 1. */
function unit(file: string, locale: string, id: string, text: string, line: number, origin: TranslationUnit['origin'] = 'resource'): TranslationUnit {
  return {
    side: 'translation',
    origin,
    article: file.replace(/^.*\/|\.\w+$/g, ''),
    file,
    locale,
    id,
    text,
    location: { position: (offset) => ({ line, column: offset + 1 }) },
  };
}

interface Place {
  file: string;
  locale: string;
  article: string;
  id: string;
  origin: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
  labels: string[];
}

function placesOf(ranges: PinnedRanges): Place[] {
  const places: Place[] = [];
  ranges.forEach((row) => {
    const pinned = row.unit();
    places.push({
      file: pinned.file,
      locale: pinned.locale,
      article: pinned.article,
      id: pinned.id,
      origin: pinned.origin,
      start: pinned.location.position(row.start),
      end: pinned.location.endPosition!(row.end),
      labels: Array.from({ length: ranges.labelCount }, (_, index) => row.label(index)),
    });
  });
  return places;
}

const spillFolders = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith('glossa-ranges-')).sort();

/** `count` ranges, one per file a0.json, a1.json, …, on line index + 1. */
function pinMany(count: number, options: PinnedRangesOptions, prefix = 'a'): PinnedRanges {
  const ranges = new PinnedRanges(1, options);
  for (let index = 0; index < count; index++) ranges.pin(unit(`locales/de/${prefix}${index}.json`, 'de', `s${index}`, 'Kiew', index + 1), 0, 4, [`Kiew ${prefix}${index}`]);
  return ranges;
}

describe('pinned ranges', () => {
  const kyiv = unit('locales/ru/kyiv.json', 'ru', 'sA', 'Власти Киева ввели режим ЧП.', 4);
  const almaty = unit('locales/kk/almaty.xlf', 'kk', 'sB', 'Алматыда төтенше жағдай.', 9, 'xliff');

  it('keep each range with its file, unit, line, column and labels, in order', () => {
    const ranges = new PinnedRanges(2);
    ranges.pin(kyiv, 7, 12, ['Kyiv', 'Киев']);
    ranges.pin(almaty, 0, 9, ['Almaty', 'Алматы']);
    expect(ranges.size).to.equal(2);
    const [first, second] = placesOf(ranges);
    expect(first).to.deep.equal({
      file: 'locales/ru/kyiv.json', locale: 'ru', article: 'kyiv', id: 'sA', origin: 'resource',
      start: { line: 4, column: 8 }, end: { line: 4, column: 13 }, labels: ['Kyiv', 'Киев'],
    });
    expect(second).to.deep.include({ file: 'locales/kk/almaty.xlf', origin: 'xliff', id: 'sB', start: { line: 9, column: 1 }, end: { line: 9, column: 10 } });
  });

  it('write blocks past the rows kept in memory to a file and read them back in order', () => {
    const before = spillFolders();
    const ranges = pinMany(23, { blockRows: 4, rowsInMemory: 8 });
    expect(spillFolders().length).to.equal(before.length + 1);
    const places = placesOf(ranges);
    expect(places.map((place) => place.file)).to.deep.equal(Array.from({ length: 23 }, (_, index) => `locales/de/a${index}.json`));
    expect(places[22]).to.deep.include({ id: 's22', start: { line: 23, column: 1 }, end: { line: 23, column: 5 }, labels: ['Kiew a22'] });
    // Read twice: visiting does not use the file up.
    expect(placesOf(ranges)).to.deep.equal(places);
    ranges.dispose();
    expect(spillFolders()).to.deep.equal(before);
  });

  it('take over another thread’s rows after their own, with strings the two number differently', () => {
    const here = new PinnedRanges(2);
    here.pin(kyiv, 7, 12, ['Kyiv', 'Киев']);
    const there = new PinnedRanges(2);
    there.pin(almaty, 0, 9, ['Almaty', 'Алматы']);
    there.pin(kyiv, 7, 12, ['Kyiv', 'Киева']);
    const theirs = placesOf(there);
    // Crossing threads is a structured clone: plain arrays and typed arrays.
    here.takeOver(structuredClone(there.handOver()));
    expect(there.size).to.equal(0);
    expect(here.size).to.equal(3);
    const places = placesOf(here);
    expect(places.slice(1)).to.deep.equal(theirs);
    expect(places[0]!.labels).to.deep.equal(['Kyiv', 'Киев']);
  });

  it('take over rows another thread wrote to a file, and remove that file when done', () => {
    const before = spillFolders();
    const here = pinMany(6, { blockRows: 2, rowsInMemory: 2 }, 'h');
    const there = pinMany(9, { blockRows: 2, rowsInMemory: 4 }, 't');
    const theirs = placesOf(there);
    const handed = there.handOver();
    expect(handed.files).to.have.lengthOf(1);
    there.dispose();
    expect(existsSync(handed.files[0]!), 'the sender no longer owns its file').to.equal(true);
    here.takeOver(structuredClone(handed));
    here.pin(kyiv, 7, 12, ['after']);
    expect(here.size).to.equal(16);
    const places = placesOf(here);
    expect(places.slice(0, 6).map((place) => place.labels[0])).to.deep.equal(['Kiew h0', 'Kiew h1', 'Kiew h2', 'Kiew h3', 'Kiew h4', 'Kiew h5']);
    expect(places.slice(6, 15)).to.deep.equal(theirs);
    expect(places[15]!.labels).to.deep.equal(['after']);
    here.dispose();
    expect(existsSync(handed.files[0]!)).to.equal(false);
    expect(spillFolders()).to.deep.equal(before);
  });

  it('keep the place of a unit whose terms span several blocks and the file', () => {
    const ranges = new PinnedRanges(1, { blockRows: 2, rowsInMemory: 2 });
    for (let index = 0; index < 5; index++) ranges.pin(kyiv, index, index + 1, [`term ${index}`]);
    ranges.pin(almaty, 0, 9, ['Almaty']);
    const places = placesOf(ranges);
    expect(places.map((place) => [place.file, place.id, place.start.column, place.labels[0]])).to.deep.equal([
      ['locales/ru/kyiv.json', 'sA', 1, 'term 0'],
      ['locales/ru/kyiv.json', 'sA', 2, 'term 1'],
      ['locales/ru/kyiv.json', 'sA', 3, 'term 2'],
      ['locales/ru/kyiv.json', 'sA', 4, 'term 3'],
      ['locales/ru/kyiv.json', 'sA', 5, 'term 4'],
      ['locales/kk/almaty.xlf', 'sB', 1, 'Almaty'],
    ]);
    ranges.dispose();
  });

  it('refuse rows with another number of labels', () => {
    expect(() => new PinnedRanges(2).takeOver(new PinnedRanges(1).handOver())).to.throw(/1 labels cannot join ranges with 2/);
  });

  it('name no file in the temporary folder while they fit in memory', () => {
    const before = spillFolders();
    const ranges = pinMany(40, { blockRows: 8 });
    expect(spillFolders()).to.deep.equal(before);
    expect(placesOf(ranges)).to.have.lengthOf(40);
  });

  it('keep a copy of each label, not the text it was cut from', () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const ranges = new PinnedRanges(1);
    for (let index = 0; index < 8; index++) {
      // A file's text of 8 MB, of which a label keeps a dozen characters.
      const file = `${'Власти Киева ввели режим ЧП. '.repeat(140_000)}${index}`;
      const start = file.length - 14;
      ranges.pin(unit(`locales/ru/a${index}.json`, 'ru', `s${index}`, file, 1), start, file.length, [file.slice(start)]);
    }
    collectGarbage();
    expect(process.memoryUsage().heapUsed - before).to.be.below(16_000_000);
    expect(placesOf(ranges).map((place) => place.labels[0])).to.deep.equal(Array.from({ length: 8 }, (_, index) => `ввели режим ЧП. ${index}`.slice(-14)));
  });
});
