import path from 'node:path';
import type { GlossaConfig } from '../config.js';
import { localeOutputFolder } from '../project/output-paths.js';

/** The two files build writes for an article in `locale`: Markdown and HTML, under the output folder. */
export function outputFiles(config: GlossaConfig, locale: string, article: string): [string, string] {
  const base = path.posix.join(localeOutputFolder(config, locale), article);
  return [`${base}.md`, `${base}.html`];
}
