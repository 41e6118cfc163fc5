import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { equivalentPatternsFor } from './equivalent-patterns.js';

/** Message ids of the composition patterns in every locale's intl object. */
export const patternIds = { withEquivalents: 'money.withEquivalents', approximate: 'money.approximate' } as const;

const cache = createIntlCache();
const intlByLocale = new Map<string, IntlShape>();

/**
 * The one intl object of a locale, shared by every formatter: its Intl
 * formatters are created once per set of options and reused for every value.
 * Dates are formatted in UTC, so an ISO date never shifts by a day.
 */
export function intlFor(locale: string): IntlShape {
  let intl = intlByLocale.get(locale);
  if (!intl) {
    const patterns = equivalentPatternsFor(locale);
    intl = createIntl(
      {
        locale,
        timeZone: 'UTC',
        messages: { [patternIds.withEquivalents]: patterns.withEquivalents, [patternIds.approximate]: patterns.approximate },
        onError: (error) => {
          throw error;
        },
      },
      cache,
    );
    intlByLocale.set(locale, intl);
  }
  return intl;
}
