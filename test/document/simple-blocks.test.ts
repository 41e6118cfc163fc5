import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import { generateArticle } from '../../bench/article.js';
import { generateCast } from '../../bench/corpus.js';
import { parseFrontMatter } from '../../scripts/document/front-matter.js';
import { parseMarkdown } from '../../scripts/document/parse-markdown.js';
import { blockSpans, parseArticle, parseArticleAndTree } from '../../scripts/document/read.js';
import { simpleBlocks } from '../../scripts/document/simple-blocks.js';
import { fuzzRuns, fuzzSeed } from '../fuzz/mutate.js';

/** Whether the scanner read `body`; where it did, its blocks must be the Markdown tree's. */
function readsAsTree(body: string): boolean {
  const fast = simpleBlocks(body);
  if (fast === undefined) return false;
  expect(fast, JSON.stringify(body)).to.deep.equal(blockSpans(parseMarkdown(body)));
  return true;
}

const bodyOf = (article: string) => article.slice(parseFrontMatter(article, 'a.md').bodyStart);

describe('document/simple-blocks: blocks of plain Markdown without a Markdown tree', () => {
  it('reads every sample, fixture and generated bench article, with the blocks the Markdown tree gives', () => {
    const articles: string[] = [];
    for (const folder of ['source', 'test/fixtures/perf-corpus/source']) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) articles.push(readFileSync(`${folder}/${name}`, 'utf8'));
    }
    const cast = generateCast(7, readFileSync('glossary/termbase.yaml', 'utf8'), 400);
    for (let index = 0; index < 60; index++) articles.push(generateArticle(7, index, cast.pools).markdown);
    for (const article of articles) expect(readsAsTree(bodyOf(article))).to.equal(true);
    // The document made from either is the same, block for block.
    for (const article of articles.slice(0, 12)) expect(parseArticle(article, 'a.md', 'a')).to.deep.equal(parseArticleAndTree(article, 'a.md', 'a').document);
  });

  const read: ReadonlyArray<readonly [string, string]> = [
    ['paragraphs of one and of several lines, with trailing spaces and a hard break', '\nOne line.  \n\nTwo  \nlines\\\nand a third.   \n'],
    ['ATX headings, with and without a closing run, empty, and text after them', '# One\n## Two ##\n### Three#\n#### Four \\# five\n##\n## # ##\nText under a heading.\n'],
    ['a heading whose closing run follows a tab', '## Title\t##\n# a `[\t##\n'],
    ['quotes and lists of one-line items, a loose list, text after a blank line', '> "Quoted," he said.\n\n- first item\n- second, with | a pipe\n\n- loose item\n\nAfter the list.\n'],
    ['a heading right after a quote and an item', '> Quote.\n## Heading\n- Item\n# Heading\n'],
    ['CRLF line breaks and no line break at the end', 'First.\r\nSecond line.\r\n\r\n## Head\r\n\r\n- item\r\n\r\nLast'],
    ['lines that only look special: a number, a hash word, a pipe on one line, a no-break space', '2022 was a year.\n\nIt cost 5.3 billion.\n\nTotal | sum on one line.\n\n\u00a0\n'],
    ['inline markup of every kind', 'A *b* **c** `d` [e](f) ![g](h) <i>j</i> &amp; \\* https://x.org ~~s~~ [^n]\n'],
  ];
  for (const [what, body] of read) {
    it(`reads ${what} as the Markdown tree does`, () => expect(readsAsTree(body)).to.equal(true));
  }

  it('reads a paragraph of 20,000 lines, with a pipe on none of them, as one block', () => {
    const body = 'A line of the same paragraph\n'.repeat(20_000);
    expect(readsAsTree(body)).to.equal(true);
    expect(simpleBlocks(body)).to.deep.equal([{ kind: 'paragraph', start: 0, end: body.length - 1 }]);
  });

  const left: ReadonlyArray<readonly [string, string]> = [
    ['a setext heading', 'Title\n=====\n'],
    ['a setext heading made with dashes', 'Title\n---\n'],
    ['indented text (code, or a continuation)', 'Text.\n\n    code\n'],
    ['a fenced code block', '```\ncode\n```\n'],
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |\n'],
    ['a table with no outer pipes', 'a | b\n--- | ---\n1 | 2\n'],
    ['a lazy line after a quote', '> Quoted\ncontinued.\n'],
    ['a quote over two lines', '> One\n> two\n'],
    ['a list right under a paragraph', 'Text.\n- item\n'],
    ['an ordered list', '1. one\n2. two\n'],
    ['another bullet', '* item\n'],
    ['a thematic break', 'Text.\n\n***\n'],
    ['an HTML block', '<div>\nx\n</div>\n'],
    ['a link definition', '[a]: https://example.org\n'],
    ['a task list item', '- [ ] todo\n'],
    ['a heading made of hashes without a space', '#hashtag\n'],
    ['a lone carriage return', 'One\rtwo\n'],
    ['a tab at the start of a line', '\tText.\n'],
  ];
  for (const [what, body] of left) {
    it(`leaves ${what} to the Markdown parser`, () => expect(simpleBlocks(body)).to.equal(undefined));
  }

  it('never gives other blocks than the Markdown tree on generated bodies', function () {
    this.timeout(0);
    const start = fc.constantFrom('', '', '', '# ', '## ', '###', '#', '> ', '>', '- ', '-', '* ', '+ ', '1. ', '2) ', ' ', '  ', '    ', '\t', '---', '===', '***', '___', '```', '~~~', '<div>', '[x]: y', '[ ] ', '| ', ':-', '!', '\\');
    const word = fc.constantFrom('Almaty', 'тенге', 'a', '5.3', '|', '#', '##', '*', '_', '`', '\\', '[', ']', '(', ')', '<', '>', '-', ':', '!', '&amp;', '  ', ' ', '\t', '~');
    const line = fc.tuple(start, fc.array(word, { maxLength: 6 })).map(([head, words]) => head + words.join(words.length % 2 ? ' ' : ''));
    const body = fc
      .tuple(fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([lines, ending, last]) => lines.join(ending) + (last ? ending : ''));
    let taken = 0;
    fc.assert(
      fc.property(body, (text) => {
        if (readsAsTree(text)) taken++;
      }),
      { numRuns: fuzzRuns(3000), seed: fuzzSeed(), endOnFailure: true },
    );
    expect(taken).to.be.greaterThan(fuzzRuns(3000) / 20);
  });
});
