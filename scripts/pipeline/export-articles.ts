import path from 'node:path';
import { selectLocales } from '../config.js';
import { cacheKey } from '../project/content-cache.js';
import type { ArticleFile } from '../project/articles.js';
import type { Project } from '../project/context.js';
import { historyPath, resourcePath } from '../locales/store.js';
import { importedMemoryPath } from '../tm/imported-memory.js';
import { readBytes } from '../util/read-file.js';
import type { XliffExportResult, ExportPlan } from './export-article.js';
import type { XliffVersion } from '../xliff/index.js';
import { stageMemo } from './stage-memo.js';

export type { ExportPlan, XliffExportResult } from './export-article.js';

/** What the export of a share needs: plain data, since it crosses to worker threads. */
export interface ExportArticlesOptions {
  /** `source`: untranslated units get the source as their target, for tools that translate the target text (OmegaT). */
  readonly prefill?: 'source';
  readonly locales?: readonly string[];
  readonly version?: XliffVersion;
  /** Output folder; files go to <out>/<lng>/<article>.xlf. Default: <output>/xliff. */
  readonly out?: string;
}

/**
 * Exports this project instance's articles (a share, in a worker). An article
 * whose inputs and XLIFF files are as an earlier run left them is skipped, and
 * the code that writes XLIFF is loaded only for an article that is not.
 */
export async function exportArticles(project: Project, options: ExportArticlesOptions = {}): Promise<XliffExportResult[]> {
  const { config } = project;
  const plan: ExportPlan = {
    locales: selectLocales(config, options.locales),
    version: options.version ?? '2.0',
    outDir: options.out ?? path.posix.join(config.output, 'xliff'),
    prefill: options.prefill ?? 'none',
  };
  const results: XliffExportResult[] = [];
  const settings = await exportSettings(project, plan);
  let exporter: ((file: ArticleFile) => Promise<XliffExportResult[]>) | undefined;
  for (const file of await project.articles.list()) {
    const outputs = plan.locales.map((locale) => path.posix.join(plan.outDir, locale, `${file.name}.xlf`));
    const inputs = [
      file.file,
      historyPath(config.locales, file.name),
      ...plan.locales.flatMap((locale) => [resourcePath(config.locales, locale, file.name), importedMemoryPath(config.locales, locale)]),
    ];
    const memo = stageMemo<XliffExportResult[]>(project, settings, inputs, outputs);
    if (memo.result) {
      results.push(...memo.result.map((result) => ({ ...result, changed: false })));
    } else {
      exporter ??= await (await import('./export-article.js')).articleExporter(project, plan);
      const written = await exporter(file);
      memo.remember(written);
      results.push(...written);
    }
    project.articles.articleDone();
  }
  return results;
}

/** Names what an article's XLIFF depends on besides its own files: code, configuration, options, termbase, SRX, rates. */
async function exportSettings(project: Project, plan: ExportPlan): Promise<string> {
  const { config } = project;
  const rates = config.rates ? (readBytes(project.resolve(config.rates)) ?? 'absent') : 'none';
  return cacheKey('xliff export', await project.articles.settingsKey(), JSON.stringify(config), JSON.stringify(plan), rates);
}
