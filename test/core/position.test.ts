import { expect } from 'chai';
import fc from 'fast-check';
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

  it('counts lines and columns as a walk over the text does, in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Ж', '\n', '\r', ' ', '😀') }), (sample) => {
        const lines = new LineIndex(sample);
        let line = 1;
        let column = 1;
        for (let offset = 0; offset <= sample.length; offset++) {
          expect(lines.positionAt(offset)).to.deep.equal({ line, column });
          if (sample[offset] === '\n') [line, column] = [line + 1, 1];
          else column++;
        }
      }),
    );
  });
});
