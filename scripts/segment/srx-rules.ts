import type { Position } from '../core/position.js';
import { ConfigError } from '../core/errors.js';
import { jsFlags, RegexTranslationError, translateIcuRegex } from './icu-regex.js';

/**
 * One `<rule>`: a break (or, with `isBreak: false`, an exception) between the text
 * matched by `beforeBreak` and the text matched by `afterBreak`. Both are ICU
 * regular expressions as written in the SRX file; an empty one matches anywhere.
 */
export interface SrxRule {
  readonly isBreak: boolean;
  readonly beforeBreak: string;
  readonly afterBreak: string;
  /** Where the `<rule>` element starts in the SRX file. */
  readonly position: Position;
}

/** A named `<languagerule>`: rules in document order. */
export interface SrxLanguageRule {
  readonly name: string;
  readonly rules: readonly SrxRule[];
  readonly position: Position;
}

/** A `<languagemap>`: language codes matching `languagePattern` use `languageRuleName`. */
export interface SrxLanguageMap {
  readonly languagePattern: string;
  readonly languageRuleName: string;
  readonly position: Position;
}

/** The content of an SRX document that matters for segmenting plain text. */
export interface SrxRules {
  /** The file the rules came from, for messages. */
  readonly fileName: string;
  readonly version: string;
  /** SRX 2.0 `cascade`: apply every matching language map in order, not only the first. */
  readonly cascade: boolean;
  readonly segmentSubflows: boolean;
  readonly languageRules: ReadonlyMap<string, SrxLanguageRule>;
  readonly languageMaps: readonly SrxLanguageMap[];
}

/** Normalizes "en_US" / "EN-us" to "en-US"-style BCP 47 spelling for pattern matching. */
export function normalizeLanguageCode(lang: string): string {
  return lang.trim().replace(/_/g, '-');
}

/** Whether a `languagepattern` matches the whole language code (case-insensitively). */
export function languagePatternMatches(map: SrxLanguageMap, fileName: string, lang: string): boolean {
  let source: string;
  try {
    source = translateIcuRegex(map.languagePattern).source;
  } catch (error) {
    if (error instanceof RegexTranslationError) {
      throw new ConfigError(`languagepattern "${map.languagePattern}": ${error.message}`, fileName, map.position);
    }
    throw error;
  }
  return new RegExp(`^(?:${source})$`, jsFlags({ dotAll: false, multiline: false }, 'i')).test(
    normalizeLanguageCode(lang),
  );
}

/**
 * The language rules that apply to `lang`, in the order SRX 2.0 applies them: with
 * `cascade`, those of every matching language map in map order; without, those of
 * the first matching map only. An empty list when no map matches.
 */
export function languageRulesFor(rules: SrxRules, lang: string): SrxLanguageRule[] {
  const selected: SrxLanguageRule[] = [];
  for (const map of rules.languageMaps) {
    if (!languagePatternMatches(map, rules.fileName, lang)) continue;
    const languageRule = rules.languageRules.get(map.languageRuleName);
    if (!languageRule) {
      throw new ConfigError(
        `languagemap refers to an unknown languagerule "${map.languageRuleName}"`,
        rules.fileName,
        map.position,
      );
    }
    selected.push(languageRule);
    if (!rules.cascade) break;
  }
  return selected;
}

/** The rules for `lang` flattened in application order (the first matching rule at a position wins). */
export function rulesForLanguage(rules: SrxRules, lang: string): SrxRule[] {
  return languageRulesFor(rules, lang).flatMap((languageRule) => [...languageRule.rules]);
}
