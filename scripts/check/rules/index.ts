import type { Rule } from '../rule.js';
import moneyStatedConversion from './money/stated-conversion.js';
import placeholderMismatch from './placeholder/mismatch.js';
import segmentStale from './segment/stale.js';
import segmentUntranslated from './segment/untranslated.js';
import termContext from './term/context.js';
import termDeprecated from './term/deprecated.js';
import termInconsistent from './term/inconsistent.js';
import termMissing from './term/missing.js';
import textMixedScript from './text/mixed-script.js';

/** Every rule; the id of each equals its file path below this folder. */
export const allRules: readonly Rule[] = [
  termDeprecated,
  termContext,
  termMissing,
  termInconsistent,
  segmentUntranslated,
  segmentStale,
  placeholderMismatch,
  moneyStatedConversion,
  textMixedScript,
];
