import { readFile } from 'node:fs/promises';
import type { Heading, Nodes, Paragraph, Parent, Root, TableCell } from 'mdast';
import { InputError } from '../core/errors.js';
import { assertFileSize } from '../core/limits.js';
import { LineIndex } from '../core/position.js';
import { decodeUtf8 } from '../core/utf8.js';
import { checkArticleText } from './article-limits.js';
import { parseFrontMatter } from './front-matter.js';
import type { ArticleDocument, Block, BlockKind } from './model.js';
import { parseMarkdown } from './parse-markdown.js';

export { decodeUtf8 };

/** Reads an article file; `file` is the path shown in messages, `name` the article name. */
export async function readArticle(absolutePath: string, file: string, name: string): Promise<ArticleDocument> {
  let bytes: Buffer;
  await assertFileSize(absolutePath, file, 'articleFileSize');
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw new InputError(`cannot read the article (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
  }
  return parseArticle(decodeUtf8(bytes, file), file, name);
}

/**
 * Splits an article into front matter and translatable blocks. Markdown is
 * parsed by mdast-util-from-markdown (CommonMark); a block's text is the raw
 * inline Markdown of a heading, paragraph or table cell, so inline markup
 * travels with the sentence and everything else stays in the skeleton.
 */
export function parseArticle(text: string, file: string, name: string): ArticleDocument {
  return parseArticleAndTree(text, file, name).document;
}

/** `parseArticle`, and the body's Markdown tree it parsed on the way. */
export function parseArticleAndTree(text: string, file: string, name: string): { readonly document: ArticleDocument; readonly tree: Root } {
  checkArticleText(text, file);
  const { frontMatter, titleStart, bodyStart } = parseFrontMatter(text, file);
  const body = text.slice(bodyStart);
  const blocks: Block[] = [{ index: 0, kind: 'title', start: titleStart, end: titleStart + frontMatter.title.length, text: frontMatter.title }];
  const tree = parseMarkdown(body);
  collectBlocks(tree, 'paragraph', (kind, _node, start, end) => {
    const blockText = maskContainerMarkers(text.slice(bodyStart + start, bodyStart + end));
    if (blockText.trim() !== '') {
      blocks.push({ index: blocks.length, kind, start: bodyStart + start, end: bodyStart + end, text: blockText });
    }
  });
  if (blocks.length === 1) {
    throw new InputError('the article has no text after its front matter', file, new LineIndex(text).positionAt(bodyStart));
  }
  return { document: { name, file, text, frontMatter, bodyStart, blocks }, tree };
}

/** The article body's Markdown tree, parsed again. */
export function parseBody(document: ArticleDocument): Root {
  return parseMarkdown(document.text.slice(document.bodyStart));
}

/** A node that holds a block's inline content, with the block's offsets in the body. */
export interface BlockNode {
  readonly node: Heading | Paragraph | TableCell;
  readonly start: number;
  readonly end: number;
}

/** The nodes of a body tree's blocks, in the order `parseArticle` numbers blocks (blank ones included). */
export function blockNodes(tree: Root): BlockNode[] {
  const blocks: BlockNode[] = [];
  collectBlocks(tree, 'paragraph', (_kind, node, start, end) => blocks.push({ node, start, end }));
  return blocks;
}

type BlockSink = (kind: BlockKind, node: BlockNode['node'], start: number, end: number) => void;

function collectBlocks(node: Nodes, context: BlockKind, sink: BlockSink): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell': {
      const kind: BlockKind = node.type === 'paragraph' ? context : node.type;
      const first = node.children[0]?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      if (first !== undefined && last !== undefined) sink(kind, node, first, last);
      return;
    }
    case 'blockquote':
      return visitChildren(node, 'quote', sink);
    case 'listItem':
      return visitChildren(node, 'listItem', sink);
    default:
      if ('children' in node) visitChildren(node as Parent, context, sink);
  }
}

function visitChildren(node: Parent | Root, context: BlockKind, sink: BlockSink): void {
  for (const child of node.children) collectBlocks(child as Nodes, context, sink);
}

/**
 * Blanks the "> " and indentation that a quote or list repeats on every line of
 * a paragraph, keeping offsets: these markers are skeleton, not sentence text.
 */
function maskContainerMarkers(blockText: string): string {
  return blockText.replace(/\n[ \t>]*/g, (prefix) => '\n' + ' '.repeat(prefix.length - 1));
}
