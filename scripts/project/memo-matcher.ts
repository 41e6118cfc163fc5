import type { TermMatcher } from '../glossary/index.js';

/**
 * Remembers the last text each method was asked about. The check engine hands
 * one unit to every rule in turn, and several rules look up the same text, so
 * this one-entry memory saves most repeated matching without holding memory.
 */
export function rememberLastText(matcher: TermMatcher): TermMatcher {
  let findText: string | undefined;
  let findResult: ReturnType<TermMatcher['find']> = [];
  let contextText: string | undefined;
  let contextResult: ReturnType<TermMatcher['contextViolations']> = [];
  return {
    lang: matcher.lang,
    find(text) {
      if (text !== findText) {
        findResult = matcher.find(text);
        findText = text;
      }
      return findResult;
    },
    contextViolations(text) {
      if (text !== contextText) {
        contextResult = matcher.contextViolations(text);
        contextText = text;
      }
      return contextResult;
    },
    rewrite: (text, match, replacement) => matcher.rewrite(text, match, replacement),
  };
}
