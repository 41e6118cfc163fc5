import type { Severity } from '../core/diagnostic.js';
import { settingFor, type RuleSetting, type RuleSettings } from '../core/rule-settings.js';

/** The findings of `glossa xliff import`, beside the validation rules it runs first. */
export const IMPORT_RULES = [
  { id: 'xliff/import-source-changed', defaultSeverity: 'error', description: 'a unit whose source is not the current sentence of its id; the whole file is refused' },
  { id: 'xliff/import-language', defaultSeverity: 'error', description: 'the targets are in another language than the file claims (a relabelled export); the whole file is refused' },
  { id: 'xliff/import-duplicate', defaultSeverity: 'error', description: 'a unit id that already appeared in the file; only the first is imported' },
  { id: 'xliff/import-stale', defaultSeverity: 'warning', description: 'a unit whose sentence is no longer in the source; it is not imported' },
  { id: 'xliff/import-inline-code', defaultSeverity: 'error', description: 'a target with an inline code Glossa cannot turn into its message; the unit is not imported' },
  { id: 'xliff/import-placeholders', defaultSeverity: 'error', description: 'a target whose placeholders are not those of the source; the unit is not imported' },
] as const satisfies ReadonlyArray<{ id: string; defaultSeverity: Severity; description: string }>;

export type ImportRuleId = (typeof IMPORT_RULES)[number]['id'];

/** The rule's severity, or what the `rules` configuration sets for it. */
export function importSeverity(id: ImportRuleId, settings?: RuleSettings): RuleSetting {
  return settingFor(settings, id, IMPORT_RULES.find((rule) => rule.id === id)!.defaultSeverity);
}

/**
 * Refusals that can be configured away: a unit (or file) they find is imported anyway when the rule is
 * set below `error`. The others stay refused whatever the setting (the setting changes only the report):
 * an inline code that cannot become a message, the second unit of an id, a sentence no longer in the source.
 */
export const waivableRefusals: ReadonlySet<ImportRuleId> = new Set(['xliff/import-source-changed', 'xliff/import-language', 'xliff/import-placeholders']);
