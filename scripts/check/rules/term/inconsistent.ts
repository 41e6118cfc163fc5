import type { Rule } from '../../rule.js';
import { baseTextOf } from '../../../glossary/term-lookup.js';
import { intendedTerms } from '../../../glossary/term-concepts.js';
import { pinRange, unitOfPinned, type PinnedRange } from '../../pinned-unit.js';

/** One rendering of a source term, kept until every article was checked: its place, not its unit. */
interface Use {
  readonly place: PinnedRange;
  /** The source term as the article writes it. */
  readonly source: string;
  readonly term: string;
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
    // One copy of each source spelling: a slice of a sentence would keep the whole sentence alive.
    const spellings = new Map<string, string>();
    const intern = (text: string): string => {
      let kept = spellings.get(text);
      if (kept === undefined) {
        kept = [...text].join('');
        spellings.set(kept, kept);
      }
      return kept;
    };
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
            list.push({ place: pinRange(unit, match.start, match.end), source: intern(source), term: baseTextOf(match.term) });
            uses.set(key, list);
          });
        }
      },
      handOver: () => [...uses],
      takeOver(gathered) {
        for (const [key, list] of gathered as [string, Use[]][]) {
          const kept = uses.get(key);
          // One by one: a term used a hundred thousand times would overflow the stack as spread arguments.
          if (kept) for (const use of list) kept.push(use);
          else uses.set(key, [...list]);
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
              unit: unitOfPinned(use.place),
              start: use.place.start,
              end: use.place.end,
            });
          }
        }
      },
    };
  },
};

export default rule;
