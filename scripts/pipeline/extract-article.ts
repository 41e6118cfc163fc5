import { historyPath, readResource, resourceMap, resourcePath, writeResource } from '../locales/store.js';
import type { LoadedArticle, Project } from '../project/context.js';
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

/** Writes one article's source messages, moving those of sentences that left it to the history. */
export async function extractArticle(project: Project, { document, segments }: LoadedArticle): Promise<ExtractResult> {
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
