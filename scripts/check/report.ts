import { readFileSync } from 'node:fs';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { GlossaConfig } from '../config.js';
import { reporters, type ReporterName, type RuleInfo } from './reporters/index.js';
import { allRules } from './rules/index.js';

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

/** Rule metadata as reporters show it, with the severity this project configured. */
export function ruleInfos(config: GlossaConfig): Map<string, RuleInfo> {
  return new Map(
    allRules.map((rule) => {
      const configured = config.rules[rule.meta.id];
      const fallback = rule.meta.defaultSeverity;
      const severity: Severity = configured && configured !== 'off' ? configured : typeof fallback === 'string' ? fallback : fallback.translation;
      return [rule.meta.id, { id: rule.meta.id, description: rule.meta.description, defaultSeverity: severity, ...(rule.meta.fixable ? { fixable: true } : {}) }];
    }),
  );
}

export function formatReport(
  format: ReporterName,
  config: GlossaConfig,
  diagnostics: readonly Diagnostic[],
  checkedFiles: readonly string[],
  color: boolean,
): string {
  return reporters[format](
    { diagnostics, rules: ruleInfos(config), filesChecked: checkedFiles.length, checkedFiles, toolVersion },
    { color },
  );
}

/** A report of diagnostics that come from outside the rule set (XLIFF validation, imports). */
export function formatDiagnostics(format: ReporterName, diagnostics: readonly Diagnostic[], checkedFiles: readonly string[], color: boolean): string {
  return reporters[format]({ diagnostics, rules: new Map(), filesChecked: checkedFiles.length, checkedFiles, toolVersion }, { color });
}
