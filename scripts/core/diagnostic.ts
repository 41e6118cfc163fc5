/** The one shape every check reports in; reporters turn lists of these into text. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Rule id, e.g. `term/deprecated`; equals the rule's file name. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units like editors and SARIF. */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: string;
  readonly segmentId?: string;
  readonly locale?: string;
  /** Replacement of a file range [start, end) by `text`, offsets into the file. */
  readonly fix?: Fix;
  /** Set when an inline opt-out covers the finding: reported and counted, never fails the run. */
  readonly suppressed?: boolean;
}

export interface Fix {
  readonly range: readonly [number, number];
  readonly text: string;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by file, line, column, then severity and rule, so output is stable across runs and jobs. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
