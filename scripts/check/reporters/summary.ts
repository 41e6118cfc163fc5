import { compareDiagnostics, type Diagnostic } from '../../core/diagnostic.js';
import type { ReportInput } from './report-input.js';

/** Counts of one run. Suppressed findings count only in `suppressedCount`. */
export interface ReportSummary {
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly suppressedCount: number;
  readonly filesChecked: number;
}

export function summarize(input: ReportInput): ReportSummary {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let suppressedCount = 0;
  for (const diagnostic of input.diagnostics) {
    if (diagnostic.suppressed) suppressedCount++;
    else if (diagnostic.severity === 'error') errorCount++;
    else if (diagnostic.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount, suppressedCount, filesChecked: input.filesChecked };
}

/** A sorted copy, so every reporter writes the same order whatever order it was given. */
export function sortedDiagnostics(input: ReportInput): Diagnostic[] {
  return [...input.diagnostics].sort(compareDiagnostics);
}

/** Diagnostics grouped by file, files in path order. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of [...diagnostics].sort(compareDiagnostics)) {
    const group = groups.get(diagnostic.file);
    if (group) group.push(diagnostic);
    else groups.set(diagnostic.file, [diagnostic]);
  }
  return groups;
}
