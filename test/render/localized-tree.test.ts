import { expect } from 'chai';
import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { parseMarkdown } from '../../scripts/document/parse-markdown.js';
import { parseArticleAndTree } from '../../scripts/document/read.js';
import { localizedBodyTree, sourceBodyTree } from '../../scripts/render/localized-tree.js';
import { fallbackMarks } from '../../scripts/render/render-html.js';
import { renderBodyWithBlocks, type RenderedSegment } from '../../scripts/render/render-markdown.js';
import { segmentArticle } from '../../scripts/segment/segment-article.js';
import { naiveSplit } from './naive-split.js';
import { fuzzRuns, fuzzSeed } from '../fuzz/mutate.js';


/** A tree as the HTML renderer sees it: without the positions, which only a parse can give. */
function withoutPositions(tree: unknown): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

const html = (tree: Root) => toHtml(toHast(tree));

interface Rendering {
  readonly source: ReturnType<typeof sourceBodyTree>;
  readonly body: string;
  readonly tree: Root;
}

/** Renders `markdown` (a body) with each segment's text from `translate`, fallback marks included, and builds its tree both ways. */
function rendering(markdown: string, translate: (text: string, index: number) => { text: string; fallback: boolean }): Rendering {
  const { document, tree } = parseArticleAndTree(`---\ntitle: T\ndate: 2022-01-07\npublisher: P\nlang: en\n---\n\n${markdown}`, 'a.md', 'a');
  const rendered: RenderedSegment[] = segmentArticle(document, { split: naiveSplit }).map((segment, index) => ({ segment, ...translate(segment.text, index) }));
  const source = sourceBodyTree(document, tree);
  const { body, blocks } = renderBodyWithBlocks(document, rendered, fallbackMarks);
  return { source, body, tree: localizedBodyTree(source, body, blocks) };
}

/** Whether the tree was built from the source's (its root is a copy of the source's root, position and all). */
const fromSource = (result: Rendering) => result.tree.position === result.source.tree.position;

function expectSameAsParsed(result: Rendering): void {
  const parsed = parseMarkdown(result.body);
  expect(withoutPositions(result.tree), JSON.stringify(result.body)).to.deep.equal(withoutPositions(parsed));
  expect(html(result.tree)).to.equal(html(parsed));
}

// Segment 0 is the title; segment 1 is the first paragraph, alone in its block.
const article = [
  'Only sentence here.',
  'First sentence here. Second one follows.',
  '## A heading with words',
  '> A quoted line. Another quoted one.\n> The quote goes on.',
  '- An item in a list. It has two sentences.\n- Another item.',
  '| Name | Value |\n|------|:-----:|\n| Almaty | Big city |',
  'A paragraph that is\nwrapped over lines. It ends here.',
  '```\nkeep. this. code.\n```',
  'Setext heading words\n--------------------',
].join('\n\n');

describe('render/localized tree', () => {
  it('builds a plain rendering from the source tree, equal to parsing the rendered body', () => {
    const words = ['Алматы — крупнейший город.', 'Kasachstan hat 19 Mio. Einwohner.', '2022 жылы «Қазақстан» (ҚР) өсті.', "L'économie, c'est 5 % — ou 3,5 ₸!"];
    const result = rendering(article, (_text, index) => ({ text: words[index % words.length]!, fallback: index % 3 === 2 }));
    expect(fromSource(result)).to.equal(true);
    expectSameAsParsed(result);
    // Segment 0 is the title; 1 the first paragraph; 2 and 3 the second, 2 a fallback; 4 the heading.
    expect(html(result.tree)).to.include(`<p>${words[1]}</p>\n<p>${fallbackMarks.open}${words[2]}${fallbackMarks.close} ${words[3]}</p>\n<h2>${words[0]}</h2>`);
  });

  it('keeps a wrapped paragraph and a quote going on over lines as one text, as the parser does', () => {
    const result = rendering('> One line. And two.\n> And three here.\n\nPlain\nwrapped. Lines here.', (text) => ({ text: text.toUpperCase(), fallback: false }));
    expect(fromSource(result)).to.equal(true);
    expectSameAsParsed(result);
    expect(html(result.tree)).to.include('<p>ONE LINE. AND TWO.\nAND THREE HERE.</p>');
  });

  // Each of these, put in place of a sentence, either means something to Markdown or may: the rendered body is parsed.
  const notPlain = [
    '5. Januar war kalt.', '1) Punkt eins.', '# Kein Titel', '> Zitat', '- Punkt', '+ Punkt', '* Punkt', '*betont*', '_betont_', '`Code`',
    '[Link](https://example.com)', '![Bild](b.png)', '<b>fett</b>', '&amp; mehr', 'Ende\\', 'a | b', '~~weg~~', 'x@example.com', 'www.example.com',
    'Siehe http://example.com', 'Zeile\n\nAbsatz', 'Zeile  \nUmbruch', 'Zeile\n> Zitat', 'Zeile\n    > Zitat', 'Zeile\n\tEinzug', ' Leer davor', 'Leer danach ',
    'Tab\tinnen', '\u0000', '5:', '===', '---', '[^1]', '[ ] Aufgabe', 'Ende #',
  ];
  for (const text of notPlain) {
    it(`parses the rendered body when a sentence reads ${JSON.stringify(text)}`, () => {
      const result = rendering(article, (_source, index) => ({ text: index === 1 ? text : 'Слово.', fallback: false }));
      expect(fromSource(result)).to.equal(false);
      expectSameAsParsed(result);
    });
  }

  it('takes a line break with quote markers only as the source paragraph has it', () => {
    const cases: [source: string, translation: string, fromTheSource: boolean][] = [
      ['> > One here.\n> > Two here.', 'Раз\n> > два', true],
      ['> One here.\n> Two here.', 'Раз\n> > два', false],
      ['> One here. Two here.', 'Раз\n> два', false],
      // In a list item, a quote's markers come after the item's indent; without it, the list ends.
      ['- Item here.\n\n  > One here.\n  > Two here.', 'Раз\n  > два', true],
      ['- Item here.\n\n  > One here.\n  > Two here.', 'Раз\n> два', false],
      ['- Item here.\n\n  > One here. Two here.', 'Раз\nдва', true],
    ];
    for (const [source, translation, fromTheSource] of cases) {
      const result = rendering(source, (text, index) => ({ text: text.startsWith('One') ? translation : `${text}${index}`, fallback: false }));
      expect(fromSource(result), `${source} ← ${translation}`).to.equal(fromTheSource);
      expectSameAsParsed(result);
    }
  });

  it('is what parsing gives, for random articles and translations (property)', function () {
    this.timeout(0);
    const sentence = fc.constantFrom('Almaty grew fast.', 'The tenge fell 5%.', 'He said "no" to it.', 'On 2 January, prices rose.', 'Prices rose by $9.1 million.');
    const block = fc.oneof(
      fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' ')),
      fc.array(sentence, { minLength: 2, maxLength: 3 }).map((sentences) => sentences.join('\n')),
      sentence.map((text) => `## ${text}`),
      sentence.map((text) => `${text}\n${'='.repeat(text.length)}`),
      fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.map((text) => `> ${text}`).join('\n')),
      fc.array(sentence, { minLength: 1, maxLength: 2 }).map((sentences) => `> > ${sentences.join('\n> ')}`),
      fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.map((text, index) => `${index + 1}. ${text}`).join('\n')),
      fc.array(sentence, { minLength: 1, maxLength: 2 }).map((sentences) => `- ${sentences.join('\n  ')}`),
      fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | x |\n|---|:-:|\n| ${b} | y |`),
      sentence.map((text) => `*${text}* and [a link](https://example.com).`),
      fc.tuple(sentence, sentence).map(([a, b]) => `> ${a}\n${b}`),
      fc.tuple(sentence, sentence).map(([a, b]) => `- ${a}\n\n  > ${b}\n  > ${a}`),
      fc.tuple(sentence, sentence).map(([a, b]) => `1. ${a}\n   - ${b}\n     ${a}`),
      fc.tuple(sentence, sentence).map(([a, b]) => `${a}\n\t${b}`),
      fc.constant('```\ncode. stays.\n```'),
    );
    const translation = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('Алматы быстро рос.', 'Тенге упал на 5%.', 'Er sagte „nein“.', '2 қаңтарда бағалар өсті.', '(Примечание) «Цитата».', 'Ünïcödé straße.') },
      { weight: 2, arbitrary: fc.constantFrom('Раз\nдва.', 'Раз\n> два.', 'Раз\n> > два.', 'Раз\n  > два.', 'Раз\n   два.') },
      { weight: 1, arbitrary: fc.constantFrom(...notPlain) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }).filter((text) => text.trim() !== '') },
    );
    let built = 0;
    const runs = fuzzRuns(400);
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.infiniteStream(fc.tuple(fc.oneof(translation, fc.constant(undefined)), fc.boolean())), (blocks, windows, choices) => {
        const iterator = choices[Symbol.iterator]();
        const markdown = ['Almaty grew.', ...blocks].join('\n\n');
        const result = rendering(windows ? markdown.replace(/\n/g, '\r\n') : markdown, (text) => {
          const [translated, fallback] = iterator.next().value as [string | undefined, boolean];
          return { text: translated ?? text, fallback };
        });
        if (fromSource(result)) built++;
        expectSameAsParsed(result);
      }),
      { numRuns: runs, seed: fuzzSeed() },
    );
    if (process.env['GLOSSA_FUZZ_RUNS']) console.log(`      ${built} of ${runs} renderings built from the source tree`);
    // Most random renderings are plain enough; the property would prove nothing if none were.
    expect(built).to.be.greaterThan(runs / 10);
  });
});
