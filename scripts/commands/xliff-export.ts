import { selectLocales } from '../config.js';
import type { ParallelOptions } from '../core/progress.js';
import { runInParts } from '../parallel/run-in-parts.js';
import { sortByArticle } from '../parallel/sort-results.js';
import type { ExportArticlesOptions, XliffExportResult } from '../pipeline/export-articles.js';
import type { Project } from '../project/context.js';

export type { XliffExportResult } from '../pipeline/export-articles.js';

export interface XliffExportOptions extends ExportArticlesOptions, ParallelOptions {}

/**
 * Writes one XLIFF file per article and target locale: every distinct
 * sentence as a unit, its current translation as the target, glossary and
 * money help as notes, and for new sentences the old translation of the most
 * similar retired sentence as a fuzzy suggestion.
 */
export async function exportXliff(project: Project, options: XliffExportOptions = {}): Promise<XliffExportResult[]> {
  const { config } = project;
  selectLocales(config, options.locales);
  const { jobs, progress, bytesPerThread, ...share } = options;
  const parts = await runInParts<XliffExportResult[]>(project, 'export', share, options);
  return sortByArticle(parts.flat(), config.targetLocales);
}

