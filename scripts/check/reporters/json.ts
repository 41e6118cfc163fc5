import type { Diagnostic } from '../../core/diagnostic.js';
import { arrayChunks } from '../../util/json-chunks.js';
import type { ReportInput, RuleInfo } from './report-input.js';
import { sortedDiagnostics, summarize, type ReportSummary } from './summary.js';

/** Marks a JSON report as Glossa's, so merging refuses other JSON. */
export const jsonReportFormat = 'glossa-check-report';
export const jsonReportFormatVersion = 1;

/** A diagnostic as the JSON report writes it: every field, `suppressed` always present. */
export type JsonDiagnostic = Omit<Diagnostic, 'suppressed'> & { readonly suppressed: boolean };

/**
 * The JSON report. One report per shard of a sharded run; `mergeJsonReports` joins
 * them (summed `filesChecked`, union of rules and diagnostics, duplicates dropped).
 */
export interface JsonReport {
  readonly format: typeof jsonReportFormat;
  readonly formatVersion: typeof jsonReportFormatVersion;
  readonly toolVersion: string;
  readonly summary: ReportSummary;
  /** Sorted by id. */
  readonly rules: readonly RuleInfo[];
  /** Present when the run knew the paths of the checked files; sorted. */
  readonly checkedFiles?: readonly string[];
  /** In `compareDiagnostics` order. */
  readonly diagnostics: readonly JsonDiagnostic[];
}

/** The run as one line of JSON (see `JsonReport`). */
export function formatJson(input: ReportInput): string {
  return [...jsonReportChunks(input)].join('');
}

/**
 * The same line in pieces, a batch of diagnostics at a time: a report of
 * hundreds of thousands of findings is written without being one string, or
 * a second copy of every finding as a report object.
 */
export function* jsonReportChunks(input: ReportInput): Generator<string> {
  // `diagnostics` is the report's last key: the text up to its '[' is the rest of the report.
  const head = JSON.stringify({ ...jsonReportHead(input), diagnostics: [] } satisfies JsonReport);
  yield head.slice(0, -']}'.length);
  yield* arrayChunks(sortedDiagnostics(input), (diagnostic) => JSON.stringify(toJsonDiagnostic(diagnostic)));
  yield ']}';
}

export function toJsonReport(input: ReportInput): JsonReport {
  return { ...jsonReportHead(input), diagnostics: sortedDiagnostics(input).map(toJsonDiagnostic) };
}

function jsonReportHead(input: ReportInput): Omit<JsonReport, 'diagnostics'> {
  const rules = [...input.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toJsonRule);
  return {
    format: jsonReportFormat,
    formatVersion: jsonReportFormatVersion,
    toolVersion: input.toolVersion,
    summary: summarize(input),
    rules,
    ...(input.checkedFiles ? { checkedFiles: [...new Set(input.checkedFiles)].sort() } : {}),
  };
}

// Fixed key order, so equal inputs give byte-equal reports.
function toJsonRule(rule: RuleInfo): RuleInfo {
  return {
    id: rule.id,
    description: rule.description,
    defaultSeverity: rule.defaultSeverity,
    ...(rule.helpUri !== undefined ? { helpUri: rule.helpUri } : {}),
    ...(rule.fixable !== undefined ? { fixable: rule.fixable } : {}),
  };
}

export function toJsonDiagnostic(diagnostic: Diagnostic): JsonDiagnostic {
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    ...(diagnostic.endLine !== undefined ? { endLine: diagnostic.endLine } : {}),
    ...(diagnostic.endColumn !== undefined ? { endColumn: diagnostic.endColumn } : {}),
    message: diagnostic.message,
    ...(diagnostic.segmentId !== undefined ? { segmentId: diagnostic.segmentId } : {}),
    ...(diagnostic.locale !== undefined ? { locale: diagnostic.locale } : {}),
    ...(diagnostic.fix ? { fix: { range: [diagnostic.fix.range[0], diagnostic.fix.range[1]], text: diagnostic.fix.text } } : {}),
    suppressed: diagnostic.suppressed === true,
  };
}
