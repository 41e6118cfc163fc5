/** What a block is, for XLIFF groups and for readers of the structure. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'quote' | 'listItem' | 'tableCell';

/**
 * A run of translatable inline Markdown: the title, a heading, a paragraph, a
 * table cell. `start`/`end` are offsets into the file; everything outside the
 * blocks is skeleton and is copied to every rendering as it is.
 */
export interface Block {
  readonly index: number;
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface FrontMatter {
  readonly title: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly publisher: string;
  readonly lang: string;
  /** Other keys, kept and copied to renderings. */
  readonly extra: Readonly<Record<string, unknown>>;
}

export interface ArticleDocument {
  /** Article name: the path below the sources folder without `.md` (used in locales/<lng>/<name>.json). */
  readonly name: string;
  /** Path relative to the project root, forward slashes. */
  readonly file: string;
  /** The whole file. */
  readonly text: string;
  readonly frontMatter: FrontMatter;
  /** Where the body starts (after the front matter and its closing fence). */
  readonly bodyStart: number;
  /** Block 0 is the title (its value inside the front matter); the rest follow the body in order. */
  readonly blocks: readonly Block[];
}
