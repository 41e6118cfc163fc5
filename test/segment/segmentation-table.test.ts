import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { splitSentences } from '../../scripts/segment/index.js';

interface SegmentationCase {
  readonly name: string;
  readonly input: string;
  readonly expected: readonly string[];
}

const languages = ['en', 'ru', 'uk', 'kk', 'de'] as const;

function readCases(lang: string): SegmentationCase[] {
  return JSON.parse(readFileSync(new URL(`./fixtures/${lang}.json`, import.meta.url), 'utf8')) as SegmentationCase[];
}

for (const lang of languages) {
  describe(`sentence segmentation table (${lang})`, () => {
    const cases = readCases(lang);

    it('has well-formed cases with unique names', () => {
      const names = new Set(cases.map((testCase) => testCase.name));
      expect(names.size).to.equal(cases.length);
      for (const testCase of cases) {
        expect(testCase.name).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        // Each expected sentence appears in the input in order: the table describes cuts, not rewrites.
        let from = 0;
        for (const sentence of testCase.expected) {
          const at = testCase.input.indexOf(sentence, from);
          expect(at, `${testCase.name}: "${sentence}"`).to.be.at.least(0);
          from = at + sentence.length;
        }
      }
    });

    for (const testCase of cases) {
      it(testCase.name, () => {
        const sentences = splitSentences(testCase.input, lang).map(({ start, end }) => testCase.input.slice(start, end));
        expect(sentences).to.deep.equal(testCase.expected);
      });
    }
  });
}
