import type { Rule, TranslationUnit } from '../../rule.js';
import { baseTextOf } from '../../../glossary/index.js';
import { intendedTerms } from '../../../glossary/term-concepts.js';
import { pinTranslation } from '../../pinned-unit.js';

interface Use {
  /** Pinned: kept until every article was checked. */
  readonly unit: TranslationUnit;
  /** The source term as the article writes it. */
  readonly source: string;
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

const rule: Rule = {
  meta: {
    id: 'term/inconsistent',
    type: 'suggestion',
    description: 'One source term is rendered with different target terms across the translations of a locale.',
    defaultSeverity: 'warning',
    messages: {
      inconsistent: '"{source}" ({concept}) is rendered "{term}" here but "{majority}" in {count} other place(s) of the {locale} translations; use one term throughout',
    },
  },
  create(context) {
    // Keyed by locale, concept and the source term as written: "Mukhtar Ablyazov" and a later
    // "Ablyazov" are different source terms, so a full name and a short form are not a conflict.
    const uses = new Map<string, Use[]>();
    return {
      translation(unit) {
        const matcher = context.matcher(unit.locale);
        if (!unit.source || !matcher) return;
        const sourceTerms = intendedTerms(unit.source, context.matcher(context.sourceLocale));
        const targetMatches = matcher.find(unit.text).filter((match) => match.status !== 'deprecated');
        for (const conceptId of new Set(sourceTerms.map((term) => term.conceptId))) {
          const inSource = sourceTerms.filter((term) => term.conceptId === conceptId);
          const inTarget = targetMatches.filter((match) => match.conceptId === conceptId);
          // Occurrences pair up in order only when both sides name the concept equally often.
          if (inSource.length !== inTarget.length) continue;
          inSource.forEach((sourceTerm, index) => {
            const match = inTarget[index]!;
            const source = unit.source!.text.slice(sourceTerm.start, sourceTerm.end);
            const key = [unit.locale, conceptId, source.toLocaleLowerCase(context.sourceLocale)].join('\u0000');
            const list = uses.get(key) ?? [];
            // A derived form counts as its name: "в Киеве" and "киевский таксист" both render Kyiv as Киев.
            list.push({ unit: pinTranslation(unit, [match.start, match.end]), source, term: baseTextOf(match.term), start: match.start, end: match.end });
            uses.set(key, list);
          });
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
              data: { source: use.source, concept, term: use.term, majority, count: majorityCount, locale },
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
