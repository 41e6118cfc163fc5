import path from 'node:path';
import { selectLocales } from '../config.js';
import type { Project } from '../project/context.js';
import { historyPath, resourcePath } from '../locales/store.js';
import { importedMemoryPath } from '../tm/imported-memory.js';
import { xliffFolder } from '../project/output-paths.js';
import type { XliffExportResult, ExportPlan } from './export-article.js';
import type { XliffVersion } from '../xliff/index.js';
import { ratesKey, runMemoized, stageMemo, stageSettings, type MemoizedStage } from './stage-memo.js';

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
  return (await runMemoized(project, await exportStage(project, options))).flat();
}

/** Export as a stage that skips an article whose inputs and XLIFF files are unchanged. */
export async function exportStage(project: Project, options: ExportArticlesOptions = {}): Promise<MemoizedStage<XliffExportResult[]>> {
  const { config } = project;
  const plan: ExportPlan = {
    locales: selectLocales(config, options.locales),
    version: options.version ?? '2.0',
    outDir: options.out ?? xliffFolder(config),
    prefill: options.prefill ?? 'none',
  };
  // What an article's XLIFF depends on besides its own files; the rates show in the placeholder notes.
  const settings = await stageSettings(project, 'xliff export', JSON.stringify(plan), ratesKey(project));
  return {
    name: 'export',
    memo: (file) => {
      const outputs = plan.locales.map((locale) => path.posix.join(plan.outDir, locale, `${file.name}.xlf`));
      const inputs = [
        file.file,
        historyPath(config.locales, file.name),
        ...plan.locales.flatMap((locale) => [resourcePath(config.locales, locale, file.name), importedMemoryPath(config.locales, locale)]),
      ];
      return stageMemo(project, 'export', settings, inputs, outputs);
    },
    work: async () => (await import('./export-article.js')).articleExporter(project, plan),
    again: (results) => results.map((result) => ({ ...result, changed: false })),
  };
}
