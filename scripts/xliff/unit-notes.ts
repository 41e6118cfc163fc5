import type { PlaceholderInfo, TermHint } from './model.js';

/** One entry per concept, in order of first appearance in the segment. */
export function distinctConcepts(terms: readonly TermHint[]): TermHint[] {
  const byConcept = new Map<string, TermHint>();
  for (const term of terms.toSorted((a, b) => a.start - b.start)) {
    if (!byConcept.has(term.conceptId)) byConcept.set(term.conceptId, term);
  }
  return [...byConcept.values()];
}

/**
 * The glossary note of a unit: each concept with its preferred target term and
 * the variants not to use, e.g.
 * `Glossary: Alma-Ata → Алматы (do not use: Алма-Ата); Ablyazov → Аблязов`.
 */
export function terminologyNote(terms: readonly TermHint[]): string | undefined {
  const concepts = distinctConcepts(terms);
  if (concepts.length === 0) return undefined;
  const entries = concepts.map((term) => {
    const preferred = term.targetTerm ?? '(no approved translation yet)';
    const avoid = term.forbidden.length > 0 ? ` (do not use: ${term.forbidden.join(', ')})` : '';
    return `${term.sourceTerm} → ${preferred}${avoid}`;
  });
  return `Glossary: ${entries.join('; ')}`;
}

/** One note per placeholder that carries one, e.g. `[m1] 60 KZT (10 rubles): 60 KZT ≈ 10.6 RUB …`. */
export function placeholderNotes(placeholders: readonly PlaceholderInfo[]): string[] {
  return placeholders.flatMap((info) => (info.note ? [`[${info.name}] ${info.display}: ${info.note}`] : []));
}
