import { allLocales, selectLocales } from '../config.js';
import { resourcePath } from '../locales/store.js';
import type { Project } from '../project/context.js';
import { ratesKey, runMemoized, stageMemo, stageSettings, type MemoizedStage } from './stage-memo.js';
import type { BuildResult } from './build-article.js';
import { outputFiles } from './build-outputs.js';

export type { BuildResult } from './build-article.js';

/**
 * Renders this project instance's articles (a share, in a worker). An article
 * whose source and translations are byte for byte those of an earlier run,
 * with the same code, configuration, termbase, rates and locales, and whose
 * files are still as that run wrote them, is not rendered again.
 */
export async function buildArticles(project: Project, options: { locales?: readonly string[] }): Promise<BuildResult[]> {
  return (await runMemoized(project, await buildStage(project, options))).flat();
}

/** Build as a stage that skips unchanged articles. */
export async function buildStage(project: Project, options: { locales?: readonly string[] }): Promise<MemoizedStage<BuildResult[]>> {
  const { config } = project;
  const translated = allLocales(config).filter((locale) => locale !== config.sourceLocale);
  const locales = selectLocales(config, options.locales, { withSource: true });
  // What the pages depend on besides the article and its translations; the rates show in converted amounts.
  const settings = await stageSettings(project, 'build', JSON.stringify(locales), ratesKey(project));
  return {
    name: 'build',
    memo: (file) => {
      const inputs = [file.file, ...translated.map((locale) => resourcePath(config.locales, locale, file.name))];
      return stageMemo(project, 'build', settings, inputs, locales.flatMap((locale) => outputFiles(config, locale, file.name)));
    },
    work: async () => (await import('./build-article.js')).articleRenderer(project, locales),
  };
}
