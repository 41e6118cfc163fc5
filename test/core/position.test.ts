import { expect } from 'chai';
import { LineIndex } from '../../scripts/core/position.js';

describe('core/position', () => {
  const text = 'ab\ncd\r\n\nЖе';
  const index = new LineIndex(text);

  it('maps offsets to 1-based line and column', () => {
    expect(index.positionAt(0)).to.deep.equal({ line: 1, column: 1 });
    expect(index.positionAt(3)).to.deep.equal({ line: 2, column: 1 });
    expect(index.positionAt(7)).to.deep.equal({ line: 3, column: 1 });
    expect(index.positionAt(9)).to.deep.equal({ line: 4, column: 2 });
  });

  it('maps positions back to offsets', () => {
    for (let offset = 0; offset < text.length; offset++) expect(index.offsetAt(index.positionAt(offset))).to.equal(offset);
  });
});
