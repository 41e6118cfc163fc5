import path from 'node:path';
import fg from 'fast-glob';
import type { GlossaConfig } from '../config.js';
import { LineIndex } from '../core/position.js';
import type { Segment } from '../core/segment.js';
import { messageOffsetToFileOffset } from '../locales/resource-file.js';
import { readResource } from '../locales/store.js';
import type { TranslationUnit } from './rule.js';

/**
 * Every translation entry of the target locales' resources of the articles
 * `includes` accepts, as check units. A translation is judged against the
 * source of its own article; a resource without an article is all stale.
 */
export async function collectResourceUnits(
  config: GlossaConfig,
  segmentsByArticle: ReadonlyMap<string, ReadonlyMap<string, Segment>>,
  includes: (article: string) => boolean,
): Promise<TranslationUnit[]> {
  const units: TranslationUnit[] = [];
  for (const locale of config.targetLocales) {
    const folder = path.posix.join(config.locales, locale);
    const files = await fg(`${fg.escapePath(folder)}/**/*.json`, { cwd: config.root, onlyFiles: true });
    for (const file of files.sort()) {
      const article = path.posix.relative(folder, file).replace(/\.json$/, '');
      if (!includes(article)) continue;
      const resource = await readResource(config.root, file);
      const lines = new LineIndex(resource.text);
      const articleSegments = segmentsByArticle.get(article);
      for (const entry of resource.entries) {
        const source = articleSegments?.get(entry.id);
        units.push({
          side: 'translation',
          origin: 'resource',
          article,
          file,
          locale,
          id: entry.id,
          text: entry.message,
          ...(source ? { source } : {}),
          location: { position: (offset: number) => lines.positionAt(messageOffsetToFileOffset(entry, offset)) },
        });
      }
    }
  }
  return units;
}
