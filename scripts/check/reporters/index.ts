import type { Reporter } from './report-input.js';

export type { Reporter, ReporterOptions, ReportInput, RuleInfo } from './report-input.js';
export type { JsonDiagnostic, JsonReport } from './json.js';
export type { ReportSummary } from './summary.js';
export { mergeJsonReports } from './merge-json-reports.js';
export { summarize } from './summary.js';

export const reporterNames = ['stylish', 'json', 'junit', 'sarif', 'github'] as const;
export type ReporterName = (typeof reporterNames)[number];

/*
 * Each reporter is loaded when it is asked for: a run writes one format, and
 * JUnit alone loads an XML writer. A check read back from the cache spends
 * most of its time loading code, so code it does not run stays unloaded.
 */
const loaders: Record<ReporterName, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => {
    const { formatJson } = await import('./json.js');
    return (input) => `${formatJson(input)}\n`;
  },
  junit: async () => (await import('./junit.js')).formatJUnit,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
};

/**
 * The reporter of `glossa check` for a `--format` name (`stylish` is the
 * default). Each is a pure function from the run to text; the exit code is
 * the caller's.
 */
export function loadReporter(name: ReporterName): Promise<Reporter> {
  return loaders[name]();
}

export function isReporterName(name: string): name is ReporterName {
  return (reporterNames as readonly string[]).includes(name);
}
