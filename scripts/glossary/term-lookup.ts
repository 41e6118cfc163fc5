import { ConceptsOnDemand } from './concepts-on-demand.js';
import type { Concept, ConceptList, Glossary, Term } from './model.js';

/**
 * Concept numbers by id, per concept list, built on the first lookup: rules
 * look a concept up for every term they find, and a scan of 20,000 concepts
 * each time made the check grow with the termbase.
 */
const conceptIndexes = new WeakMap<ConceptList, Map<string, number>>();

/** The concept with this id, if the glossary has one (the first, if several have it). */
export function findConcept(glossary: Glossary, id: string): Concept | undefined {
  const concepts = glossary.concepts;
  let byId = conceptIndexes.get(concepts);
  if (!byId) {
    byId = new Map();
    for (let index = 0; index < concepts.length; index++) {
      const conceptId = conceptIdAt(concepts, index)!;
      if (!byId.has(conceptId)) byId.set(conceptId, index);
    }
    conceptIndexes.set(concepts, byId);
  }
  const index = byId.get(id);
  return index === undefined ? undefined : concepts.at(index);
}

/** The id of concept `index`, read without making the concept when the list makes concepts on demand. */
export function conceptIdAt(concepts: ConceptList, index: number): string | undefined {
  return concepts instanceof ConceptsOnDemand ? concepts.idAt(index) : concepts.at(index)?.id;
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
