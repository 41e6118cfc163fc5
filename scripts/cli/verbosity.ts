import type { Diagnostic } from '../core/diagnostic.js';

/** How much the CLI prints: `quiet` is errors only (as ESLint's --quiet), `verbose` adds where things came from. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

let level: Verbosity = 'normal';

/** Records --quiet / --verbose for the printing helpers; --quiet wins when both are given. */
export function setVerbosity(options: { quiet?: boolean | undefined; verbose?: boolean | undefined }): void {
  level = options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal';
}

export function isQuiet(): boolean {
  return level === 'quiet';
}

export function isVerbose(): boolean {
  return level === 'verbose';
}

/** The diagnostics to show: under --quiet only errors (exit codes still count everything). */
export function shownDiagnostics(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  return isQuiet() ? diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : diagnostics;
}

/** A progress or summary line on stdout, left out under --quiet. */
export function info(text: string): void {
  if (!isQuiet()) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** A detail on stderr, shown only with --verbose. */
export function detail(text: string): void {
  if (isVerbose()) process.stderr.write(`glossa: ${text}\n`);
}

/** A terminal (stylish) report; under --quiet nothing at all when there is no error to show, as ESLint does. */
export function terminalReport(text: string, shown: readonly Diagnostic[]): void {
  if (!(isQuiet() && shown.length === 0)) process.stdout.write(text);
}
