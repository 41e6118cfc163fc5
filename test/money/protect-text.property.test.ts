import { expect } from 'chai';
import fc from 'fast-check';
import { messageToParts, placeholdersOf } from '../../scripts/core/message.js';
import { protectText } from '../../scripts/money/index.js';

/** Pieces that exercise every detection path, and the ICU syntax characters that need quoting. */
const fragments = [
  '60 KZT (10 rubles)',
  '120 KZT',
  'KZT 60',
  '(about $0.14)',
  '(≈10 ₽)',
  '$2bn',
  '€1.5 billion',
  '5 million tenge',
  '3,000',
  '1.5',
  '26',
  '2022',
  '7 January',
  'January 5, 2022',
  'Jan. 5',
  '31 February',
  'May',
  'March',
  '5%',
  'COVID-19',
  'Eighteen',
  'CSTO',
  "Prosecutor's",
  "'",
  '{',
  '}',
  '#',
  ' ',
  ',',
  '.',
  '(',
  ')',
  '-',
  '\n',
  '\u00A0',
  '2 января',
  '3 000 рублей',
  '2. Januar',
  '3.000 Euro',
];

const textArbitrary = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.nat({ max: 99999 }).map(String)), {
    maxLength: 24,
  })
  .map((pieces) => pieces.join(''));

describe('protectText (property)', () => {
  for (const lang of ['en', 'ru', 'de']) {
    it(`${lang}: placeholders match the spans and restoring the source text gives the original back`, () => {
      fc.assert(
        fc.property(textArbitrary, (text) => {
          const { spans, message } = protectText(text, { lang, articleDate: '2022-01-07' });

          let previousEnd = 0;
          const counts = { money: 0, number: 0, date: 0 };
          for (const span of spans) {
            expect(span.start).to.be.at.least(previousEnd);
            expect(span.end).to.be.above(span.start);
            expect(span.end).to.be.at.most(text.length);
            counts[span.kind] += 1;
            expect(span.placeholder).to.equal(`${span.kind.charAt(0)}${counts[span.kind]}`);
            previousEnd = span.end;
          }

          expect(placeholdersOf(message)).to.deep.equal(spans.map((span) => span.placeholder));

          const byPlaceholder = new Map(spans.map((span) => [span.placeholder, text.slice(span.start, span.end)]));
          const restored = messageToParts(message)
            .map((part) => (part.type === 'text' ? part.value : byPlaceholder.get(part.name)))
            .join('');
          expect(restored).to.equal(text);
        }),
        { numRuns: 400 },
      );
    });
  }
});
