import type { Replacement } from '../core/replace.js';
import { findConcept, preferredTerm, preserveCase, type Glossary, type TermMatcher } from './index.js';

/** A replacement that makes a text use the glossary's wording. Offsets into the text. */
export interface TermFix extends Replacement {
  readonly kind: 'deprecated' | 'context';
}

/**
 * The unambiguous rewrites the glossary asks for in a text: a deprecated term
 * written in its base form becomes the preferred term (an inflected form needs
 * a person to choose the case ending), and a term flagged by a context rule
 * becomes the suggested one. Used by `check --fix` and by the rendered
 * source-language copy.
 */
export function termFixes(text: string, matcher: TermMatcher, glossary: Glossary, locale: string): TermFix[] {
  const fixes: TermFix[] = [];
  for (const match of matcher.find(text)) {
    if (match.status !== 'deprecated') continue;
    const found = text.slice(match.start, match.end);
    if (found.toLocaleLowerCase(locale) !== match.term.text.toLocaleLowerCase(locale)) continue;
    const concept = findConcept(glossary, match.conceptId);
    const preferred = concept && preferredTerm(concept, locale);
    if (preferred) fixes.push({ start: match.start, end: match.end, text: preserveCase(preferred.text, found, locale), kind: 'deprecated' });
  }
  for (const violation of matcher.contextViolations(text)) {
    if (fixes.some((fix) => fix.start < violation.end && violation.start < fix.end)) continue;
    fixes.push({ start: violation.start, end: violation.end, text: violation.suggestion, kind: 'context' });
  }
  return fixes.sort((a, b) => a.start - b.start);
}
