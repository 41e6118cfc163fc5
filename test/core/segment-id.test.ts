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
});
