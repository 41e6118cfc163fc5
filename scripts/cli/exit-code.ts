import type { Diagnostic } from '../core/diagnostic.js';
import { ExitCode, GlossaError } from '../core/errors.js';
import { IMPORT_RULES } from '../xliff/import-rules.js';
import { XLIFF_RULES } from '../xliff/rules/rule-table.js';

/*
 * Every exit code of `glossa` is decided here, from what a command returned or threw; commands
 * return data and never set one. The same table as the README's "Exit codes are the same everywhere":
 *
 *   0  done; no finding below. Commands without findings (extract, build, export, …) always end here.
 *   1  check and run: an error, or more warnings than --max-warnings    checkExitCode
 *      xliff import: a file refused or blocked, an XLIFF error           importExitCode
 *      xliff validate, tm import: an error                               findingsExitCode
 *   2  a GlossaError was thrown: unusable input or configuration         errorExitCode
 *   3  anything else was thrown: a bug                                   errorExitCode
 */

// The data tables only, not the registry: it loads every check rule, and a usage error should exit fast.
const xliffRuleIds: ReadonlySet<string> = new Set([...XLIFF_RULES, ...IMPORT_RULES].map((rule) => rule.id));

const hasError = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((diagnostic) => !diagnostic.suppressed && diagnostic.severity === 'error');

/** `glossa check` and `run`: errors fail, and warnings beyond `maxWarnings` (when given and not negative). */
export function checkExitCode(diagnostics: readonly Diagnostic[], maxWarnings: number | undefined): number {
  const warnings = diagnostics.filter((diagnostic) => !diagnostic.suppressed && diagnostic.severity === 'warning').length;
  const tooManyWarnings = maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings;
  return hasError(diagnostics) || tooManyWarnings ? ExitCode.checkFailed : ExitCode.ok;
}

/** `glossa xliff validate` and `tm import` (a refused exact match): any error-severity finding. */
export function findingsExitCode(diagnostics: readonly Diagnostic[]): number {
  return hasError(diagnostics) ? ExitCode.checkFailed : ExitCode.ok;
}

/**
 * `glossa xliff import`: a file that was refused or blocked, or an XLIFF validation or import finding
 * at error severity (a unit left out). Glossary findings on imported targets only fail through
 * --strict, which blocks the file.
 */
export function importExitCode(results: ReadonlyArray<{ readonly blocked: boolean; readonly diagnostics: readonly Diagnostic[] }>): number {
  const failed = results.some((result) => result.blocked || hasError(result.diagnostics.filter((diagnostic) => xliffRuleIds.has(diagnostic.ruleId))));
  return failed ? ExitCode.checkFailed : ExitCode.ok;
}

/** A thrown error: its own code when Glossa raised it on purpose (2, unusable input or configuration), else 3. */
export function errorExitCode(error: unknown): number {
  return error instanceof GlossaError ? error.exitCode : ExitCode.internal;
}
