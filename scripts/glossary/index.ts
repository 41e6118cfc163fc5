/** The termbase library: model, readers and writers, and the term matcher. */
export type {
  Concept,
  ContextCondition,
  ContextRule,
  ContextSuggestion,
  ConceptList,
  Glossary,
  LanguageSettings,
  ParsedGlossary,
  PartOfSpeech,
  Term,
  TermStatus,
} from './model.js';
export { partsOfSpeech, termStatuses } from './model.js';
export { GlossaryError, type GlossaryProblem } from './glossary-error.js';
export { loadGlossary } from './load-glossary.js';
export { parseGlossaryYaml } from './yaml-read.js';
export { writeGlossaryYaml } from './yaml-write.js';
export { parseTbx } from './tbx-read.js';
export { writeTbx } from './tbx-write.js';
export { parseGlossaryCsv } from './csv-read.js';
export { compileMatcher, matcherTables, restoreMatcher, type ContextViolation, type TermMatch, type TermMatcher } from './term-matcher.js';
export { baseTextOf, deprecatedTerms, findConcept, glossaryLanguages, preferredTerm, replacementFor, termsIn } from './term-lookup.js';
export { preserveCase } from './preserve-case.js';
export { checkLanguageCode } from './language-code.js';
