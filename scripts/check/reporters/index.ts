import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJUnit } from './junit.js';
import type { Reporter } from './report-input.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type { Reporter, ReporterOptions, ReportInput, RuleInfo } from './report-input.js';
export type { JsonDiagnostic, JsonReport } from './json.js';
export type { ReportSummary } from './summary.js';
export { mergeJsonReports } from './merge-json-reports.js';
export { summarize } from './summary.js';

export const reporterNames = ['stylish', 'json', 'junit', 'sarif', 'github'] as const;
export type ReporterName = (typeof reporterNames)[number];

/**
 * The reporters of `glossa check`, by `--format` name; `stylish` is the default.
 * Each is a pure function from the run to text; the exit code is the caller's.
 */
export const reporters: Record<ReporterName, Reporter> = {
  stylish: formatStylish,
  json: (input) => `${formatJson(input)}\n`,
  junit: formatJUnit,
  sarif: formatSarif,
  github: formatGithub,
};

export function isReporterName(name: string): name is ReporterName {
  return (reporterNames as readonly string[]).includes(name);
}
