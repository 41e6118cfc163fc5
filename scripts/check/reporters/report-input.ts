import type { Diagnostic, Severity } from '../../core/diagnostic.js';

/** What a report says about a rule: its description, default severity and where it is documented. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Absolute URL of the rule's documentation. */
  readonly helpUri?: string;
  readonly fixable?: boolean;
}

/** Everything one `glossa check` run hands to a reporter. */
export interface ReportInput {
  /** In `compareDiagnostics` order; reporters sort a copy anyway, so output never depends on it. */
  readonly diagnostics: readonly Diagnostic[];
  /** Rules that ran, by id. A diagnostic whose rule is missing here is still reported. */
  readonly rules: ReadonlyMap<string, RuleInfo>;
  /** How many files the run read, with or without findings. */
  readonly filesChecked: number;
  readonly toolVersion: string;
  /**
   * Paths of the checked files, relative to the project root with forward slashes, when the
   * caller knows them: JUnit then lists every file without findings as a passing test case.
   */
  readonly checkedFiles?: readonly string[];
  /** Absolute URL of Glossa's documentation, written to SARIF `tool.driver.informationUri`. */
  readonly informationUri?: string;
}

export interface ReporterOptions {
  /** Whether the text may contain ANSI colour codes; only the stylish reporter colours. */
  readonly color: boolean;
}

/** Turns one run's findings into the text written to stdout or a report file. */
export type Reporter = (input: ReportInput, options: ReporterOptions) => string;
