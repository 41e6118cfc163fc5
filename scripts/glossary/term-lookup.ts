import type { Concept, Glossary, Term } from './model.js';

/**
 * Concepts by id, per glossary, built on the first lookup: rules look a
 * concept up for every term they find, and a scan of 20,000 concepts each
 * time made the check grow with the termbase.
 */
const conceptIndexes = new WeakMap<Glossary, Map<string, Concept>>();

/** The concept with this id, if the glossary has one. */
export function findConcept(glossary: Glossary, id: string): Concept | undefined {
  let byId = conceptIndexes.get(glossary);
  if (!byId || byId.size !== glossary.concepts.length) {
    byId = new Map();
    for (const concept of glossary.concepts) if (!byId.has(concept.id)) byId.set(concept.id, concept);
    conceptIndexes.set(glossary, byId);
  }
  return byId.get(id);
}

/** The terms of a concept in one language, preferred first; empty when the language has none. */
export function termsIn(concept: Concept, lang: string): readonly Term[] {
  return concept.terms[lang] ?? [];
}

/** The term editors should use for the concept in this language: the first preferred one that is not a derived form. */
export function preferredTerm(concept: Concept, lang: string): Term | undefined {
  return termsIn(concept, lang).find((term) => term.status === 'preferred' && term.derivedFrom === undefined);
}

/**
 * What editors should write instead of `term`: for a derived term, the
 * preferred derived term of the same part of speech (one formed from the
 * preferred name first: Kiewer → Kyjiwer, алма-атинский → алматинский); for
 * any other term, the preferred term. Undefined when the glossary has none.
 */
export function replacementFor(concept: Concept, lang: string, term: Term): Term | undefined {
  if (term.derivedFrom === undefined) return preferredTerm(concept, lang);
  const preferredName = preferredTerm(concept, lang)?.text;
  const candidates = termsIn(concept, lang).filter(
    (candidate) => candidate.status === 'preferred' && candidate.derivedFrom !== undefined && candidate.partOfSpeech === term.partOfSpeech,
  );
  return candidates.find((candidate) => candidate.derivedFrom === preferredName) ?? candidates[0];
}

/** The name a term stands for: the term it is derived from, or the term itself. */
export function baseTextOf(term: Term): string {
  return term.derivedFrom ?? term.text;
}

/** The variants that must not be used for the concept in this language. */
export function deprecatedTerms(concept: Concept, lang: string): readonly Term[] {
  return termsIn(concept, lang).filter((term) => term.status === 'deprecated');
}

/** Every language code the glossary has terms in, sorted. */
export function glossaryLanguages(glossary: Glossary): string[] {
  const codes = new Set<string>();
  for (const concept of glossary.concepts) for (const lang of Object.keys(concept.terms)) codes.add(lang);
  return [...codes].sort();
}
