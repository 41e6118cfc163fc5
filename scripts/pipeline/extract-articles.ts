import { historyPath, readResource, resourceMap, resourcePath, writeResource } from '../locales/store.js';
import type { LoadedArticle, Project } from '../project/context.js';
import { cacheKey } from '../project/content-cache.js';
import { stageMemo } from './stage-memo.js';
import { sourceMessages } from '../segment/segment-article.js';

export interface ExtractResult {
  readonly article: string;
  readonly file: string;
  readonly segments: number;
  readonly messages: number;
  readonly changed: boolean;
  /** Ids whose source sentence is gone; their text moves to the history for fuzzy suggestions. */
  readonly retired: number;
}

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
      const result = await extractArticle(project, await project.articles.read(article));
      memo.remember(result);
      results.push(result);
    }
    project.articles.articleDone();
  }
  return results;
}

async function extractArticle(project: Project, { document, segments }: LoadedArticle): Promise<ExtractResult> {
  const { config } = project;
  const file = resourcePath(config.locales, config.sourceLocale, document.name);
  const previous = resourceMap(await readResource(config.root, file));
  const messages = sourceMessages(segments);
  const retiredEntries = [...previous].filter(([id]) => !messages.has(id));
  if (retiredEntries.length > 0) {
    const historyFile = historyPath(config.locales, document.name);
    const history = resourceMap(await readResource(config.root, historyFile));
    for (const [id, message] of retiredEntries) history.set(id, message);
    for (const id of messages.keys()) history.delete(id);
    await writeResource(config.root, historyFile, [...history].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  const changed = await writeResource(config.root, file, messages);
  return { article: document.name, file, segments: segments.length, messages: messages.size, changed, retired: retiredEntries.length };
}
