import type { Rule } from '../../rule.js';
import { baseTextOf } from '../../../glossary/term-lookup.js';
import { intendedTerms } from '../../../glossary/term-concepts.js';
import { PinnedRanges, type PinnedRangesData } from '../../pinned-unit.js';

// Each use of a term is a pinned range labelled with the source term as the article writes it, the target
// term, and its key: locale, concept and the source term lower-cased.
const SOURCE = 0;
const TERM = 1;
const KEY = 2;

/** What one thread gathered: its uses, and by key how often each target term renders it. */
interface Gathered {
  readonly ranges: PinnedRangesData;
  readonly counts: [string, [string, number][]][];
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
    // By key, how often each target term renders it; the places are rows of `ranges`, a few numbers each.
    const counts = new Map<string, Map<string, number>>();
    const ranges = new PinnedRanges(3);
    const count = (key: string, term: string, times: number) => {
      const terms = counts.get(key) ?? new Map<string, number>();
      terms.set(term, (terms.get(term) ?? 0) + times);
      counts.set(key, terms);
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
            // A derived form counts as its name: "в Киеве" and "киевский таксист" both render Kyiv as Киев.
            const term = baseTextOf(match.term);
            ranges.pin(unit, match.start, match.end, [source, term, key]);
            count(key, term, 1);
          });
        }
      },
      handOver: (): Gathered => ({ ranges: ranges.handOver(), counts: [...counts].map(([key, terms]) => [key, [...terms]]) }),
      takeOver(gathered) {
        const { ranges: theirs, counts: theirCounts } = gathered as Gathered;
        ranges.takeOver(theirs);
        for (const [key, terms] of theirCounts) for (const [term, times] of terms) count(key, term, times);
      },
      end() {
        const majorities = new Map<string, [term: string, count: number]>();
        for (const [key, terms] of counts) {
          if (terms.size > 1) majorities.set(key, [...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!);
        }
        if (majorities.size > 0) {
          ranges.forEach((row) => {
            const key = row.label(KEY);
            const [majority, majorityCount] = majorities.get(key) ?? [];
            const term = row.label(TERM);
            if (majority === undefined || term === majority) return;
            const [locale, concept] = key.split('\u0000') as [string, string];
            context.report({
              messageId: 'inconsistent',
              data: { source: row.label(SOURCE), concept, term, majority, count: majorityCount!, locale },
              unit: row.unit(),
              start: row.start,
              end: row.end,
            });
          });
        }
        ranges.dispose();
      },
    };
  },
};

export default rule;
