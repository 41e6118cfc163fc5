import { expect } from 'chai';
import { normalizeSegmentText, segmentId } from '../../scripts/core/segment-id.js';

describe('core/segment-id', () => {
  it('is the same for the same sentence whatever its white space', () => {
    expect(segmentId('He left.')).to.equal(segmentId(' He\n  left. '));
  });

  it('differs when one word changes', () => {
    expect(segmentId('He left.')).to.not.equal(segmentId('He stayed.'));
  });

  it('is ten URL-safe characters', () => {
    expect(segmentId('Protests began in Kazakhstan on January 2.')).to.match(/^[A-Za-z0-9_-]{10}$/);
  });

  it('normalizes to NFC', () => {
    expect(normalizeSegmentText('e\u0301')).to.equal('\u00e9');
  });

  it('gives what NFC, one space per run of white space and trimming give, on 20,000 random texts', () => {
    const pool = ['a', 'B', '.', ' ', '  ', '\n', '\t', '\u00A0', '\u2009', '\u3000', 'e\u0301', '\u00e9', 'Å', 'A\u030A', 'й', 'и\u0306', 'ё', '1'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: Math.floor(next() * 10) }, () => pool[Math.floor(next() * pool.length)]).join('');
      expect(normalizeSegmentText(text), JSON.stringify(text)).to.equal(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
    }
  });
});
