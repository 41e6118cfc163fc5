import type { Nodes, Parent, Root, Text } from 'mdast';
import type { ArticleDocument } from '../document/model.js';
import { blockNodes, type BlockNode } from '../document/read.js';
import { gfmTrigger, parseMarkdown } from '../document/parse-markdown.js';
import type { RenderedBlock } from './render-markdown.js';

/**
 * The source body's tree, with the node of each of the document's blocks (by
 * index) and, for a paragraph, the line breaks with quote markers it has.
 */
export interface SourceBodyTree {
  readonly tree: Root;
  readonly blocks: ReadonlyMap<number, SourceBlock>;
}

interface SourceBlock {
  readonly node: BlockNode['node'];
  /** The quoted line breaks (`lineBreak`) of a paragraph's source text; undefined for a block that must stay on one line (a heading, a table cell). */
  readonly quotedBreaks: ReadonlySet<string> | undefined;
}

/** The source body's tree (`tree`, parsed from the document's body) for `localizedBodyTree`. */
export function sourceBodyTree(document: ArticleDocument, tree: Root): SourceBodyTree {
  const byStart = new Map(blockNodes(tree).map(({ node, start }) => [start + document.bodyStart, node]));
  const blocks = new Map<number, SourceBlock>();
  for (const block of document.blocks) {
    const node = byStart.get(block.start);
    if (block.index === 0 || !node) continue;
    const text = document.text.slice(block.start, block.end);
    const quotedBreaks = node.type !== 'paragraph' ? undefined : new Set(text.includes('\n') ? [...text.matchAll(lineBreak)].map(([prefix]) => prefix).filter((prefix) => prefix.includes('>')) : []);
    blocks.set(block.index, { node, quotedBreaks });
  }
  return { tree, blocks };
}

/*
 * A line that Markdown reads as nothing but text: it starts with a letter, a
 * digit that does not begin a list item, or an opening quote or bracket (a
 * fallback mark may come first), ends with no space, and has none of the
 * characters that open an inline construct, an entity, an escape, a raw HTML
 * tag or a table cell's edge. Such a line means the same in any block.
 */
const plainLine = /^[\uE000\uE001]*(?:\p{L}|\d(?!\d*[.)])|[«"“„‘'(])[^\\`*_[\]<>&~|#@\p{Cc}]*(?<![\s\p{Cc}])$/u;

/**
 * A paragraph's line break and what the next line starts with: spaces and
 * quote markers (each after at most three spaces), which the parser drops.
 * Whether quote markers continue the paragraph's quote or open one of their
 * own depends on the containers around it (a quote in a list item needs the
 * item's indent first), so a break with quote markers is taken only as the
 * source paragraph has it. A tab, or a marker after more spaces, stays on the
 * line and makes it not plain.
 */
const lineBreak = /\n((?: {0,3}>)*) */g;

/**
 * The Markdown tree of a rendered body. Where every block's rendered text is
 * plain (`plainLine`, line by line), the tree is the source's, each block's
 * inline content replaced by one text node: what parsing the rendered body
 * gives, since its skeleton is the source's byte for byte and plain text
 * changes no structure. Otherwise the rendered body is parsed.
 */
export function localizedBodyTree(source: SourceBodyTree, body: string, rendered: readonly RenderedBlock[]): Root {
  const texts = new Map<Nodes, string>();
  for (const { index, start, end } of rendered) {
    const block = source.blocks.get(index);
    const value = block && plainText(body.slice(start, end), block.quotedBreaks);
    if (value === undefined) return parseMarkdown(body);
    texts.set(block!.node, value);
  }
  return replaceInline(source.tree, texts) as Root;
}

/** The text node value a block's rendered text parses to, or undefined when it is not plain. */
function plainText(blockText: string, quotedBreaks: SourceBlock['quotedBreaks']): string | undefined {
  if (gfmTrigger.test(blockText)) return undefined;
  let lines: string[] = [blockText];
  if (blockText.includes('\n')) {
    if (!quotedBreaks) return undefined;
    lines = [];
    let lineStart = 0;
    for (const match of blockText.matchAll(lineBreak)) {
      if (match[1] !== '' && !quotedBreaks.has(match[0])) return undefined;
      lines.push(blockText.slice(lineStart, match.index));
      lineStart = match.index + match[0].length;
    }
    lines.push(blockText.slice(lineStart));
  }
  return lines.every((line) => plainLine.test(line)) ? lines.join('\n') : undefined;
}

/** A copy of `node` with the children of each node in `texts` replaced by its text; untouched subtrees are shared. */
function replaceInline(node: Nodes, texts: ReadonlyMap<Nodes, string>): Nodes {
  const text = texts.get(node);
  if (text !== undefined) return { ...node, children: [{ type: 'text', value: text } satisfies Text] } as Nodes;
  if (!('children' in node)) return node;
  return { ...node, children: (node as Parent).children.map((child) => replaceInline(child as Nodes, texts)) } as Nodes;
}
