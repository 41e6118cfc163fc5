import { findConcept, replacementFor } from '../../../glossary/term-lookup.js';
import { deprecatedFixes } from '../../../glossary/term-fixes.js';
import type { CheckUnit, Rule } from '../../rule.js';

const rule: Rule = {
  meta: {
    id: 'term/deprecated',
    type: 'problem',
    description:
      'A deprecated term of the glossary is used, in any form; the glossary names the preferred term (for a derived adjective or demonym, the preferred derived term).',
    defaultSeverity: { source: 'warning', translation: 'error' },
    fixable: true,
    supersedes: ['term/missing', 'term/inconsistent'],
    messages: {
      deprecated: '"{found}" is deprecated ({concept}); use "{preferred}"{why}',
      deprecatedNoPreferred: '"{found}" is deprecated ({concept}) and the glossary has no preferred {locale} term for it',
    },
  },
  create(context) {
    const visit = (unit: CheckUnit) => {
      const matcher = context.matcher(unit.locale);
      const { glossary } = context;
      if (!matcher || !glossary) return;
      const matches = matcher.find(unit.text);
      // Most messages hold no deprecated term: they need no fixes worked out.
      if (!matches.some((match) => match.status === 'deprecated')) return;
      const fixes = deprecatedFixes(unit.text, matcher, glossary, unit.locale);
      for (const match of matches) {
        if (match.status !== 'deprecated') continue;
        const concept = findConcept(glossary, match.conceptId);
        const preferred = concept && replacementFor(concept, unit.locale, match.term);
        const found = unit.text.slice(match.start, match.end);
        const where = { unit, start: match.start, end: match.end };
        if (!preferred) {
          context.report({ messageId: 'deprecatedNoPreferred', data: { found, concept: match.conceptId, locale: unit.locale }, ...where });
          continue;
        }
        const fix = fixes.find((candidate) => candidate.start === match.start);
        // An inflected form is answered with the replacement in the same form where the glossary's stems allow it.
        const inflected = found.toLocaleLowerCase(unit.locale) === match.term.text.toLocaleLowerCase(unit.locale) ? undefined : matcher.rewrite(unit.text, match, preferred);
        context.report({
          messageId: 'deprecated',
          data: {
            found,
            concept: match.conceptId,
            preferred: inflected ?? preferred.text,
            why: match.term.note ? ` — ${match.term.note}` : '',
          },
          ...where,
          ...(fix ? { fix: fix.text } : {}),
        });
      }
    };
    return { source: visit, translation: visit };
  },
};

export default rule;
