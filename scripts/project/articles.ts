import path from 'node:path';
import fg from 'fast-glob';
import { ConfigError } from '../core/errors.js';
import type { GlossaConfig } from '../config.js';

export interface ArticleFile {
  /** Article name: path below the glob's base folder, without `.md`. */
  readonly name: string;
  /** Path relative to the project root, forward slashes. */
  readonly file: string;
  readonly absolutePath: string;
}

/** The source articles matched by the configuration, sorted by path so every run sees the same order. */
export async function findArticles(config: GlossaConfig): Promise<ArticleFile[]> {
  const found = new Map<string, ArticleFile>();
  for (const pattern of config.sources) {
    const base = globBase(pattern);
    // Synchronous: fast-glob's async walker costs twice the time on an archive's few folders.
    const files = fg.sync(pattern, { cwd: config.root, onlyFiles: true, dot: false });
    for (const file of files) {
      const name = path.posix.relative(base, file).replace(/\.(md|markdown)$/i, '');
      const existing = found.get(name);
      if (existing && existing.file !== file) {
        throw new ConfigError(`two source files map to the article name "${name}": ${existing.file} and ${file}`, config.file);
      }
      found.set(name, { name, file, absolutePath: path.join(config.root, file) });
    }
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The folder part of a glob before its first wildcard: "source/**\/*.md" → "source". */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}
