import type { Severity } from '../core/diagnostic.js';

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

export function importSeverity(id: ImportRuleId): Severity {
  return IMPORT_RULES.find((rule) => rule.id === id)!.defaultSeverity;
}
