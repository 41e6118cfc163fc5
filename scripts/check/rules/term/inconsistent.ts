import type { Rule, TranslationUnit } from '../../rule.js';
import { expectedConcepts } from '../../term-concepts.js';

interface Use {
  readonly unit: TranslationUnit;
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

const rule: Rule = {
  meta: {
    id: 'term/inconsistent',
    type: 'suggestion',
    description: 'One source concept is rendered with different approved terms across the translations of a locale.',
    defaultSeverity: 'warning',
    messages: {
      inconsistent: '{concept} is rendered "{term}" here but "{majority}" in {count} other place(s) of the {locale} translations; use one term throughout',
    },
  },
  create(context) {
    const uses = new Map<string, Use[]>();
    return {
      translation(unit) {
        const matcher = context.matcher(unit.locale);
        if (!unit.source || !matcher) return;
        const expected = expectedConcepts(unit.source, context.matcher(context.sourceLocale));
        for (const match of matcher.find(unit.text)) {
          if (!expected.has(match.conceptId) || match.status === 'deprecated') continue;
          const key = `${unit.locale}\u0000${match.conceptId}`;
          const list = uses.get(key) ?? [];
          list.push({ unit, term: match.term.text, start: match.start, end: match.end });
          uses.set(key, list);
        }
      },
      end() {
        for (const [key, list] of uses) {
          const counts = new Map<string, number>();
          for (const use of list) counts.set(use.term, (counts.get(use.term) ?? 0) + 1);
          if (counts.size < 2) continue;
          const [majority, majorityCount] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
          const [locale, concept] = key.split('\u0000') as [string, string];
          for (const use of list) {
            if (use.term === majority) continue;
            context.report({
              messageId: 'inconsistent',
              data: { concept, term: use.term, majority, count: majorityCount, locale },
              unit: use.unit,
              start: use.start,
              end: use.end,
            });
          }
        }
      },
    };
  },
};

export default rule;
