import type { Diagnostic } from '../core/diagnostic.js';
import { packageVersion } from '../util/package-files.js';
import { loadReporter, type ReporterName, type ReportInput, type RuleInfo } from './reporters/index.js';

/** Glossa's own version, from its package.json. */
export const toolVersion: string = packageVersion();

/** What a reporter is given for one run: its findings, the files it read and the rules that ran. */
export function reportInput(diagnostics: readonly Diagnostic[], checkedFiles: readonly string[], rules: readonly RuleInfo[]): ReportInput {
  return { diagnostics, rules: new Map(rules.map((rule) => [rule.id, rule])), filesChecked: checkedFiles.length, checkedFiles, toolVersion };
}

/** A report of the findings of XLIFF validation and import, TMX import and termbase reading, described from the registry. */
export async function formatDiagnostics(format: ReporterName, diagnostics: readonly Diagnostic[], checkedFiles: readonly string[], color: boolean): Promise<string> {
  const [reporter, { ruleInfos, otherOrigins }] = await Promise.all([loadReporter(format), import('./rule-infos.js')]);
  return reporter(reportInput(diagnostics, checkedFiles, ruleInfos({}, otherOrigins)), { color });
}
