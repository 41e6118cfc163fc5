import { historyPath, resourcePath } from '../locales/store.js';
import type { Project } from '../project/context.js';
import type { ExtractResult } from './extract-article.js';
import { runMemoized, stageMemo, stageSettings, type MemoizedStage } from './stage-memo.js';

export type { ExtractResult } from './extract-article.js';

/** Extracts this project instance's articles (a share, in a worker). */
export async function extractArticles(project: Project): Promise<ExtractResult[]> {
  return runMemoized(project, await extractStage(project));
}

/** Extract as a stage that skips unchanged articles: run again on what an earlier run left, it would write nothing and retire nothing. */
export async function extractStage(project: Project): Promise<MemoizedStage<ExtractResult>> {
  const { config } = project;
  const settings = await stageSettings(project, 'extract');
  return {
    name: 'extract',
    memo: (article) =>
      stageMemo(project, 'extract', settings, [article.file], [resourcePath(config.locales, config.sourceLocale, article.name), historyPath(config.locales, article.name)]),
    work: async () => {
      const { extractArticle } = await import('./extract-article.js');
      return async (article) => extractArticle(project, await project.articles.read(article));
    },
    again: (result) => ({ ...result, changed: false, retired: 0 }),
  };
}
