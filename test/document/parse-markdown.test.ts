import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parseMarkdown } from '../../scripts/document/parse-markdown.js';

const alwaysGfm = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function nodeTypes(node: Nodes, into = new Set<string>()): Set<string> {
  into.add(node.type);
  if ('children' in node) for (const child of node.children) nodeTypes(child, into);
  return into;
}

const markdownFiles = (folder: string) =>
  readdirSync(new URL(folder, import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(new URL(`${folder}/${file}`, import.meta.url), 'utf8'));

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parseMarkdown', () => {
  it('gives the GFM tree for every article of the sample and the performance corpus', () => {
    const articles = [...markdownFiles('../../source'), ...markdownFiles('../fixtures/perf-corpus/source')];
    expect(articles.length).to.be.greaterThan(3);
    for (const text of articles) expect(parseMarkdown(text)).to.deep.equal(alwaysGfm(text));
  });

  const constructs: Array<[string, string, string]> = [
    ['table', '| a | b |\n| - | - |\n| 1 | 2 |\n', 'table'],
    ['table without pipes', 'Rate\n:-\nKZT\n', 'table'],
    ['table without pipes in a quote', '> Rate\n> --:\n', 'table'],
    ['table without pipes in a list item', '1. Rate\n   :-:\n', 'table'],
    ['strikethrough', 'Prices ~~fell~~ rose.\n', 'delete'],
    ['single-tilde strikethrough', 'Prices ~fell~ rose.\n', 'delete'],
    ['footnote', 'Said so.[^1]\n\n[^1]: Reuters.\n', 'footnoteReference'],
    ['task list', '- [ ] check rates\n- [x] check names\n', 'listItem'],
    ['task list with a capital X', '* [X] done\n', 'listItem'],
    ['www autolink', 'See www.oreanda.ru for more.\n', 'link'],
    ['upper-case WWW autolink', 'See WWW.OREANDA.RU for more.\n', 'link'],
    ['http autolink', 'See http://oreanda.ru/en.\n', 'link'],
    ['https autolink', 'See HTTPS://oreanda.ru/en.\n', 'link'],
    ['e-mail autolink', 'Write to desk@oreanda.ru today.\n', 'link'],
    ['mailto autolink', 'Write to mailto:desk@oreanda.ru today.\n', 'link'],
  ];
  for (const [name, text, type] of constructs) {
    it(`parses a ${name} as GFM`, () => {
      const tree = parseMarkdown(text);
      expect(tree).to.deep.equal(alwaysGfm(text));
      expect(nodeTypes(tree)).to.include(type);
      if (name.startsWith('task list')) expect(JSON.stringify(tree)).to.match(/"checked":(true|false)/);
    });
  }

  it('gives the GFM tree for random Markdown without the GFM marks', () => {
    // Markdown's own punctuation and the neighbours of GFM's marks, but none of the marks themselves.
    const alphabet = ['a', 'w', 'W', 'h', 't', 'p', 's', 'x', 'X', ' ', ' ', '\n', '\n\n', '\r\n', '*', '_', '`', '#', '>', '> ', '-', '- ', '+', '1.', '1) ', '[', ']', '(', ')', '!', '<', '&', ':', '/', '.', '\\', '^', '=', 'Алматы', '«', '»', '\t', '    ', '---', '-:', ':-'];
    const next = random(2022);
    for (let sample = 0; sample < 5_000; sample++) {
      const length = 1 + Math.floor(next() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(parseMarkdown(text), JSON.stringify(text)).to.deep.equal(alwaysGfm(text));
    }
  });
});
