import type { Severity } from '../core/diagnostic.js';

/** The findings of reading a termbase (errors stop the read; these do not). */
export const GLOSSARY_RULES = [
  { id: 'glossary/skipped-term', defaultSeverity: 'warning', description: 'a term Glossa cannot use (no <term>, no letter or digit, no language) was skipped; the rest of the termbase was read' },
] as const satisfies ReadonlyArray<{ id: string; defaultSeverity: Severity; description: string }>;
