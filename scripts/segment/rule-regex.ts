import type { RegexFlags } from './icu-regex.js';
import { RegexTranslationError, translateIcuRegex } from './icu-regex.js';

/** Both halves of one SRX rule in JavaScript syntax, ready to become `(?<=before)(?=after)`. */
export interface TranslatedRule {
  readonly before: string;
  readonly after: string;
  readonly flags: RegexFlags;
  /** Capturing groups in both halves together. */
  readonly groupCount: number;
}

/**
 * Translates a rule's `beforebreak` and `afterbreak`. Case-insensitivity stays inside each
 * half; the leading `(?s)` / `(?m)` flags apply to the rule as a whole: an empty half takes
 * the other's, two non-empty halves must agree.
 * Throws RegexTranslationError.
 */
export function translateRule(beforeBreak: string, afterBreak: string, groupOffset = 0): TranslatedRule {
  const before = translateIcuRegex(beforeBreak, groupOffset);
  const after = translateIcuRegex(afterBreak, groupOffset + before.groupCount);
  if (beforeBreak !== '' && afterBreak !== '' && !sameFlags(before.flags, after.flags)) {
    throw new RegexTranslationError('beforebreak and afterbreak must use the same (?s) and (?m) flags', 0);
  }
  return {
    before: before.source,
    after: after.source,
    flags: beforeBreak === '' ? after.flags : before.flags,
    groupCount: before.groupCount + after.groupCount,
  };
}

/**
 * `(?=after)(?<=before)`, leaving out an empty half. The look-ahead comes first: it is
 * usually the cheaper test, and a look-behind that scans back far then runs only where
 * the look-ahead already matched.
 */
export function zeroWidthRuleSource(rule: TranslatedRule): string {
  return `${rule.after === '' ? '' : `(?=${rule.after})`}${rule.before === '' ? '' : `(?<=${rule.before})`}`;
}

function sameFlags(a: RegexFlags, b: RegexFlags): boolean {
  return a.dotAll === b.dotAll && a.multiline === b.multiline;
}
