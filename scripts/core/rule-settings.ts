import type { Diagnostic, Severity } from './diagnostic.js';

/** What the `rules` configuration key sets for one rule id. */
export type RuleSetting = Severity | 'off';

/** The `rules` configuration key: rule id → setting. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** The setting for a finding of `ruleId`: the configured one, else the rule's own `severity`. */
export function settingFor(settings: RuleSettings | undefined, ruleId: string, severity: Severity): RuleSetting {
  return settings?.[ruleId] ?? severity;
}

/** The findings with their configured severities; findings of rules set to `off` are left out. */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], settings: RuleSettings | undefined): Diagnostic[] {
  if (!settings || Object.keys(settings).length === 0) return [...diagnostics];
  return diagnostics.flatMap((diagnostic) => {
    const setting = settingFor(settings, diagnostic.ruleId, diagnostic.severity);
    if (setting === 'off') return [];
    return [setting === diagnostic.severity ? diagnostic : { ...diagnostic, severity: setting }];
  });
}
