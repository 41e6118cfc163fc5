import type { Severity } from '../core/diagnostic.js';
import type { GlossaConfig } from '../config.js';
import type { RuleInfo } from './reporters/index.js';
import { registeredRules, type RegisteredRule } from './registry.js';

/** Rule metadata as reporters show it: the registry's, with the severity this project configured. */
export function ruleInfos(settings: GlossaConfig['rules'], origins: ReadonlySet<RegisteredRule['origin']>): RuleInfo[] {
  return registeredRules
    .filter((rule) => origins.has(rule.origin))
    .map((rule) => {
      const configured = settings[rule.id];
      const fallback = rule.defaultSeverity;
      const severity: Severity = configured && configured !== 'off' ? configured : typeof fallback === 'string' ? fallback : fallback.translation;
      return { id: rule.id, description: rule.description, defaultSeverity: severity, ...(rule.fixable ? { fixable: true } : {}) };
    });
}

export const checkOrigins: ReadonlySet<RegisteredRule['origin']> = new Set(['check']);
/** Commands other than check report XLIFF validation and import, TMX import and termbase findings. */
export const otherOrigins: ReadonlySet<RegisteredRule['origin']> = new Set(['xliff', 'xliff-import', 'tm', 'glossary']);
