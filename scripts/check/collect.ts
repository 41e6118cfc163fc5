import path from 'node:path';
import fg from 'fast-glob';
import type { GlossaConfig } from '../config.js';
import { LineIndex } from '../core/position.js';
import type { Segment } from '../core/segment.js';
import { messageOffsetToFileOffset } from '../locales/resource-file.js';
import { readResource } from '../locales/store.js';
import type { TranslationUnit } from './rule.js';

/** One locale resource of an article: `locales/<locale>/<article>.json`. */
export interface ResourceRef {
  readonly article: string;
  readonly locale: string;
  /** Relative to the project root. */
  readonly file: string;
}

/**
 * The target locales' resources of the articles `includes` accepts, by
 * article, each article's in the order of the configured locales.
 */
export async function listResources(config: GlossaConfig, includes: (article: string) => boolean): Promise<Map<string, ResourceRef[]>> {
  const byArticle = new Map<string, ResourceRef[]>();
  for (const locale of config.targetLocales) {
    const folder = path.posix.join(config.locales, locale);
    const files = fg.sync(`${fg.escapePath(folder)}/**/*.json`, { cwd: config.root, onlyFiles: true });
    for (const file of files.sort()) {
      const article = path.posix.relative(folder, file).replace(/\.json$/, '');
      if (!includes(article)) continue;
      const list = byArticle.get(article) ?? [];
      list.push({ article, locale, file });
      byArticle.set(article, list);
    }
  }
  return byArticle;
}

/**
 * Every entry of a resource as a check unit. A translation is judged against
 * the source of its own article (`segments`); without one it is all stale.
 * `read` reads the resource's bytes (see `readResource`).
 */
export async function resourceUnits(
  config: GlossaConfig,
  { article, locale, file }: ResourceRef,
  segments: ReadonlyMap<string, Segment> | undefined,
  read?: (absolutePath: string) => Buffer,
): Promise<TranslationUnit[]> {
  const resource = await readResource(config.root, file, read);
  const lines = new LineIndex(resource.text);
  return resource.entries.map((entry) => {
    const source = segments?.get(entry.id);
    return {
      side: 'translation',
      origin: 'resource',
      article,
      file,
      locale,
      id: entry.id,
      text: entry.message,
      ...(source ? { source } : {}),
      location: { position: (offset: number) => lines.positionAt(messageOffsetToFileOffset(entry, offset)) },
    };
  });
}
