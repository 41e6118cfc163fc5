import type { TermMatcher } from './index.js';
import type { Segment, TermSpan } from '../core/segment.js';

const intendedBySegment = new WeakMap<Segment, TermSpan[]>();

/**
 * The term spans of a source sentence, each with the concept it stands for
 * once context rules are applied. Kept per segment: every translation of a
 * sentence asks again.
 */
export function intendedTerms(source: Segment, sourceMatcher: TermMatcher | undefined): TermSpan[] {
  const known = intendedBySegment.get(source);
  if (known) return known;
  const terms = findIntendedTerms(source, sourceMatcher);
  intendedBySegment.set(source, terms);
  return terms;
}

function findIntendedTerms(source: Segment, sourceMatcher: TermMatcher | undefined): TermSpan[] {
  const violations = sourceMatcher?.contextViolations(source.text) ?? [];
  return source.spans.flatMap((span) => {
    if (span.kind !== 'term') return [];
    const violation = violations.find((v) => v.start < span.end && span.start < v.end);
    return [violation ? { ...span, conceptId: violation.rule.use.conceptId } : span];
  });
}
