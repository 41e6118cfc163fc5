import { findConcept, preferredTerm, termsIn } from '../../../glossary/term-lookup.js';
import type { Rule } from '../../rule.js';
import { intendedTerms } from '../../../glossary/term-concepts.js';

const rule: Rule = {
  meta: {
    id: 'term/missing',
    type: 'problem',
    description: 'The source names a glossary concept and the translation has none of its preferred or admitted terms, in any form.',
    defaultSeverity: 'error',
    messages: {
      missing: 'the source names {concept} ("{sourceTerm}") but the translation has no approved {locale} term for it; expected "{expected}" in a suitable form',
    },
  },
  create(context) {
    return {
      translation(unit) {
        const { glossary } = context;
        const targetMatcher = context.matcher(unit.locale);
        if (!unit.source || !glossary || !targetMatcher) return;
        const matches = targetMatcher.find(unit.text);
        const found = new Set(matches.filter((match) => match.status !== 'deprecated').map((match) => match.conceptId));
        const intended = intendedTerms(unit.source, context.matcher(context.sourceLocale));
        for (const conceptId of new Set(intended.map((term) => term.conceptId))) {
          if (found.has(conceptId)) continue;
          const concept = findConcept(glossary, conceptId);
          const expected = concept && preferredTerm(concept, unit.locale);
          if (!concept || !expected || termsIn(concept, unit.locale).length === 0) continue;
          const sourceSpan = intended.find((term) => term.conceptId === conceptId)!;
          const sourceTerm = unit.source.text.slice(sourceSpan.start, sourceSpan.end);
          // Where the translation names the concept with a word to avoid, the finding points at that word, so
          // the engine can keep one finding per word (term/deprecated or term/context says more about it).
          const wrong =
            matches.find((match) => match.conceptId === conceptId) ??
            targetMatcher.contextViolations(unit.text).find((violation) => violation.rule.use.conceptId === conceptId);
          context.report({
            messageId: 'missing',
            data: { concept: conceptId, sourceTerm, locale: unit.locale, expected: expected.text },
            unit,
            ...(wrong ? { start: wrong.start, end: wrong.end } : {}),
          });
        }
      },
    };
  },
};

export default rule;
