import { historyPath, resourcePath } from '../locales/store.js';
import type { Project } from '../project/context.js';
import { cacheKey } from '../project/content-cache.js';
import type { ExtractResult } from './extract-article.js';
import { stageMemo } from './stage-memo.js';

export type { ExtractResult } from './extract-article.js';

/** Extracts this project instance's articles (a share, in a worker). */
export async function extractArticles(project: Project): Promise<ExtractResult[]> {
  const { config } = project;
  const results: ExtractResult[] = [];
  const settings = cacheKey('extract', await project.articles.settingsKey(), JSON.stringify(config));
  for (const article of await project.articles.list()) {
    const outputs = [resourcePath(config.locales, config.sourceLocale, article.name), historyPath(config.locales, article.name)];
    const memo = stageMemo<ExtractResult>(project, settings, [article.file], outputs);
    // Run again on what that run left, extract would write nothing and retire nothing.
    if (memo.result) results.push({ ...memo.result, changed: false, retired: 0 });
    else {
      const { extractArticle } = await import('./extract-article.js');
      const result = await extractArticle(project, await project.articles.read(article));
      memo.remember(result);
      results.push(result);
    }
    project.articles.articleDone();
  }
  return results;
}
