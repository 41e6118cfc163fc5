import { readFile } from 'node:fs/promises';
import type { Nodes, Parent, Root } from 'mdast';
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
  checkArticleText(text, file);
  const { frontMatter, titleStart, bodyStart } = parseFrontMatter(text, file);
  const body = text.slice(bodyStart);
  const blocks: Block[] = [{ index: 0, kind: 'title', start: titleStart, end: titleStart + frontMatter.title.length, text: frontMatter.title }];
  const tree = parseMarkdown(body);
  collectBlocks(tree, 'paragraph', (kind, start, end) => {
    const blockText = maskContainerMarkers(text.slice(bodyStart + start, bodyStart + end));
    if (blockText.trim() !== '') {
      blocks.push({ index: blocks.length, kind, start: bodyStart + start, end: bodyStart + end, text: blockText });
    }
  });
  if (blocks.length === 1) {
    throw new InputError('the article has no text after its front matter', file, new LineIndex(text).positionAt(bodyStart));
  }
  return { name, file, text, frontMatter, bodyStart, blocks };
}

type BlockSink = (kind: BlockKind, start: number, end: number) => void;

function collectBlocks(node: Nodes, context: BlockKind, sink: BlockSink): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell': {
      const kind: BlockKind = node.type === 'paragraph' ? context : node.type;
      const first = node.children[0]?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      if (first !== undefined && last !== undefined) sink(kind, first, last);
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
