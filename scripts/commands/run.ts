import { formatReport } from '../check/report.js';
import * as print from '../cli/print.js';
import { info, shownDiagnostics, terminalReport } from '../cli/verbosity.js';
import { ExitCode } from '../core/errors.js';
import type { Project } from '../project/context.js';
import { build } from './build.js';
import { check } from './check.js';
import { extract } from './extract.js';
import { exportXliff } from './xliff-export.js';

/**
 * The whole pipeline, in stage order: extract, check, XLIFF export, build,
 * review report.
 * Every stage runs even when the check finds errors (translators and editors
 * still need their files); the exit code then says the check failed.
 */
export async function run(project: Project, options: { jobs?: number; color?: boolean } = {}): Promise<number> {
  const jobs = options.jobs ?? 1;
  print.extractSummary(await extract(project, { jobs }));
  const checked = await check(project, { paths: [], jobs });
  const shown = shownDiagnostics(checked.diagnostics);
  terminalReport(formatReport('stylish', project.config, shown, checked.checkedFiles, options.color ?? false), shown);
  print.xliffExportSummary(await exportXliff(project, { jobs }));
  print.buildSummary(await build(project, { jobs }));
  const { report, reportSummary } = await import('./report.js');
  info(reportSummary(await report(project, { jobs })));
  return checked.exitCode === ExitCode.ok ? ExitCode.ok : checked.exitCode;
}
