import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import fc from 'fast-check';
import { readArticle } from '../../scripts/document/read.js';
import { compileMatcher, loadGlossary, writeTbx } from '../../scripts/glossary/index.js';
import { parseGlossaryYaml } from '../../scripts/glossary/yaml-read.js';
import { loadRates, protectText } from '../../scripts/money/index.js';
import { segmentArticle } from '../../scripts/segment/segment-article.js';
import { createSegmenter, loadDefaultRules } from '../../scripts/segment/index.js';
import { fuzzRuns, fuzzSeed, mutate, mutations, outcome, Tally } from './mutate.js';

/**
 * Mutated termbases (YAML, TBX, CSV), articles and rate tables through the
 * readers the commands use: each ends in a result or a Glossa error (exit 2),
 * never another exception (exit 3), within a time bound.
 */
describe('fuzz: termbase, article and rates readers', function () {
  this.timeout(0);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-fuzz-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  const termbaseYaml = readFileSync('glossary/termbase.yaml');
  const englishTerms = compileMatcher(parseGlossaryYaml(termbaseYaml.toString('utf8'), 'termbase.yaml'), 'en');
  const inputs: ReadonlyArray<readonly [name: string, file: string, original: () => Buffer, read: (file: string) => Promise<unknown>]> = [
    ['termbase YAML', 'termbase.yaml', () => termbaseYaml, (file) => loadGlossary(file).then((glossary) => compileMatcher(glossary, 'ru').find('в Алма-Ате'))],
    [
      'termbase TBX',
      'termbase.tbx',
      () => Buffer.from(writeTbx(parseGlossaryYaml(termbaseYaml.toString('utf8'), 'termbase.yaml')), 'utf8'),
      (file) => loadGlossary(file),
    ],
    ['termbase CSV', 'termbase.csv', () => readFileSync('test/glossary/fixtures/glossary.csv'), (file) => loadGlossary(file)],
    [
      'article',
      'article.md',
      () => readFileSync('source/ablyazov-kazakhstan-protests.md'),
      async (file) => {
        const document = await readArticle(file, 'source/article.md', 'article');
        return segmentArticle(document, {
          split: createSegmenter(loadDefaultRules(), 'en'),
          protect: (text, articleDate) => protectText(text, { lang: 'en', articleDate }),
          findTerms: (text) => englishTerms.find(text),
        });
      },
    ],
    ['rates', 'rates.yaml', () => readFileSync('glossary/rates.yaml'), (file) => loadRates(file)],
  ];

  for (const [name, fileName, original, read] of inputs) {
    it(`${name}: a result or exit 2, never 3, in bounded time`, async () => {
      const valid = original();
      const file = path.join(folder, fileName);
      const tally = new Tally();
      await fc.assert(
        fc.asyncProperty(mutations, async (steps) => {
          writeFileSync(file, mutate(valid, steps));
          const result = await outcome(async () => {
            await read(file);
            return 0;
          });
          tally.add(result.code, result.ms);
          expect(result.code, String((result.error as Error | undefined)?.stack)).to.be.oneOf([0, 2]);
          expect(result.ms, 'time').to.be.below(10_000);
        }),
        { numRuns: fuzzRuns(25), seed: fuzzSeed(), endOnFailure: true },
      );
      if (process.env['GLOSSA_FUZZ_RUNS']) console.log(`      ${name}: ${tally}`);
    });
  }
});
