import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/*
 * Every GitHub Flavored Markdown construct needs one of these: a table a `|`
 * or a delimiter row with a colon (`:-`, which needs no pipe), strikethrough
 * `~`, a footnote `[^`, a task list item `[ ]` or `[x]`, an autolink literal
 * `www.`, `http://`, `https://` or an `@` (e-mail, mailto:, xmpp:). Text
 * without any of them parses to the same tree with or without the GFM
 * extensions, which take more than half of the parse time (their autolink
 * check runs at every letter). The delimiter-row test lets container markers
 * (`>`, list bullets and numbers) precede the row.
 */
export const gfmTrigger = /[|~@]|\[\^|\[[\sxX]\]|www\.|https?:\/\/|^[ \t>*+0-9.)-]*:[ \t\r:-]*$/im;

let extensions: { micromark: ReturnType<typeof gfm>[]; mdast: ReturnType<typeof gfmFromMarkdown> } | undefined;

/** Parses GitHub Flavored Markdown to an mdast tree. */
export function parseMarkdown(text: string): Root {
  if (!gfmTrigger.test(text)) return fromMarkdown(text);
  extensions ??= { micromark: [gfm()], mdast: gfmFromMarkdown() };
  return fromMarkdown(text, { extensions: extensions.micromark, mdastExtensions: extensions.mdast });
}
