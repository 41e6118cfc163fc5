import { expect } from 'chai';
import fc from 'fast-check';
import { compileMatcher } from '../../scripts/glossary/index.js';
import { found, projectTermbase, randomText, termbaseMatcher } from './helpers.js';

/** Word characters by Unicode category, independent of the matcher's own tables; joiners count as inside a word. */
const wordChar = /^[\p{L}\p{N}\p{M}\u00AD\u200C\u200D\u2060]$/u;

function codePointBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1];
}

function codePointAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(index)!);
}

const isWord = (ch: string | undefined) => ch !== undefined && wordChar.test(ch);

const languages = ['en', 'ru', 'kk', 'uk', 'de'] as const;

describe('term matcher properties (fast-check)', () => {
  before(() => {
    projectTermbase();
  });

  for (const lang of languages) {
    it(`${lang}: every match starts and ends on a word boundary, in order and without overlap`, () => {
      const matcher = termbaseMatcher(lang);
      fc.assert(
        fc.property(randomText, (text) => {
          let previousEnd = 0;
          for (const match of matcher.find(text)) {
            expect(match.start).to.be.lessThan(match.end);
            expect(match.start).to.be.at.least(previousEnd);
            expect(isWord(codePointBefore(text, match.start)), `before ${match.start} in ${JSON.stringify(text)}`).to.equal(false);
            expect(isWord(codePointAt(text, match.end)), `at ${match.end} in ${JSON.stringify(text)}`).to.equal(false);
            expect(isWord(codePointAt(text, match.start)), 'a match starts with a word character').to.equal(true);
            previousEnd = match.end;
          }
        }),
        { numRuns: 400 },
      );
    });

    it(`${lang}: what is found in a sentence does not depend on the text around it`, () => {
      const matcher = termbaseMatcher(lang);
      fc.assert(
        fc.property(randomText, randomText, randomText, (before, core, after) => {
          const offset = before.length + 3;
          const text = `${before} . ${core} . ${after}`;
          const inside = (m: { start: number; end: number }) => m.start >= offset && m.end <= offset + core.length;
          const shift = <T extends { start: number; end: number }>(items: T[]) => items.filter(inside).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
          expect(shift(matcher.find(text))).to.deep.equal(matcher.find(core));
          expect(shift(matcher.contextViolations(text))).to.deep.equal(matcher.contextViolations(core));
        }),
        { numRuns: 300 },
      );
    });

    it(`${lang}: a matched span, taken alone, is matched whole as the same term`, () => {
      const matcher = termbaseMatcher(lang);
      fc.assert(
        fc.property(randomText, (text) => {
          for (const match of matcher.find(text)) {
            const alone = text.slice(match.start, match.end);
            const again = matcher.find(alone);
            expect(again).to.have.length(1);
            expect(again[0]).to.deep.include({ start: 0, end: alone.length, conceptId: match.conceptId, term: match.term });
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('adding 20,000 unrelated concepts changes nothing that is found', () => {
    const termbase = projectTermbase();
    const extra = Array.from({ length: 20_000 }, (_, i) => ({
      id: `synthetic-${i}`,
      terms: {
        en: [
          { text: `Name${i} Surname${i}`, status: 'preferred' as const },
          { text: `Surnam${i}ov`, status: 'deprecated' as const, forms: [`Surnam${i}ov~`] },
        ],
      },
    }));
    const big = compileMatcher({ ...termbase, concepts: [...termbase.concepts, ...extra] }, 'en');
    const sample = 'Kazakh law enforcers in Alma-Ata met Kassym-Zhomart Tokayev; Name17 Surname17 and Surnam42ovs too.';
    expect(found(big, sample)).to.deep.equal([
      ['Kazakh', 'kazakh', 'preferred'],
      ['Alma-Ata', 'almaty', 'deprecated'],
      ['Kassym-Zhomart Tokayev', 'tokayev', 'deprecated'],
      ['Name17 Surname17', 'synthetic-17', 'preferred'],
      ['Surnam42ovs', 'synthetic-42', 'deprecated'],
    ]);
    expect(big.contextViolations(sample).map((v) => v.suggestion)).to.deep.equal(['Kazakhstani']);
  });
});
