import type { Replacement } from '../core/replace.js';
import type { Glossary } from './model.js';
import type { TermMatcher } from './term-matcher.js';
// From their own modules, not the library's index: the index also loads every reader and writer (TBX, CSV, YAML, xmlbuilder2).
import { findConcept, replacementFor } from './term-lookup.js';

/** A replacement that makes a text use the glossary's wording. Offsets into the text. */
export interface TermFix extends Replacement {
  readonly kind: 'deprecated' | 'context';
}

/**
 * The unambiguous rewrites the glossary asks for in a text: a deprecated term
 * becomes its replacement (the preferred term; for a derived term the
 * preferred derived term) when it is written in its base form, or when both
 * are single `stem~` words and the ending can be carried over (a name's
 * inflected form needs a person to choose the case ending), and a term
 * flagged by a context rule becomes the suggested one. Used by `check --fix` and by the rendered
 * source-language copy.
 */
export function termFixes(text: string, matcher: TermMatcher, glossary: Glossary, locale: string): TermFix[] {
  const fixes = deprecatedFixes(text, matcher, glossary, locale);
  for (const violation of matcher.contextViolations(text)) {
    if (fixes.some((fix) => fix.start < violation.end && violation.start < fix.end)) continue;
    fixes.push({ start: violation.start, end: violation.end, text: violation.suggestion, kind: 'context' });
  }
  return fixes.sort((a, b) => a.start - b.start);
}

/** The rewrites of deprecated terms alone (see `termFixes`), in text order. */
export function deprecatedFixes(text: string, matcher: TermMatcher, glossary: Glossary, locale: string): TermFix[] {
  const fixes: TermFix[] = [];
  for (const match of matcher.find(text)) {
    if (match.status !== 'deprecated') continue;
    const concept = findConcept(glossary, match.conceptId);
    const replacement = concept && replacementFor(concept, locale, match.term);
    const rewritten = replacement && matcher.rewrite(text, match, replacement);
    if (rewritten !== undefined) fixes.push({ start: match.start, end: match.end, text: rewritten, kind: 'deprecated' });
  }
  return fixes;
}
