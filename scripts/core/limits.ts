import { stat } from 'node:fs/promises';
import { InputError } from './errors.js';
import type { Position } from './position.js';

/**
 * Every bound Glossa puts on its input, by name. The names appear in the
 * messages of the errors that enforce them (and in the README's "Limits and
 * safety"), so a refused file says which limit it hit. The defaults are far
 * above what real news articles, termbases and CAT tool files need; they exist
 * so that no input, however built, makes a command run or grow without bound.
 */
export const limits = {
  /** Bytes of one source article (Markdown with front matter). */
  articleFileSize: 4 * 1024 * 1024,
  /** Characters of one line of an article; micromark's cost grows fast on huge lines of inline markup. */
  articleLineLength: 100_000,
  /** Block quotes and list items nested in one another in an article. */
  markdownContainerDepth: 32,
  /** List items in one article; the Markdown parser's time grows with the square of the number of nested lists. */
  markdownListItems: 1_000,
  /** Bytes of one termbase (YAML, TBX or CSV); a 20,000-concept YAML termbase is about 18 MB. */
  glossaryFileSize: 64 * 1024 * 1024,
  /** Bytes of the rates file. */
  ratesFileSize: 8 * 1024 * 1024,
  /** Bytes of one XLIFF file given to `xliff import` or `xliff validate`. */
  xliffFileSize: 100 * 1024 * 1024,
  /** Inline codes and markers (`<pc>`, `<g>`, `<mrk>` …) nested in one another inside one source or target. */
  xliffInlineDepth: 64,
  /** Elements nested in one another in an XLIFF file (inline codes included) or a TBX termbase. */
  xmlElementDepth: 256,
  /** Characters of one attribute value in an XLIFF file or a TBX termbase. */
  xmlAttributeLength: 64 * 1024,
  /** Characters of one run of text in an XLIFF file (a source, target or note between two tags) or a TBX termbase. */
  xmlTextLength: 1024 * 1024,
  /** Aliases (`*name`) of YAML lists or mappings in a termbase, front matter or rates file: none (alias bombs). */
  yamlCollectionAliases: 0,
} as const;

export type LimitName = keyof typeof limits;

/** Input refused because it exceeds one of `limits`; the message names the limit. */
export class LimitError extends InputError {
  override name = 'LimitError';

  constructor(
    readonly limit: LimitName,
    /** What was too large, e.g. "nesting deeper than 64 inline codes". */
    what: string,
    file: string,
    position?: Position,
  ) {
    super(limitMessage(limit, what), file, position);
  }
}

/** "what (limit name = value)": how every refusal by a limit reads. */
export function limitMessage(limit: LimitName, what: string): string {
  return `${what} (limit ${limit} = ${limits[limit].toLocaleString('en')})`;
}

/** Refuses a file larger than the limit for its kind before any of it is read. */
export async function assertFileSize(absolutePath: string, file: string, limit: LimitName & `${string}FileSize`): Promise<void> {
  let size: number;
  try {
    size = (await stat(absolutePath)).size;
  } catch {
    return; // a missing or unreadable file is reported by the reader, with its own message
  }
  if (size > limits[limit]) {
    throw new LimitError(limit, `the file is ${size.toLocaleString('en')} bytes, more than ${limits[limit].toLocaleString('en')}`, file);
  }
}
