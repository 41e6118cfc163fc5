import { expect } from 'chai';
import { arrayChunks, itemsPerChunk, jsonChunks } from '../../scripts/util/json-chunks.js';

const joined = (value: unknown) => [...jsonChunks(value)].join('');

describe('JSON text in pieces', () => {
  it('gives the text JSON.stringify gives, for values of every kind', () => {
    const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: [2, 3] });
    const values: unknown[] = [
      null,
      0,
      -1.5,
      'Алма-Ата «кавычки» \u2028 "quoted" \\ \n',
      true,
      [],
      {},
      [1, 'two', null, undefined, () => 3, Symbol('s'), { x: undefined }],
      { kept: 1, skipped: undefined, fn: () => 1, sym: Symbol('s'), nested: { deeper: [{}, []] } },
      { when: new Date(Date.UTC(2022, 0, 7)), custom: { toJSON: () => 'from toJSON' } },
      nullPrototype,
      { diagnostics: Array.from({ length: itemsPerChunk * 2 + 7 }, (_, index) => ({ line: index, message: `сообщение ${index}`, fix: index % 3 ? undefined : { text: 'Almaty' } })) },
      Array.from({ length: itemsPerChunk + 1 }, (_, index) => (index % 2 ? undefined : [index, { deep: Array.from({ length: itemsPerChunk + 2 }, () => index) }])),
    ];
    for (const value of values) expect(joined(value), String(JSON.stringify(value)).slice(0, 80)).to.equal(JSON.stringify(value));
  });

  it('gives nothing for a value JSON.stringify turns into undefined', () => {
    expect(joined(undefined)).to.equal('');
    expect(JSON.stringify(undefined)).to.equal(undefined);
  });

  it('writes a long array a batch at a time, never as one string', () => {
    const items = Array.from({ length: itemsPerChunk * 5 }, (_, index) => ({ index, text: 'x'.repeat(100) }));
    const pieces = [...jsonChunks({ items })];
    const whole = JSON.stringify({ items });
    expect(pieces.join('')).to.equal(whole);
    expect(pieces.length).to.be.at.least(5);
    expect(Math.max(...pieces.map((piece) => piece.length))).to.be.below(whole.length / 4);
  });

  it('separates the batches of an array with commas, without brackets', () => {
    const items = Array.from({ length: itemsPerChunk + 1 }, (_, index) => index);
    const pieces = [...arrayChunks(items, String)];
    expect(pieces).to.have.length(2);
    expect(`[${pieces.join('')}]`).to.equal(JSON.stringify(items));
    expect(pieces[1]).to.equal(`,${itemsPerChunk}`);
    expect([...arrayChunks([], String)]).to.deep.equal([]);
  });
});
