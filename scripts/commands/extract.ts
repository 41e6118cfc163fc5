import type { ParallelOptions } from '../core/progress.js';
import { runInParts } from '../parallel/run-in-parts.js';
import { sortByArticle } from '../parallel/sort-results.js';
import type { ExtractResult } from '../pipeline/extract-articles.js';
import type { Project } from '../project/context.js';

export type { ExtractResult } from '../pipeline/extract-articles.js';

/**
 * Writes `locales/<source>/<article>.json` for every article. Messages of
 * sentences that changed or left the article move to `locales/.history/`, so
 * that translators later get the old translation as a fuzzy suggestion;
 * translations themselves are never touched.
 */
export async function extract(project: Project, options: ParallelOptions = {}): Promise<ExtractResult[]> {
  const parts = await runInParts<ExtractResult[]>(project, 'extract', {}, options);
  return sortByArticle(parts.flat());
}

