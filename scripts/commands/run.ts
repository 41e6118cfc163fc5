import type { ParallelOptions } from '../core/progress.js';
import type { Project } from '../project/context.js';
import { build, type BuildResult } from './build.js';
import { check, type CheckResult } from './check.js';
import { extract, type ExtractResult } from './extract.js';
import type { ReportResult } from './report.js';
import { exportXliff, type XliffExportResult } from './xliff-export.js';

/** What each stage of the pipeline did; the CLI decides the run's exit code from the check's findings. */
export interface RunResult {
  readonly extracted: readonly ExtractResult[];
  readonly checked: CheckResult;
  readonly exported: readonly XliffExportResult[];
  readonly built: readonly BuildResult[];
  readonly report: ReportResult;
}

/** One finished stage, handed to the caller as soon as it is done (the CLI prints it then). */
export type StageDone =
  | { readonly stage: 'extract'; readonly result: RunResult['extracted'] }
  | { readonly stage: 'check'; readonly result: RunResult['checked'] }
  | { readonly stage: 'xliff-export'; readonly result: RunResult['exported'] }
  | { readonly stage: 'build'; readonly result: RunResult['built'] }
  | { readonly stage: 'report'; readonly result: RunResult['report'] };

/**
 * The whole pipeline, in stage order: extract, check, XLIFF export, build,
 * review report.
 * Every stage runs even when the check finds errors (translators and editors
 * still need their files); the CLI's exit code then says the check failed.
 */
export async function run(project: Project, options: ParallelOptions = {}, onStage: (done: StageDone) => void = () => {}): Promise<RunResult> {
  const extracted = await extract(project, options);
  onStage({ stage: 'extract', result: extracted });
  const checked = await check(project, { paths: [], ...options });
  onStage({ stage: 'check', result: checked });
  const exported = await exportXliff(project, options);
  onStage({ stage: 'xliff-export', result: exported });
  const built = await build(project, options);
  onStage({ stage: 'build', result: built });
  const { report } = await import('./report.js');
  const reported = await report(project, options);
  onStage({ stage: 'report', result: reported });
  return { extracted, checked, exported, built, report: reported };
}
