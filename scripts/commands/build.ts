import path from 'node:path';
import { allLocales, selectLocales } from '../config.js';
import type { ParallelOptions } from '../core/progress.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { runInParts } from '../parallel/run-in-parts.js';
import { sortByArticle } from '../parallel/sort-results.js';
import type { BuildResult } from '../pipeline/build-articles.js';
import type { Project } from '../project/context.js';
import { indexEntries, renderIndexPage } from '../render/render-index.js';

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
  const index = renderIndexPage(indexEntries((await project.articles.list()).map((file) => file.name), results), { sourceLocale: config.sourceLocale });
  await writeFileAtomic(project.resolve(path.posix.join(config.output, 'index.html')), index);
  return results;
}

