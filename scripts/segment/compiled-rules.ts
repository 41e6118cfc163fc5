import { ConfigError } from '../core/errors.js';
import { flagsKey, jsFlags, RegexTranslationError } from './icu-regex.js';
import type { RegexFlags } from './icu-regex.js';
import type { TranslatedRule } from './rule-regex.js';
import { translateRule, zeroWidthRuleSource } from './rule-regex.js';
import type { SrxRule, SrxRules } from './srx-rules.js';
import { rulesForLanguage } from './srx-rules.js';

/**
 * A maximal run of consecutive rules with the same break value and flags, merged
 * into one sticky regex: testing it at a position tells whether any rule of the run
 * matches there. Runs keep the rule order, so the first run that matches decides.
 */
export interface RuleRun {
  readonly isBreak: boolean;
  readonly regex: RegExp;
}

/** The rules of one language, compiled for {@link findBreaks}. */
export interface CompiledRules {
  /** Global regexes (one per flag set) whose zero-width matches are the positions where some break rule matches. */
  readonly candidateScanners: readonly RegExp[];
  readonly runs: readonly RuleRun[];
}

interface TranslatedEntry {
  readonly rule: SrxRule;
  readonly translated: TranslatedRule;
}

/** Compiles the rules SRX applies to `lang`. Throws ConfigError for a rule that does not translate. */
export function compileRules(rules: SrxRules, lang: string): CompiledRules {
  const entries = rulesForLanguage(rules, lang).map((rule) => ({ rule, translated: translate(rule, rules.fileName) }));
  const runs: RuleRun[] = [];
  let runStart = 0;
  for (let i = 1; i <= entries.length; i++) {
    const first = entries[runStart];
    const current = entries[i];
    if (
      first !== undefined &&
      (current === undefined ||
        current.rule.isBreak !== first.rule.isBreak ||
        flagsKey(current.translated.flags) !== flagsKey(first.translated.flags))
    ) {
      runs.push({
        isBreak: first.rule.isBreak,
        regex: combine(entries.slice(runStart, i), first.translated.flags, 'y', rules.fileName),
      });
      runStart = i;
    }
  }
  const breakEntries = new Map<string, TranslatedEntry[]>();
  for (const entry of entries) {
    if (!entry.rule.isBreak) continue;
    const key = flagsKey(entry.translated.flags);
    const list = breakEntries.get(key) ?? [];
    list.push(entry);
    breakEntries.set(key, list);
  }
  const candidateScanners = [...breakEntries.values()].map((list) =>
    combine(list, list[0]!.translated.flags, 'g', rules.fileName),
  );
  return { candidateScanners, runs };
}

function translate(rule: SrxRule, fileName: string): TranslatedRule {
  try {
    return translateRule(rule.beforeBreak, rule.afterBreak);
  } catch (error) {
    if (error instanceof RegexTranslationError) throw new ConfigError(`rule: ${error.message}`, fileName, rule.position);
    throw error;
  }
}

/**
 * One regex matching (zero-width) wherever any of the rules matches. Consecutive
 * rules with the same afterbreak share one look-ahead: `(?=a)(?<=b1|b2)`.
 */
function combine(entries: readonly TranslatedEntry[], flags: RegexFlags, extraFlag: string, fileName: string): RegExp {
  const alternatives: string[] = [];
  let groupOffset = 0;
  let pendingBefores: string[] = [];
  let pendingAfter: string | undefined;
  const flush = (): void => {
    if (pendingAfter === undefined) return;
    const before = pendingBefores.includes('') ? '' : pendingBefores.join('|');
    alternatives.push(zeroWidthRuleSource({ before, after: pendingAfter, flags, groupCount: 0 }) || '(?:)');
    pendingBefores = [];
    pendingAfter = undefined;
  };
  for (const entry of entries) {
    // Back references must be renumbered once rules share one regex.
    const translated =
      groupOffset === 0 ? entry.translated : translateRule(entry.rule.beforeBreak, entry.rule.afterBreak, groupOffset);
    groupOffset += entry.translated.groupCount;
    if (translated.after !== pendingAfter || translated.groupCount > 0) flush();
    pendingBefores.push(translated.before);
    pendingAfter = translated.after;
    if (translated.groupCount > 0) flush();
  }
  flush();
  try {
    return new RegExp(alternatives.join('|'), jsFlags(flags, extraFlag));
  } catch (error) {
    const rule = entries[0]!.rule;
    throw new ConfigError(`rules do not compile together: ${(error as Error).message}`, fileName, rule.position);
  }
}
