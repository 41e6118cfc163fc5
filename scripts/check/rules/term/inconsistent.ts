import type { Rule } from '../../rule.js';
import { baseTextOf } from '../../../glossary/term-lookup.js';
import { intendedTerms } from '../../../glossary/term-concepts.js';
import { PinnedRanges, type PinnedRangesData } from '../../pinned-unit.js';

// Each use of a term is a pinned range labelled with the source term as the article writes it, the target
// term, and its key: locale, concept and the source term lower-cased.
const SOURCE = 0;
const TERM = 1;
const KEY = 2;

/**
 * What one thread gathered: its uses, and how often each target term renders
 * each key (see `tallyKey`), as two lists: a pair of each would be two more
 * objects per key, in both threads, as the share ends.
 */
interface Gathered {
  readonly ranges: PinnedRangesData;
  readonly tallies: string[];
  readonly times: number[];
}

// A large archive names tens of thousands of keys, nearly all with one target term throughout: one flat
// count per key and term, not a map of terms per key, keeps that a string and a number each. The term's
// length leads, so neither part needs a separator it could itself contain.
const tallyKey = (key: string, term: string) => `${term.length}:${term}${key}`;

function splitTally(tally: string): [key: string, term: string] {
  const colon = tally.indexOf(':');
  const termEnd = colon + 1 + Number(tally.slice(0, colon));
  return [tally.slice(termEnd), tally.slice(colon + 1, termEnd)];
}

/** The target terms of every key that is rendered more than one way, each with its count. */
function mixedKeys(counts: ReadonlyMap<string, number>): Map<string, [term: string, count: number][]> {
  // First the keys with a second term, so that no list is made for the many with one.
  const firstTerm = new Map<string, string | null>();
  for (const tally of counts.keys()) {
    const [key, term] = splitTally(tally);
    const first = firstTerm.get(key);
    if (first === undefined) firstTerm.set(key, term);
    else if (first !== null && first !== term) firstTerm.set(key, null);
  }
  const byKey = new Map<string, [string, number][]>();
  for (const [tally, times] of counts) {
    const [key, term] = splitTally(tally);
    if (firstTerm.get(key) !== null) continue;
    const terms = byKey.get(key);
    if (terms) terms.push([term, times]);
    else byKey.set(key, [[term, times]]);
  }
  return byKey;
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
    // By key and target term, how often that term renders it; the places are rows of `ranges`, a few numbers each.
    const counts = new Map<string, number>();
    const ranges = new PinnedRanges(3);
    const count = (tally: string, times: number) => counts.set(tally, (counts.get(tally) ?? 0) + times);
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
            count(tallyKey(key, term), 1);
          });
        }
      },
      handOver: (): Gathered => {
        const gathered = { ranges: ranges.handOver(), tallies: [...counts.keys()], times: [...counts.values()] };
        counts.clear();
        return gathered;
      },
      takeOver(gathered) {
        const { ranges: theirs, tallies, times } = gathered as Gathered;
        ranges.takeOver(theirs);
        tallies.forEach((tally, index) => count(tally, times[index]!));
      },
      end() {
        const majorities = new Map<string, [term: string, count: number]>();
        for (const [key, terms] of mixedKeys(counts)) {
          majorities.set(key, terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!);
        }
        counts.clear();
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
