import { stringify } from 'yaml';
import type { Segment } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';

/** A segment as it appears in one rendering. */
export interface RenderedSegment {
  readonly segment: Segment;
  readonly text: string;
  /** True when no translation existed and the source text stands in. */
  readonly fallback: boolean;
}

export interface FallbackMarks {
  readonly open: string;
  readonly close: string;
}

/** Where a block of the source ended up in a rendered body. */
export interface RenderedBlock {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Rebuilds the article body from its skeleton: everything outside the
 * segments is copied byte for byte, each segment is replaced by its rendered
 * text. A segment rendered as its own source text keeps the original bytes,
 * so rendering the source unchanged gives back the source body exactly.
 */
export function renderBody(document: ArticleDocument, rendered: readonly RenderedSegment[], marks?: FallbackMarks): string {
  return renderBodyWithBlocks(document, rendered, marks).body;
}

/** The body as `renderBody` makes it, and where each of the document's blocks (but the title) is in it. */
export function renderBodyWithBlocks(
  document: ArticleDocument,
  rendered: readonly RenderedSegment[],
  marks?: FallbackMarks,
): { readonly body: string; readonly blocks: readonly RenderedBlock[] } {
  const { blocks: sourceBlocks, bodyStart, text: source } = document;
  const blocks: RenderedBlock[] = [];
  let out = '';
  let cursor = bodyStart;
  let next = 1;
  let openStart = -1;
  // Block edges lie in the skeleton or on a segment's edge, where the body is copied as it is.
  const placeEdges = (upTo: number) => {
    for (; next < sourceBlocks.length; next++) {
      const block = sourceBlocks[next]!;
      if (openStart < 0) {
        if (block.start > upTo) return;
        openStart = out.length + block.start - cursor;
      }
      if (block.end > upTo) return;
      blocks.push({ index: block.index, start: openStart, end: out.length + block.end - cursor });
      openStart = -1;
    }
  };
  for (const { segment, text, fallback } of rendered) {
    if (segment.block === 0) continue;
    placeEdges(segment.offset);
    const end = segment.offset + segment.text.length;
    const replacement = text === segment.text ? source.slice(segment.offset, end) : text;
    out += source.slice(cursor, segment.offset);
    out += fallback && marks ? `${marks.open}${replacement}${marks.close}` : replacement;
    cursor = end;
  }
  placeEdges(source.length);
  return { body: out + source.slice(cursor), blocks };
}

/** The title as rendered: its segments joined. */
export function renderTitle(rendered: readonly RenderedSegment[]): string {
  return rendered
    .filter(({ segment }) => segment.block === 0)
    .map(({ text }) => text)
    .join(' ');
}

/** A complete Markdown rendering: front matter with the rendered title and the locale, then the body. */
export function renderMarkdown(document: ArticleDocument, rendered: readonly RenderedSegment[], locale: string): string {
  const { frontMatter } = document;
  // `money` configures the build, it does not describe the article.
  const { money: _settings, ...extra } = frontMatter.extra;
  const header = stringify(
    { title: renderTitle(rendered), date: frontMatter.date, publisher: frontMatter.publisher, lang: locale, ...extra },
    { lineWidth: 0 },
  );
  const body = renderBody(document, rendered);
  return `---\n${header}---\n${body.startsWith('\n') ? '' : '\n'}${body}`;
}
