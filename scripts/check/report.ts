import { readFileSync } from 'node:fs';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { GlossaConfig } from '../config.js';
import { reporters, type ReporterName, type RuleInfo } from './reporters/index.js';
import { registeredRules, type RegisteredRule } from './registry.js';

/** Glossa's own version, from its package.json (two folders up from scripts/check or lib/check). */
export const toolVersion: string = (() => {
  for (const candidate of ['../../package.json', '../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next layout
    }
  }
  return '0.0.0';
})();

/** Rule metadata as reporters show it: the registry's, with the severity this project configured. */
export function ruleInfos(settings: GlossaConfig['rules'], origins: ReadonlySet<RegisteredRule['origin']>): Map<string, RuleInfo> {
  return new Map(
    registeredRules
      .filter((rule) => origins.has(rule.origin))
      .map((rule) => {
        const configured = settings[rule.id];
        const fallback = rule.defaultSeverity;
        const severity: Severity = configured && configured !== 'off' ? configured : typeof fallback === 'string' ? fallback : fallback.translation;
        return [rule.id, { id: rule.id, description: rule.description, defaultSeverity: severity, ...(rule.fixable ? { fixable: true } : {}) }];
      }),
  );
}

const checkOrigins: ReadonlySet<RegisteredRule['origin']> = new Set(['check']);
/** Commands other than check report XLIFF validation and import, TMX import and termbase findings. */
const otherOrigins: ReadonlySet<RegisteredRule['origin']> = new Set(['xliff', 'xliff-import', 'tm', 'glossary']);

export function formatReport(
  format: ReporterName,
  config: GlossaConfig,
  diagnostics: readonly Diagnostic[],
  checkedFiles: readonly string[],
  color: boolean,
): string {
  return reporters[format](
    { diagnostics, rules: ruleInfos(config.rules, checkOrigins), filesChecked: checkedFiles.length, checkedFiles, toolVersion },
    { color },
  );
}

/** A report of the findings of XLIFF validation and import, TMX import and termbase reading, described from the registry. */
export function formatDiagnostics(format: ReporterName, diagnostics: readonly Diagnostic[], checkedFiles: readonly string[], color: boolean): string {
  return reporters[format]({ diagnostics, rules: ruleInfos({}, otherOrigins), filesChecked: checkedFiles.length, checkedFiles, toolVersion }, { color });
}
