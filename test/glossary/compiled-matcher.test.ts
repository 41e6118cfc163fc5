import { expect } from 'chai';
import fc from 'fast-check';
import { compileMatcher, matcherTables, restoreMatcher, type TermMatcher } from '../../scripts/glossary/index.js';
import { ConceptsOnDemand } from '../../scripts/glossary/concepts-on-demand.js';
import { parseGlossaryYaml } from '../../scripts/glossary/yaml-read.js';
import { preferredTerm } from '../../scripts/glossary/term-lookup.js';
import { projectTermbase, randomText } from './helpers.js';

const languages = ['en', 'ru', 'kk', 'uk', 'de'] as const;

/**
 * Tables of a matcher in the order the trie writes them. Before them: the
 * matcher's six header numbers (magic, fingerprint, concept count, entry
 * count, rules flag, checksum), its two entry lists, and the trie's magic,
 * edge count and 14 counts.
 */
const tableNames = [
  'childCount', 'firstSkip', 'firstAccept', 'edgeNode', 'edgeUnit', 'edgeChild', 'skipMax', 'skipTarget', 'skipNext',
  'acceptValue', 'acceptLiteral', 'acceptStem', 'acceptNext', 'valueCodes',
] as const;

/** Where the trie's part of a matcher's tables starts. */
const trieStart = (tables: Int32Array) => 6 + 2 * tables[3]!;

function tableOffsets(tables: Int32Array): Record<(typeof tableNames)[number], { start: number; length: number }> {
  const offsets = {} as Record<(typeof tableNames)[number], { start: number; length: number }>;
  const trie = trieStart(tables);
  let start = trie + 2 + tableNames.length;
  tableNames.forEach((name, index) => {
    const length = tables[trie + 2 + index]!;
    offsets[name] = { start, length };
    start += length;
  });
  expect(start).to.equal(tables.length);
  return offsets;
}

/** A matcher's tables as the cache writes them: its pieces one after another. */
function joined(pieces: readonly Int32Array[]): Int32Array {
  const tables = new Int32Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    tables.set(piece, offset);
    offset += piece.length;
  }
  return tables;
}

function tablesOf(lang: string): Int32Array {
  return joined(matcherTables(compileMatcher(projectTermbase(), lang))!);
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
      const restored = restoreMatcher(projectTermbase(), lang, joined(matcherTables(compiled)!));
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

  it('restored over concepts made on demand, makes only the concepts its matches name, and answers as the compiled one', () => {
    const glossary = projectTermbase();
    const made: string[] = [];
    const concepts = new ConceptsOnDemand(
      glossary.concepts.map((concept) => concept.id),
      (index) => {
        made.push(glossary.concepts[index]!.id);
        return structuredClone(glossary.concepts[index]!);
      },
    );
    const onDemand = { ...glossary, concepts };
    const restored = languages.map((lang) => restoreMatcher(onDemand, lang, tablesOf(lang)));
    expect(made).to.deep.equal([]);
    const text = 'в Алма-Ате казахских правоохранителей';
    const ru = restored[1]!;
    const found = ru.find(text);
    expect(found).to.deep.equal(compileMatcher(glossary, 'ru').find(text));
    expect(found).to.have.length(2);
    // The matched concepts, and the one the context rule of a matched term points to (казахских: казахстанских).
    const ruleTargets = found.flatMap((match) => (match.term.context ?? []).map((rule) => rule.use.conceptId));
    expect(ruleTargets).to.deep.equal(['kazakhstani']);
    expect(made).to.have.members([...found.map((match) => match.conceptId), ...ruleTargets]);
    expect(ru.contextViolations(text)).to.deep.equal(compileMatcher(glossary, 'ru').contextViolations(text));
  });

  it('restored over a concept list that keeps two made concepts, answers as the compiled one while concepts are made again', () => {
    const glossary = projectTermbase();
    let makes = 0;
    const concepts = new ConceptsOnDemand(
      glossary.concepts.map((concept) => concept.id),
      (index) => {
        makes++;
        return structuredClone(glossary.concepts[index]!);
      },
      2,
    );
    const onDemand = { ...glossary, concepts };
    const samples = ['Kazakh law enforcers in Alma-Ata met Kassym-Zhomart Tokayev in Kiev.', 'в Алма-Ате казахских правоохранителей, Тоқаев и Киев', 'Алма-атинского Тоқаевтың, Kiew und Alma-Ata'];
    for (const lang of languages) {
      const restored = restoreMatcher(onDemand, lang, tablesOf(lang));
      const compiled = compileMatcher(glossary, lang);
      for (const text of samples) expect(answers(restored, text), `${lang}: ${text}`).to.deep.equal(answers(compiled, text));
      fc.assert(
        fc.property(randomText, (text) => {
          expect(answers(restored, text)).to.deep.equal(answers(compiled, text));
        }),
        { numRuns: 100 },
      );
    }
    // More concepts were met than two, so some were made again.
    expect(makes).to.be.greaterThan(new Set(glossary.concepts.map((concept) => concept.id)).size);
  });

  it('keeps a restored matcher usable for the languages with context rules', () => {
    const restored = restoreMatcher(projectTermbase(), 'en', tablesOf('en'));
    expect(restored.contextViolations('the Kazakh police said').map((violation) => violation.suggestion)).to.deep.equal(['Kazakhstani']);
  });

  it('writes the same tables for the same glossary, and tables that shrink the edge table to what it needs', () => {
    const first = tablesOf('ru');
    expect(tablesOf('ru')).to.deep.equal(first);
    const { edgeNode } = tableOffsets(first);
    const edges = first[trieStart(first) + 1]!;
    expect(edgeNode.length).to.be.at.least(edges * 2);
    expect(edgeNode.length === 1024 || edgeNode.length < edges * 4).to.equal(true);
  });

  // The live edge table grows four times at once, from 1,024 slots when it is half full: with 513 to 1,024
  // edges it has twice the 2,048 slots the tables may have (and is rehashed to write them); with 1,025 to
  // 2,048, the 4,096 slots they need (and is written as it is).
  for (const [concepts, live] of [[30, 'twice the size it needs'], [60, 'the size it needs']] as const) {
    it(`writes tables a matcher restores exactly when its live edge table is ${live}`, () => {
      const names = Array.from({ length: concepts }, (_, index) => `Zhan${index.toString(36)}abulak Ortalygy${index}`);
      const yaml = ['concepts:', ...names.flatMap((name, index) => [`  - id: c${index}`, '    terms:', '      en:', `        preferred: ${name}`])].join('\n');
      const glossary = parseGlossaryYaml(yaml, 'places.yaml');
      const compiled = compileMatcher(glossary, 'en');
      const tables = joined(matcherTables(compiled)!);
      const edges = tables[trieStart(tables) + 1]!;
      expect(tableOffsets(tables).edgeNode.length).to.equal(live === 'the size it needs' ? 4096 : 2048);
      expect(edges).to.be.within(live === 'the size it needs' ? 1025 : 513, live === 'the size it needs' ? 2048 : 1024);
      const restored = restoreMatcher(glossary, 'en', tables);
      const text = `In ${names[0]} and ${names.at(-1)}, not in Zhanabulak, they met in ${names[concepts >> 1]}.`;
      expect(restored.find(text)).to.deep.equal(compiled.find(text)).and.to.have.length(3);
      expect(joined(matcherTables(restored)!)).to.deep.equal(tables);
    });
  }

  describe('refuses tables that do not fit (a TypeError, so the cache compiles again)', () => {
    const refused = (lang: string, tables: Int32Array) => expect(() => restoreMatcher(projectTermbase(), lang, tables)).to.throw(TypeError);

    it('tables of another language or glossary', () => {
      refused('en', tablesOf('ru'));
      const smaller = { ...projectTermbase(), concepts: projectTermbase().concepts.slice(1) };
      refused('en', joined(matcherTables(compileMatcher(smaller, 'en'))!));
      const [first, ...rest] = projectTermbase().concepts;
      const renamed = { ...projectTermbase(), concepts: [{ ...first!, id: `${first!.id}-renamed` }, ...rest] };
      refused('en', joined(matcherTables(compileMatcher(renamed, 'en'))!));
    });

    it('a damaged header or entry list', () => {
      const tables = tablesOf('ru');
      const entries = tables[3]!;
      // Rules flag, checksum, the first and the last number of each entry list.
      for (const index of [4, 5, 6, 6 + entries - 1, 6 + entries, 6 + 2 * entries - 1]) {
        const changed = tables.slice();
        changed[index] = changed[index]! + 1;
        refused('ru', changed);
      }
      const swapped = tables.slice();
      [swapped[6], swapped[6 + entries - 1]] = [swapped[6 + entries - 1]!, swapped[6]!];
      refused('ru', swapped);
    });

    it('tables cut short, grown by one number, or with another magic number', () => {
      const tables = tablesOf('de');
      refused('de', tables.subarray(0, tables.length - 1));
      refused('de', Int32Array.from([...tables, 0]));
      for (const index of [0, trieStart(tables)]) {
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
      const edgeCount = trieStart(tables) + 1;
      refused('kk', changed((copy) => (copy[edgeCount] = copy[edgeCount]! + 1)));
      // An accepted pattern whose "next" is itself: a lookup would loop over it for ever.
      refused('kk', changed((copy) => (copy[offsets.acceptNext.start] = 0)));
      // Two that link to each other, and a skip edge that links back to an earlier one.
      refused('kk', changed((copy) => ((copy[offsets.acceptNext.start] = 1), (copy[offsets.acceptNext.start + 1] = 0))));
      expect(offsets.skipNext.length).to.be.greaterThan(1);
      refused('kk', changed((copy) => (copy[offsets.skipNext.start + 1] = 0)));
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
