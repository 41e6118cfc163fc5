import { selectLocales } from '../config.js';
import type { Project } from '../project/context.js';
import { articleTranslations } from '../project/memory.js';
import { computeStats, type ArticleLocaleInput, type StatsReport } from '../stats/index.js';

export interface StatsOptions {
  /** Target locales to count; empty or absent: every configured target locale. */
  readonly locales?: readonly string[];
}

/** Reads every article and its translations and counts them; writes nothing. */
export async function stats(project: Project, options: StatsOptions = {}): Promise<StatsReport> {
  const { config } = project;
  const locales = selectLocales(config, options.locales);
  const inputs: ArticleLocaleInput[] = [];
  for (const { document, segments } of await project.articles.load()) {
    for (const locale of locales) {
      const { translations, memory } = await articleTranslations(project, document.name, locale);
      inputs.push({ article: document.name, file: document.file, locale, segments, translations, memory });
    }
  }
  return computeStats(config.sourceLocale, locales, inputs);
}
