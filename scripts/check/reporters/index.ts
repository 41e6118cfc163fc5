import type { Reporter, ReporterOptions, ReportInput } from './report-input.js';

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
    const chunked = await jsonChunked();
    return (input, options) => [...chunked(input, options)].join('');
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

/** A reporter that gives its text in pieces, for writing a report without holding all of it. */
export type ChunkedReporter = (input: ReportInput, options: ReporterOptions) => Iterable<string>;

async function jsonChunked(): Promise<ChunkedReporter> {
  const { jsonReportChunks } = await import('./json.js');
  return function* (input) {
    yield* jsonReportChunks(input);
    yield '\n';
  };
}

/**
 * The reporter for a `--format` name as pieces of text: JSON comes a batch of
 * diagnostics at a time (a large archive's report is written, never held
 * whole); the other formats as one piece.
 */
export async function loadChunkedReporter(name: ReporterName): Promise<ChunkedReporter> {
  if (name === 'json') return jsonChunked();
  const reporter = await loadReporter(name);
  return (input, options) => [reporter(input, options)];
}

export function isReporterName(name: string): name is ReporterName {
  return (reporterNames as readonly string[]).includes(name);
}
