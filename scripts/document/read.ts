import { readFile } from 'node:fs/promises';
import type { Heading, Nodes, Paragraph, Parent, Root, TableCell } from 'mdast';
import { InputError } from '../core/errors.js';
import { assertFileSize } from '../core/limits.js';
import { LineIndex } from '../core/position.js';
import { decodeUtf8 } from '../core/utf8.js';
import { checkArticleText } from './article-limits.js';
import { parseFrontMatter, type ParsedFrontMatter } from './front-matter.js';
import type { ArticleDocument, Block } from './model.js';
import { parseMarkdown } from './parse-markdown.js';
import { simpleBlocks, type BlockSpan } from './simple-blocks.js';

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
  checkArticleText(text, file);
  const head = parseFrontMatter(text, file);
  const body = text.slice(head.bodyStart);
  // A body in plain Markdown is split into blocks without a Markdown tree, which only rendering needs.
  return documentOf(text, file, name, head, simpleBlocks(body) ?? blockSpans(parseMarkdown(body)));
}

/** `parseArticle`, and the body's Markdown tree it parsed on the way. */
export function parseArticleAndTree(text: string, file: string, name: string): { readonly document: ArticleDocument; readonly tree: Root } {
  checkArticleText(text, file);
  const head = parseFrontMatter(text, file);
  const tree = parseMarkdown(text.slice(head.bodyStart));
  return { document: documentOf(text, file, name, head, blockSpans(tree)), tree };
}

function documentOf(text: string, file: string, name: string, { frontMatter, titleStart, bodyStart }: ParsedFrontMatter, spans: readonly BlockSpan[]): ArticleDocument {
  const blocks: Block[] = [{ index: 0, kind: 'title', start: titleStart, end: titleStart + frontMatter.title.length, text: frontMatter.title }];
  for (const { kind, start, end } of spans) {
    const blockText = maskContainerMarkers(text.slice(bodyStart + start, bodyStart + end));
    if (blockText.trim() !== '') {
      blocks.push({ index: blocks.length, kind, start: bodyStart + start, end: bodyStart + end, text: blockText });
    }
  }
  if (blocks.length === 1) {
    throw new InputError('the article has no text after its front matter', file, new LineIndex(text).positionAt(bodyStart));
  }
  return { name, file, text, frontMatter, bodyStart, blocks };
}

/** Each block of a body tree: its kind, and where its inline content starts and ends in the body. */
export function blockSpans(tree: Root): BlockSpan[] {
  const spans: BlockSpan[] = [];
  collectBlocks(tree, 'paragraph', (kind, _node, start, end) => spans.push({ kind, start, end }));
  return spans;
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

type BodyBlockKind = BlockSpan['kind'];
type BlockSink = (kind: BodyBlockKind, node: BlockNode['node'], start: number, end: number) => void;

function collectBlocks(node: Nodes, context: BodyBlockKind, sink: BlockSink): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell': {
      const kind: BodyBlockKind = node.type === 'paragraph' ? context : node.type;
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

function visitChildren(node: Parent | Root, context: BodyBlockKind, sink: BlockSink): void {
  for (const child of node.children) collectBlocks(child as Nodes, context, sink);
}

/**
 * Blanks the "> " and indentation that a quote or list repeats on every line of
 * a paragraph, keeping offsets: these markers are skeleton, not sentence text.
 */
function maskContainerMarkers(blockText: string): string {
  return blockText.replace(/\n[ \t>]*/g, (prefix) => '\n' + ' '.repeat(prefix.length - 1));
}
