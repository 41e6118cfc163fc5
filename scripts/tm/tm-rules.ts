import type { Severity } from '../core/diagnostic.js';

/** The findings of `glossa tm import`. */
export const TM_RULES = [
  { id: 'tm/inline-code', defaultSeverity: 'warning', description: 'a TMX translation unit with an inline code that is not a Glossa placeholder; the unit is not used' },
  { id: 'tm/exact-match', defaultSeverity: 'error', description: 'an exact match that --apply-exact cannot use (placeholders differ, or several translations); nothing is filled for it' },
] as const satisfies ReadonlyArray<{ id: string; defaultSeverity: Severity; description: string }>;
