import { selectLocales } from '../config.js';
import path from 'node:path';
import type { ParallelOptions } from '../core/progress.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Project } from '../project/context.js';
import { reportPage } from '../project/output-paths.js';
import { collectReport, progressText, renderReportPage } from '../report/index.js';
import { check } from './check.js';

/** `jobs` and `progress` are the check's. */
export interface ReportOptions extends ParallelOptions {
  /** Target locales to show; empty or absent: every configured target locale. */
  readonly locales?: readonly string[];
  /** The page to write, relative to the working folder; default: `<output>/report/index.html` of the project. */
  readonly out?: string;
}

export interface ReportResult {
  /** The page written, relative to the project root when inside it. */
  readonly file: string;
  readonly changed: boolean;
  readonly locales: ReadonlyArray<{ readonly locale: string; readonly translated: number; readonly segments: number }>;
  /** Findings of `glossa check` shown on the page. */
  readonly findings: number;
}

/**
 * Runs `glossa check` over the whole project and writes the review page:
 * per locale and article, source and translation side by side with glossary
 * terms, findings and progress.
 */
export async function report(project: Project, options: ReportOptions = {}): Promise<ReportResult> {
  const { config } = project;
  const locales = selectLocales(config, options.locales);
  const { diagnostics } = await check(project, { paths: [], ...(options.jobs ? { jobs: options.jobs } : {}), ...(options.progress ? { progress: options.progress } : {}) });
  const data = await collectReport(project, { locales, diagnostics });
  const absolute = options.out !== undefined ? path.resolve(options.out) : project.resolve(reportPage(config));
  const changed = await writeFileAtomic(absolute, renderReportPage(data));
  const relative = project.relative(absolute);
  return {
    file: relative.startsWith('../') ? absolute : relative,
    changed,
    locales: data.locales.map(({ locale, translated, segments }) => ({ locale, translated, segments })),
    findings: diagnostics.filter((diagnostic) => diagnostic.locale === undefined || !config.targetLocales.includes(diagnostic.locale) || locales.includes(diagnostic.locale)).length,
  };
}

/** One line for the terminal: where the page is and each locale's progress. */
export function reportSummary(result: ReportResult): string {
  const progress = result.locales.map(({ locale, translated, segments }) => `${locale} ${progressText(translated, segments)}`).join(', ');
  return `report   ${result.file}  ${progress}; ${result.findings} finding(s)${result.changed ? '' : ' (unchanged)'}\n`;
}
