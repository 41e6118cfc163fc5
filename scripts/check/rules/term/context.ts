import type { CheckUnit, Rule } from '../../rule.js';

const rule: Rule = {
  meta: {
    id: 'term/context',
    type: 'problem',
    description: 'A term is used in a context where the glossary says another concept is meant (e.g. "Kazakh" before a civic noun).',
    defaultSeverity: { source: 'warning', translation: 'error' },
    fixable: true,
    supersedes: ['term/missing', 'term/inconsistent'],
    messages: {
      context: '"{found}" is wrong here ({reason}); use "{suggestion}"',
    },
  },
  create(context) {
    const visit = (unit: CheckUnit) => {
      const matcher = context.matcher(unit.locale);
      if (!matcher) return;
      for (const violation of matcher.contextViolations(unit.text)) {
        const found = unit.text.slice(violation.start, violation.end);
        context.report({
          messageId: 'context',
          data: { found, reason: (violation.rule.note ?? `the context calls for ${violation.rule.use.conceptId}`).replace(/[.;]\s*$/, ''), suggestion: violation.suggestion },
          unit,
          start: violation.start,
          end: violation.end,
          fix: violation.suggestion,
        });
      }
    };
    return { source: visit, translation: visit };
  },
};

export default rule;
