import { allLocales, selectLocales } from '../config.js';
import type { ParallelOptions } from '../core/progress.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { runInParts } from '../parallel/run-in-parts.js';
import { sortByArticle } from '../parallel/sort-results.js';
import type { BuildResult } from '../pipeline/build-articles.js';
import type { Project } from '../project/context.js';
import { indexPage } from '../project/output-paths.js';
import { cacheKey, codeKey } from '../project/content-cache.js';
import { stageMemo } from '../pipeline/stage-memo.js';

export type { BuildResult } from '../pipeline/build-articles.js';

export interface BuildOptions extends ParallelOptions {
  readonly locales?: readonly string[];
}

/**
 * Renders every article in every requested locale into
 * `<output>/<lng>/<article>.md` and `.html`, in worker threads when `jobs` > 1.
 */
export async function build(project: Project, options: BuildOptions = {}): Promise<BuildResult[]> {
  const { config } = project;
  const all = allLocales(config);
  selectLocales(config, options.locales, { withSource: true });
  const parts = await runInParts<BuildResult[]>(project, 'build', { locales: options.locales ?? [] }, options);
  const results = sortByArticle(parts.flat(), all);
  await writeIndex(project, (await project.articles.list()).map((file) => file.name), results);
  return results;
}

/** The index page of the articles and their copies; not rendered again when the results and the page are those of an earlier run. */
async function writeIndex(project: Project, articles: readonly string[], results: readonly BuildResult[]): Promise<void> {
  const { config } = project;
  const file = indexPage(config);
  const settings = cacheKey('index', await codeKey(), config.sourceLocale, JSON.stringify(articles), JSON.stringify(results));
  const memo = stageMemo<true>(project, 'index', settings, [], [file], false);
  if (memo.result) return;
  const { indexEntries, renderIndexPage } = await import('../render/render-index.js');
  await writeFileAtomic(project.resolve(file), renderIndexPage(indexEntries(articles, results), { sourceLocale: config.sourceLocale }));
  memo.remember(true);
}

