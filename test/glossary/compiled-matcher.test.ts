import { expect } from 'chai';
import fc from 'fast-check';
import { compileMatcher, matcherTables, restoreMatcher, type TermMatcher } from '../../scripts/glossary/index.js';
import { preferredTerm } from '../../scripts/glossary/term-lookup.js';
import { projectTermbase, randomText } from './helpers.js';

const languages = ['en', 'ru', 'kk', 'uk', 'de'] as const;

/** Tables of a matcher in the order the trie writes them, after the matcher's two header numbers and the trie's magic, edge count and 14 counts. */
const tableNames = [
  'childCount', 'firstSkip', 'firstAccept', 'edgeNode', 'edgeUnit', 'edgeChild', 'skipMax', 'skipTarget', 'skipNext',
  'acceptValue', 'acceptLiteral', 'acceptStem', 'acceptNext', 'valueCodes',
] as const;

function tableOffsets(tables: Int32Array): Record<(typeof tableNames)[number], { start: number; length: number }> {
  const offsets = {} as Record<(typeof tableNames)[number], { start: number; length: number }>;
  let start = 4 + tableNames.length;
  tableNames.forEach((name, index) => {
    const length = tables[4 + index]!;
    offsets[name] = { start, length };
    start += length;
  });
  expect(start).to.equal(tables.length);
  return offsets;
}

function tablesOf(lang: string): Int32Array {
  return matcherTables(compileMatcher(projectTermbase(), lang))!;
}

/** Everything a rule asks of a matcher about one text. */
function answers(matcher: TermMatcher, text: string): unknown {
  const glossary = projectTermbase();
  return {
    found: matcher.find(text),
    violations: matcher.contextViolations(text),
    rewrites: matcher.find(text).map((match) => {
      const concept = glossary.concepts.find((candidate) => candidate.id === match.conceptId)!;
      const preferred = preferredTerm(concept, matcher.lang);
      return preferred && matcher.rewrite(text, match, preferred);
    }),
  };
}

describe('compiled matcher tables', () => {
  for (const lang of languages) {
    it(`${lang}: a matcher restored from its tables answers exactly as the compiled one`, () => {
      const compiled = compileMatcher(projectTermbase(), lang);
      const restored = restoreMatcher(projectTermbase(), lang, matcherTables(compiled)!);
      const samples = ['Kazakh law enforcers in Alma-Ata met Kassym-Zhomart Tokayev.', 'в Алма-Ате казахских правоохранителей', 'Алма-атинского Тоқаевтың'];
      for (const text of samples) expect(answers(restored, text), text).to.deep.equal(answers(compiled, text));
      fc.assert(
        fc.property(randomText, (text) => {
          expect(answers(restored, text)).to.deep.equal(answers(compiled, text));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('keeps a restored matcher usable for the languages with context rules', () => {
    const restored = restoreMatcher(projectTermbase(), 'en', tablesOf('en'));
    expect(restored.contextViolations('the Kazakh police said').map((violation) => violation.suggestion)).to.deep.equal(['Kazakhstani']);
  });

  it('writes the same tables for the same glossary, and tables that shrink the edge table to what it needs', () => {
    const first = tablesOf('ru');
    expect(tablesOf('ru')).to.deep.equal(first);
    const { edgeNode } = tableOffsets(first);
    const edges = first[3]!;
    expect(edgeNode.length).to.be.at.least(edges * 2);
    expect(edgeNode.length === 1024 || edgeNode.length < edges * 4).to.equal(true);
  });

  describe('refuses tables that do not fit (a TypeError, so the cache compiles again)', () => {
    const refused = (lang: string, tables: Int32Array) => expect(() => restoreMatcher(projectTermbase(), lang, tables)).to.throw(TypeError);

    it('tables of another language or glossary', () => {
      refused('en', tablesOf('ru'));
      const smaller = { ...projectTermbase(), concepts: projectTermbase().concepts.slice(1) };
      refused('en', matcherTables(compileMatcher(smaller, 'en'))!);
    });

    it('tables cut short, grown by one number, or with another magic number', () => {
      const tables = tablesOf('de');
      refused('de', tables.subarray(0, tables.length - 1));
      refused('de', Int32Array.from([...tables, 0]));
      for (const index of [0, 2]) {
        const changed = tables.slice();
        changed[index]! ^= 1;
        refused('de', changed);
      }
      refused('de', new Int32Array(0));
    });

    it('an index outside its table, an edge count that disagrees, or a list that never ends', () => {
      const tables = tablesOf('kk');
      const offsets = tableOffsets(tables);
      const changed = (change: (copy: Int32Array) => void) => {
        const copy = tables.slice();
        change(copy);
        return copy;
      };
      refused('kk', changed((copy) => (copy[offsets.edgeChild.start] = offsets.childCount.length)));
      refused('kk', changed((copy) => (copy[offsets.firstSkip.start] = offsets.skipMax.length)));
      refused('kk', changed((copy) => (copy[offsets.valueCodes.start] = 1_000_000)));
      refused('kk', changed((copy) => (copy[offsets.acceptValue.start] = offsets.valueCodes.length)));
      refused('kk', changed((copy) => (copy[3] = copy[3]! + 1)));
      // An accepted pattern whose "next" is itself: a lookup would loop over it for ever.
      refused('kk', changed((copy) => (copy[offsets.acceptNext.start] = 0)));
    });

    it('any single damaged number either is refused or gives a matcher whose lookups end', () => {
      const tables = tablesOf('uk');
      fc.assert(
        fc.property(fc.nat({ max: tables.length - 1 }), fc.integer({ min: -2, max: 0x7fffffff }), (index, value) => {
          const copy = tables.slice();
          copy[index] = value;
          let matcher: TermMatcher;
          try {
            matcher = restoreMatcher(projectTermbase(), 'uk', copy);
          } catch (error) {
            expect(error).to.be.instanceOf(TypeError);
            return;
          }
          // Wrong answers are possible from wrong tables; what must hold is that looking up ends.
          matcher.find('Жанибек Токаєву в Алма-Аті, Казахстан; Токаєв і казахстанські правоохоронці');
        }),
        { numRuns: 200 },
      );
    });
  });
});
