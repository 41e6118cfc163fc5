import { expect } from 'chai';
import fc from 'fast-check';
import { createSegmenter, defaultSrxPath, loadDefaultRules, splitSentences } from '../../scripts/segment/index.js';
import type { SentenceRange } from '../../scripts/segment/index.js';

function texts(text: string, ranges: readonly SentenceRange[]): string[] {
  return ranges.map(({ start, end }) => text.slice(start, end));
}

/** What every segmentation must satisfy, whatever the rules decide. */
function expectWellFormed(text: string, ranges: readonly SentenceRange[]): void {
  let previousEnd = 0;
  for (const { start, end } of ranges) {
    expect(start).to.be.at.least(previousEnd);
    expect(end).to.be.greaterThan(start);
    expect(end).to.be.at.most(text.length);
    const sentence = text.slice(start, end);
    expect(sentence).to.equal(sentence.trim());
    // Nothing but white space is left out between sentences.
    expect(text.slice(previousEnd, start).trim()).to.equal('');
    previousEnd = end;
  }
  expect(text.slice(previousEnd).trim()).to.equal('');
}

describe('segmenter', () => {
  it('keeps abbreviations, times and dates inside the sentence', () => {
    const text = 'Mr. Smith arrived at 5 p.m. on Jan. 5. He left.';
    expect(texts(text, splitSentences(text, 'en'))).to.deep.equal(['Mr. Smith arrived at 5 p.m. on Jan. 5.', 'He left.']);
  });

  it('returns offsets into the input for trimmed sentences', () => {
    const text = '  \tThe president spoke.\n\n  He left.  ';
    expect(splitSentences(text, 'en')).to.deep.equal([
      { start: 3, end: 23 },
      { start: 27, end: 35 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'en')).to.deep.equal([]);
    expect(splitSentences(' \n\t ', 'ru')).to.deep.equal([]);
  });

  it('compiles once and can be reused for many texts', () => {
    const segment = createSegmenter(loadDefaultRules(), 'de');
    expect(texts('Er kam am 7. Januar. Dann ging er.', segment('Er kam am 7. Januar. Dann ging er.'))).to.deep.equal([
      'Er kam am 7. Januar.',
      'Dann ging er.',
    ]);
    expect(texts('Eins. Zwei.', segment('Eins. Zwei.'))).to.deep.equal(['Eins.', 'Zwei.']);
  });

  it('accepts regional language codes and underscores', () => {
    const text = 'Dr. Müller kam. Er blieb.';
    expect(texts(text, splitSentences(text, 'de-AT'))).to.deep.equal(['Dr. Müller kam.', 'Er blieb.']);
    expect(texts(text, splitSentences(text, 'de_CH'))).to.deep.equal(['Dr. Müller kam.', 'Er blieb.']);
  });

  it('segments languages without their own rules with the shared ones', () => {
    const french = 'Le président est arrivé. Il a parlé... puis il est parti! Vraiment?';
    expect(texts(french, splitSentences(french, 'fr'))).to.deep.equal([
      'Le président est arrivé.',
      'Il a parlé... puis il est parti!',
      'Vraiment?',
    ]);
    const japanese = '抗議が始まった。政府は辞任した。';
    expect(texts(japanese, splitSentences(japanese, 'ja'))).to.deep.equal(['抗議が始まった。', '政府は辞任した。']);
  });

  it('handles text outside the Basic Multilingual Plane', () => {
    const text = 'Protests 😀. Next 😀 sentence.';
    expect(texts(text, splitSentences(text, 'en'))).to.deep.equal(['Protests 😀.', 'Next 😀 sentence.']);
  });

  it('cuts once in a long run of blank lines and spaces', () => {
    const text = `First sentence.${' \n'.repeat(20000)}Second sentence.${' '.repeat(40000)}Third.`;
    expect(texts(text, splitSentences(text, 'en'))).to.deep.equal(['First sentence.', 'Second sentence.', 'Third.']);
  });

  it('finds the shipped rules file', () => {
    expect(defaultSrxPath()).to.match(/default\.srx$/);
  });

  for (const lang of ['en', 'ru', 'uk', 'kk', 'de', 'fr']) {
    it(`returns exact, trimmed, ordered substrings for any text (${lang})`, () => {
      const pieces = [
        'Mr.', 'U.S.', 'т. е.', 'z. B.', 'ж.', 'etc.', '3.5', '1.', '7.', 'a.m.', '...', '…', '?!', '!', '?', '.',
        ' ', ' ', ' ', '\n', '\n\n', '\t', '\u00A0', '"', '“', '”', '«', '»', '„', '(', ')', '—', '–', '-', ':', ',',
        'Word', 'word', 'Слово', 'слово', 'Сөз', 'Wort', 'J.', 'Н.', '😀', 'e', 'Ж',
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
          const text = parts.join('');
          expectWellFormed(text, splitSentences(text, lang));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('returns well-formed ranges for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expectWellFormed(text, splitSentences(text, 'en'));
      }),
      { numRuns: 300 },
    );
  });
});
