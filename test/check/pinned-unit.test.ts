import { expect } from 'chai';
import { PinnedRanges } from '../../scripts/check/pinned-unit.js';
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

function placeOf(ranges: PinnedRanges, row: number) {
  const pinned = ranges.unitOf(row);
  return {
    file: pinned.file,
    locale: pinned.locale,
    article: pinned.article,
    id: pinned.id,
    origin: pinned.origin,
    start: pinned.location.position(ranges.start(row)),
    end: pinned.location.endPosition!(ranges.end(row)),
    labels: [ranges.label(row, 0), ranges.label(row, 1)],
  };
}

describe('pinned ranges', () => {
  const kyiv = unit('locales/ru/kyiv.json', 'ru', 'sA', 'Власти Киева ввели режим ЧП.', 4);
  const almaty = unit('locales/kk/almaty.xlf', 'kk', 'sB', 'Алматыда төтенше жағдай.', 9, 'xliff');

  it('keep each range with its file, unit, line, column and labels', () => {
    const ranges = new PinnedRanges(2);
    const first = ranges.pin(kyiv, 7, 12, ['Kyiv', 'Киев']);
    const second = ranges.pin(almaty, 0, 9, ['Almaty', 'Алматы']);
    expect(ranges.size).to.equal(2);
    expect(placeOf(ranges, first)).to.deep.equal({
      file: 'locales/ru/kyiv.json', locale: 'ru', article: 'kyiv', id: 'sA', origin: 'resource',
      start: { line: 4, column: 8 }, end: { line: 4, column: 13 }, labels: ['Kyiv', 'Киев'],
    });
    expect(placeOf(ranges, second)).to.deep.include({ file: 'locales/kk/almaty.xlf', origin: 'xliff', start: { line: 9, column: 1 }, end: { line: 9, column: 10 } });
  });

  it('grow past their first allocation without losing a row', () => {
    const ranges = new PinnedRanges(1);
    const rows = Array.from({ length: 1000 }, (_, index) => ranges.pin(unit(`locales/de/a${index}.json`, 'de', `s${index}`, 'Kiew', index + 1), 0, 4, [`Kiew ${index}`]));
    expect(rows[999]).to.equal(999);
    expect(placeOf(ranges, 0).labels[0]).to.equal('Kiew 0');
    expect(ranges.unitOf(999).file).to.equal('locales/de/a999.json');
    expect(ranges.unitOf(999).location.position(0)).to.deep.equal({ line: 1000, column: 1 });
  });

  it('take over another thread’s ranges after their own, with strings the two number differently', () => {
    const here = new PinnedRanges(2);
    here.pin(kyiv, 7, 12, ['Kyiv', 'Киев']);
    const there = new PinnedRanges(2);
    there.pin(almaty, 0, 9, ['Almaty', 'Алматы']);
    there.pin(kyiv, 7, 12, ['Kyiv', 'Киева']);
    // Crossing threads is a structured clone: plain arrays and a typed array.
    const handed = there.handOver();
    // A typed array crosses threads with its whole buffer, so the buffer holds the two rows and no spare room.
    expect(handed.fields.buffer.byteLength).to.equal(handed.fields.byteLength).and.to.equal(2 * (11 + 2) * 4);
    const first = here.takeOver(structuredClone(handed));
    expect(first).to.equal(1);
    expect(here.size).to.equal(3);
    expect(placeOf(here, 1)).to.deep.equal(placeOf(there, 0));
    expect(placeOf(here, 2)).to.deep.equal(placeOf(there, 1));
    expect(placeOf(here, 0).labels).to.deep.equal(['Kyiv', 'Киев']);
  });
});
