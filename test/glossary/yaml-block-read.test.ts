import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { readBlockYaml } from '../../scripts/glossary/yaml-block-read.js';
import { field, isMapNode, isReadItems, isSeqNode, plainNodes, type YamlNode } from '../../scripts/glossary/yaml-nodes.js';
import { parseGlossaryYaml, readWithPositions } from '../../scripts/glossary/yaml-read.js';
import type { GlossaryError } from '../../scripts/glossary/index.js';
import { glossaryYaml } from '../../bench/glossary-yaml.js';
import { generateEntities } from '../../bench/entities.js';
import { fuzzRuns, fuzzSeed, mutate, mutations } from '../fuzz/mutate.js';

/** js-yaml's reading (core schema) as nodes, or 'refused'. */
function byJsYaml(text: string): YamlNode | 'refused' {
  try {
    return plainNodes(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }));
  } catch {
    return 'refused';
  }
}

/** The property every text must have: the block reader gives up, or reads what js-yaml reads. */
function readsAsJsYaml(text: string): boolean {
  const fast = readBlockYaml(text);
  streamsAsItReads(text, fast);
  if (fast === undefined) return false;
  const reference = byJsYaml(text);
  expect(reference, `js-yaml refuses what the block reader read:\n${text}`).not.to.equal('refused');
  expect(fast, text).to.deep.equal(reference);
  return true;
}

/**
 * Handing the items of the top-level `concepts` sequence on as they are read
 * changes nothing else: the reader gives up on the same texts, and the items
 * handed on, in order, are the items of that sequence.
 */
function streamsAsItReads(text: string, whole: YamlNode | undefined): void {
  const handed: YamlNode[] = [];
  const streamed = readBlockYaml(text, { topKey: 'concepts', read: (item) => (handed.push(item), item) });
  if (whole === undefined) {
    expect(streamed, text).to.equal(undefined);
    return;
  }
  expect(streamed, text).to.deep.equal(whole);
  const concepts = isMapNode(streamed) ? field(streamed, 'concepts') : undefined;
  expect(handed, text).to.deep.equal(isSeqNode(concepts) && isReadItems(concepts) ? concepts.items : []);
}

function readsLikeJsYaml(text: string): void {
  expect(readBlockYaml(text), `gave up on:\n${text}`).not.to.equal(undefined);
  expect(readsAsJsYaml(text)).to.equal(true);
}

describe('glossary/yaml-block-read: the termbase YAML reader', () => {
  it('reads the project termbase and generated ones, in every size the benchmark makes, as js-yaml does', () => {
    const termbase = readFileSync('glossary/termbase.yaml', 'utf8');
    readsLikeJsYaml(termbase);
    readsLikeJsYaml(glossaryYaml(termbase, generateEntities(7, 300)));
    readsLikeJsYaml(readFileSync('glossary/rates.yaml', 'utf8'));
  });

  it('gives parseGlossaryYaml the same glossary as the positional parser', () => {
    const text = glossaryYaml(readFileSync('glossary/termbase.yaml', 'utf8'), generateEntities(3, 40));
    expect(readBlockYaml(text)).not.to.equal(undefined);
    expect(parseGlossaryYaml(text, 'x.yaml')).to.deep.equal(readWithPositions(text, 'x.yaml'));
  });

  it('reads the termbase saved on Windows (CRLF line breaks, a byte order mark) as the same glossary, and reports a problem at the same line and column', () => {
    const text = readFileSync('glossary/termbase.yaml', 'utf8');
    const onWindows = (unix: string) => `\uFEFF${unix.replace(/\n/g, '\r\n')}`;
    expect(readBlockYaml(onWindows(text))).not.to.equal(undefined);
    expect(parseGlossaryYaml(onWindows(text), 'termbase.yaml')).to.deep.equal(parseGlossaryYaml(text, 'termbase.yaml'));
    const broken = text.replace(/^(\s+)- id: kyiv$/m, '$1- id: almaty');
    expect(broken).not.to.equal(text);
    const problem = (yaml: string) => {
      try {
        parseGlossaryYaml(yaml, 'termbase.yaml');
      } catch (error) {
        return (error as GlossaryError).format();
      }
      return 'no problem';
    };
    expect(problem(broken)).to.match(/^termbase\.yaml:\d+:\d+: concept id 'almaty' is used twice/m);
    expect(problem(onWindows(broken))).to.equal(problem(broken));
  });

  it('hands each item of the top-level concepts list on as it is read, and only those', () => {
    const text = 'version: 1\nconcepts:\n  - id: a\n    concepts: [x]\n    terms:\n      en:\n        - A\n  - id: b\n    terms: { en: B }\nother:\n  concepts:\n    - z\n';
    const handed: string[] = [];
    const root = readBlockYaml(text, { topKey: 'concepts', read: (item) => (handed.push(String(isMapNode(item) && (field(item, 'id') as { value: unknown }).value)), handed.length) });
    expect(handed).to.deep.equal(['a', 'b']);
    expect(isMapNode(root)).to.equal(true);
    const concepts = field(root as never, 'concepts');
    expect(isReadItems(concepts)).to.equal(true);
    expect((concepts as { items: unknown[] }).items).to.deep.equal([1, 2]);
    const nested = field(field(root as never, 'other') as never, 'concepts');
    expect(isSeqNode(nested) && !isReadItems(nested)).to.equal(true);
    // A flow list is read whole.
    const flow = readBlockYaml('concepts: [{ id: a }]\n', { topKey: 'concepts', read: () => 'read' });
    expect(isReadItems(field(flow as never, 'concepts'))).to.equal(false);
  });

  it('reads a termbase the same when the block reader gives up after it has handed concepts on', () => {
    const base = glossaryYaml(readFileSync('glossary/termbase.yaml', 'utf8'), generateEntities(5, 30));
    // An anchor in the last concept: the block reader gives up there, and js-yaml reads the file from the start.
    const text = `${base.trimEnd()}\n  - id: last-one\n    note: &n late\n    terms:\n      en:\n        preferred: Last One\n`;
    expect(readBlockYaml(text)).to.equal(undefined);
    const glossary = parseGlossaryYaml(text, 'x.yaml');
    expect(glossary).to.deep.equal(readWithPositions(text, 'x.yaml'));
    expect(glossary.concepts.filter((concept) => concept.id === 'almaty')).to.have.length(1);
    expect(glossary.concepts.at(-1)?.id).to.equal('last-one');
  });

  const read: ReadonlyArray<readonly [string, string]> = [
    ['nested block mappings and sequences', 'a:\n  b:\n    - x\n    - y\n  c: z\nd: e\n'],
    ['a sequence at its key\'s indentation', 'a:\n- x\n- y\nb: 1\n'],
    ['compact mappings in a sequence, `-` alone before a block', 'a:\n  - k: 1\n    l: 2\n  -\n    m: 3\n  - # c\n    - n\n'],
    ['typed plain scalars of the core schema', 'a: 1\nb: -2.5\nc: true\nd: null\ne: ~\nf: 0x1F\ng: 0o17\nh: .inf\ni: -.5e3\nj: .NaN\nk: False\nl: 1_000\nm: 2022-01-07\nn: no\no: "1"\np:\n'],
    ['plain text with colons, hashes and dashes inside', 'a: http://example.org/x#y\nb: 10:30 C# -x ?y :z\nc: Алма-Ата, «Алматы» — город\nd: a # comment\ne: trailing   \n'],
    ['quoted scalars and keys', 'a: "x \\"y\\" \\\\ \\n \\t \\u0416 \\/"\nb: \'it\'\'s\'\n"no": \'yes\'\n\'c d\': "" # c\ne: \'\'\n'],
    ['literal block scalars with every chomping', 'a: |\n  one\n\n   two\n\n\nb: |-\n  x\n  y\n\nc: |+\n  k\n\n\nd: |\n  # not a comment\ne: end\n'],
    ['folded block scalars with every chomping', 'a: >\n  one\n  two\n\n  three\n\n\n\n  four\nb: >-\n  x\n  y\nc: >+\n  k\n\nd: > # header comment\n  v\n'],
    ['flow collections, nested and across lines', 'a: [x, "y z", \'w\', 1, null]\nb: { k: v, l: [1, 2], m: { n: o } }\nc: [one, two,\n    three, # comment\n    four]\nd: []\ne: {}\n'],
    ['comments, blank lines, a document start and a byte order mark', '\uFEFF# head\n---\n\n# c\na: 1 # c\n   # indented comment\n\nb:   # c\n  c: 2\n'],
    ['CRLF line breaks', 'a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  p\r\n  q\r\n'],
    ['no line break at the end', 'a: 1\nb: [x]'],
  ];
  for (const [what, text] of read) {
    it(`reads ${what} as js-yaml does`, () => readsLikeJsYaml(text));
  }

  const left: ReadonlyArray<readonly [string, string]> = [
    ['anchors and aliases', 'a: &x [1]\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a quoted scalar over two lines', 'a: "one\n  two"\n'],
    ['tabs', 'a:\t1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['duplicate keys in a flow mapping', 'a: { k: 1, k: 2 }\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['complex keys', '? a\n: 1\n'],
    ['a key with no space after its colon', 'a:1\n'],
    ['an explicit block indentation', 'a: |2\n   x\n'],
    ['more indented lines in a folded scalar', 'a: >\n  x\n    y\n  z\n'],
    ['keys js-yaml would rename', 'Null: 1\n', ],
    ['keys a plain object would reorder', 'b: 1\n"1": 2\n'],
    ['escapes it does not know', 'a: "\\x41"\n'],
    ['a trailing comma in a flow collection', 'a: [x, y, ]\n'],
    ['a nested sequence on one line', 'a:\n  - - x\n'],
    // js-yaml reads the entry after an empty one into its sequence even when it belongs to an enclosing one.
    ['an empty sequence entry', 'a:\n -\n   - y\n   -\n - 7\n'],
    ['a flow mapping entry without a value', 'a: { k }\n'],
    ['a flow scalar at the end of its line', 'a: [x\n  , y]\n'],
    ['a mapping value after a scalar', 'a: b: c\n'],
    ['a line indented deeper than its mapping', 'a: 1\n  b: 2\n'],
    ['a sequence root', '- a\n'],
    ['an empty file', ''],
    ['a non-printable character', 'a: \u0007\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
  ];
  for (const [what, text] of left) {
    it(`leaves ${what} to js-yaml`, () => {
      expect(readBlockYaml(text)).to.equal(undefined);
    });
  }

  it('never reads a mutated termbase otherwise than js-yaml, and never reads what js-yaml refuses', function () {
    // A long run (GLOSSA_FUZZ_RUNS) takes as long as it needs.
    this.timeout(0);
    const valid = readFileSync('glossary/termbase.yaml');
    let readByIt = 0;
    fc.assert(
      fc.property(mutations, (steps) => {
        if (readsAsJsYaml(mutate(valid, steps).toString('utf8'))) readByIt++;
      }),
      { numRuns: fuzzRuns(300), seed: fuzzSeed(), endOnFailure: true },
    );
    // The property means something only if many mutated files are read, not given up on.
    if (process.env['GLOSSA_FUZZ_RUNS']) console.log(`      read by the block reader: ${readByIt}`);
    expect(readByIt).to.be.greaterThan(fuzzRuns(300) / 20);
  });

  it('never reads a generated document otherwise than js-yaml', function () {
    this.timeout(0);
    let readByIt = 0;
    fc.assert(
      fc.property(yamlDocument, (text) => {
        if (readsAsJsYaml(text)) readByIt++;
      }),
      { numRuns: fuzzRuns(600), seed: fuzzSeed(), endOnFailure: true },
    );
    if (process.env['GLOSSA_FUZZ_RUNS']) console.log(`      read by the block reader: ${readByIt}`);
    expect(readByIt).to.be.greaterThan(fuzzRuns(600) / 10);
  });
});

/** Text in which YAML's indicators turn up often, beside letters of the termbase's languages. */
const scalarText = fc.string({
  unit: fc.constantFrom('a', 'B', 'я', 'Ә', '1', '0', '.', ' ', ' ', ':', '#', '-', '?', "'", '"', '\\', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '~', '\n', 'x'),
  maxLength: 12,
});
const keyText = fc.constantFrom('id', 'term', 'forms', 'note', 'en', 'ru', 'de-CH', '_k', 'a-b', 'null', 'True', '1', 'no', 'a b', 'a:b', '__proto__', '-x');

type Tree = string | number | boolean | null | Tree[] | { readonly pairs: readonly (readonly [string, Tree])[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText,
    fc.integer({ min: -100, max: 100 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.array(fc.tuple(keyText, tie('node')), { maxLength: 4 }).map((pairs) => ({ pairs })),
  ),
})).node;

function isMap(value: Tree): value is { readonly pairs: readonly (readonly [string, Tree])[] } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Style choices, consumed one by one as the document is written. */
const choices = fc.array(fc.nat(9), { minLength: 64, maxLength: 64 });

/** A mapping written as YAML in styles picked at random: block or flow, plain, quoted or block scalars, comments, compact sequences. */
const yamlDocument = fc.tuple(fc.array(fc.tuple(keyText, tree), { minLength: 1, maxLength: 5 }), choices).map(([pairs, picks]) => {
  let pick = 0;
  const next = () => picks[pick++ % picks.length]!;
  const scalar = (value: string | number | boolean | null, indent: number): string => {
    if (typeof value !== 'string') return String(value);
    const style = next();
    if (style < 4) return value;
    if (style < 6) return `'${value.replaceAll("'", "''")}'`;
    if (style < 8) return JSON.stringify(value);
    const pad = ' '.repeat(indent + 1 + (next() % 2));
    return `${style === 8 ? '|' : '>'}${['', '-', '+'][next() % 3]}\n${value.split('\n').map((line) => (line === '' ? '' : pad + line)).join('\n')}`;
  };
  const flow = (value: Tree, indent: number): string => {
    const breakAt = () => (next() === 0 ? `\n${' '.repeat(indent + 1 + (next() % 3))}` : ' ');
    if (Array.isArray(value)) return `[${value.map((item) => flow(item, indent)).join(`,${breakAt()}`)}]`;
    if (isMap(value)) return `{${value.pairs.map(([key, item]) => `${key}: ${flow(item, indent)}`).join(`,${breakAt()}`)}}`;
    return typeof value === 'string' && next() < 6 ? JSON.stringify(value) : scalar(value, indent).split('\n')[0]!;
  };
  const comment = () => (next() === 0 ? ' # c' : '');
  const block = (value: Tree, indent: number): string => {
    const pad = ' '.repeat(indent);
    if (!Array.isArray(value) && !isMap(value)) return ` ${scalar(value, indent)}${comment()}\n`;
    if (next() < 2) return ` ${flow(value, indent)}${comment()}\n`;
    const step = 1 + (next() % 3);
    if (Array.isArray(value)) {
      if (value.length === 0) return ' []\n';
      const at = next() === 0 ? pad : ' '.repeat(indent + step);
      return `${comment()}\n${value.map((item) => `${at}-${block(item, at.length + 2).replace(/^\n +/, ' ')}`).join('')}`;
    }
    if (value.pairs.length === 0) return ' {}\n';
    const inner = ' '.repeat(indent + step);
    return `${comment()}\n${value.pairs.map(([key, item]) => `${inner}${key}:${block(item, inner.length)}`).join('')}`;
  };
  return pairs.map(([key, value]) => `${key}:${block(value, 0)}`).join(next() === 0 ? '\n# between\n' : '');
});
