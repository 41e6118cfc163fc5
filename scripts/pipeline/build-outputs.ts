import path from 'node:path';

/** The two files build writes for an article in `locale`: Markdown and HTML, under the output folder. */
export function outputFiles(output: string, locale: string, article: string): [string, string] {
  const base = path.posix.join(output, locale, article);
  return [`${base}.md`, `${base}.html`];
}
