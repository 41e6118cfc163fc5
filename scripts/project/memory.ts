import { historyPath, readResource, resourceMap, resourcePath } from '../locales/store.js';
import { importedMemoryPath, readImportedMemory } from '../tm/imported-memory.js';
import type { MemoryEntry } from '../xliff/index.js';
import type { Project } from './context.js';

export interface ArticleTranslations {
  /** Current translations of the locale, by segment id. */
  readonly translations: ReadonlyMap<string, string>;
  /**
   * Pairs of a retired source sentence and its translation, then the pairs
   * imported from TMX (`glossa tm import`): the memory that fuzzy suggestions
   * for new sentences come from.
   */
  readonly memory: readonly MemoryEntry[];
}

/** Reads a locale's translations of an article and the translation memory they form with the source history. */
export async function articleTranslations(project: Project, article: string, locale: string): Promise<ArticleTranslations> {
  const { config } = project;
  const history = resourceMap(await readResource(config.root, historyPath(config.locales, article)));
  const translations = resourceMap(await readResource(config.root, resourcePath(config.locales, locale, article)));
  const memory = [...history].flatMap(([id, source]) => {
    const target = translations.get(id);
    return target ? [{ source, target }] : [];
  });
  memory.push(...(await importedMemory(project, locale)));
  return { translations, memory };
}

/** Each project's imported memory per locale, read once per command rather than once per article. */
const importedMemories = new WeakMap<Project, Map<string, Promise<readonly MemoryEntry[]>>>();

function importedMemory(project: Project, locale: string): Promise<readonly MemoryEntry[]> {
  let byLocale = importedMemories.get(project);
  if (!byLocale) importedMemories.set(project, (byLocale = new Map()));
  let memory = byLocale.get(locale);
  if (!memory) {
    memory = readImportedMemory(project.config.root, importedMemoryPath(project.config.locales, locale));
    byLocale.set(locale, memory);
  }
  return memory;
}
