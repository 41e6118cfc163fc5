import type { Concept, Glossary, Term } from './model.js';

/** The concept with this id, if the glossary has one. */
export function findConcept(glossary: Glossary, id: string): Concept | undefined {
  return glossary.concepts.find((concept) => concept.id === id);
}

/** The terms of a concept in one language, preferred first; empty when the language has none. */
export function termsIn(concept: Concept, lang: string): readonly Term[] {
  return concept.terms[lang] ?? [];
}

/** The term editors should use for the concept in this language (the first preferred one). */
export function preferredTerm(concept: Concept, lang: string): Term | undefined {
  return termsIn(concept, lang).find((term) => term.status === 'preferred');
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
