import type { Rule } from '../../rule.js';
import { baseTextOf } from '../../../glossary/term-lookup.js';
import { intendedTerms } from '../../../glossary/term-concepts.js';
import { PinnedRanges, type PinnedRangesData } from '../../pinned-unit.js';

// Each use of a term is a pinned range labelled with its key (locale, concept and the source term as
// written, lower-cased), the source term as the article writes it and the target term.
const KEY = 0;
const SOURCE = 1;
const TERM = 2;

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
    const count = (row: number) => {
      const key = ranges.label(row, KEY);
      const term = ranges.label(row, TERM);
      const terms = counts.get(key) ?? new Map<string, number>();
      terms.set(term, (terms.get(term) ?? 0) + 1);
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
            count(ranges.pin(unit, match.start, match.end, [key, source, baseTextOf(match.term)]));
          });
        }
      },
      handOver: (): PinnedRangesData => ranges.handOver(),
      takeOver(gathered) {
        for (let row = ranges.takeOver(gathered as PinnedRangesData); row < ranges.size; row++) count(row);
      },
      end() {
        const majorities = new Map<string, [term: string, count: number]>();
        for (const [key, terms] of counts) {
          if (terms.size > 1) majorities.set(key, [...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!);
        }
        for (let row = 0; row < ranges.size; row++) {
          const key = ranges.label(row, KEY);
          const [majority, majorityCount] = majorities.get(key) ?? [];
          const term = ranges.label(row, TERM);
          if (majority === undefined || term === majority) continue;
          const [locale, concept] = key.split('\u0000') as [string, string];
          context.report({
            messageId: 'inconsistent',
            data: { source: ranges.label(row, SOURCE), concept, term, majority, count: majorityCount!, locale },
            unit: ranges.unitOf(row),
            start: ranges.start(row),
            end: ranges.end(row),
          });
        }
      },
    };
  },
};

export default rule;
