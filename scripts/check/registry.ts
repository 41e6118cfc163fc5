import type { Severity } from '../core/diagnostic.js';
import { GLOSSARY_RULES } from '../glossary/glossary-rules.js';
import { TM_RULES } from '../tm/tm-rules.js';
import { IMPORT_RULES } from '../xliff/import-rules.js';
import { XLIFF_RULES } from '../xliff/rules/rule-table.js';
import { allRules } from './rules/index.js';

/** Every finding Glossa can report, whichever command reports it. */
export interface RegisteredRule {
  readonly id: string;
  readonly description: string;
  /** One severity, or one for source articles and one for translations (check rules). */
  readonly defaultSeverity: Severity | { readonly source: Severity; readonly translation: Severity };
  readonly fixable: boolean;
  /** The rule's page, relative to the package root. */
  readonly docs: string;
  /** Where the rule comes from: a check rule, XLIFF validation or import, TMX import, termbase reading. */
  readonly origin: 'check' | 'xliff' | 'xliff-import' | 'tm' | 'glossary';
}

export const docsPath = (id: string): string => `docs/rules/${id}.md`;

const plain = (origin: RegisteredRule['origin']) => (rule: { readonly id: string; readonly description: string; readonly defaultSeverity: Severity }): RegisteredRule => ({
  id: rule.id,
  description: rule.description,
  defaultSeverity: rule.defaultSeverity,
  fixable: false,
  docs: docsPath(rule.id),
  origin,
});

/** The one registry, in a stable order: check rules, XLIFF validation, XLIFF import, TMX import, termbase reading. */
export const registeredRules: readonly RegisteredRule[] = [
  ...allRules.map(({ meta }): RegisteredRule => ({
    id: meta.id,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable === true,
    docs: docsPath(meta.id),
    origin: 'check',
  })),
  ...XLIFF_RULES.map(plain('xliff')),
  ...IMPORT_RULES.map(plain('xliff-import')),
  ...TM_RULES.map(plain('tm')),
  ...GLOSSARY_RULES.map(plain('glossary')),
];

export const registeredRule = (id: string): RegisteredRule | undefined => registeredRules.find((rule) => rule.id === id);
