import { readFileSync } from 'node:fs';
import { parseGlossaryYaml } from '../../../../scripts/glossary/index.js';
import { firstSourceLine, type ExpectedFinding, type RuleCase, type RuleTesterSetup } from '../../rule-tester.js';

/** The project's termbase, read once for every term rule test. */
export const termSetup: RuleTesterSetup = {
  glossary: parseGlossaryYaml(readFileSync('glossary/termbase.yaml', 'utf8'), 'glossary/termbase.yaml'),
};

/** Column of a message's first character in the case resource: `  "<10-char id>": "`. */
export const messageColumn = 18;

/**
 * A finding in the source article: `before` is the text of the sentence ahead
 * of the finding, `sentence` the 0-based paragraph (each one two lines further down).
 */
export function inSource(messageIncludes: string, before = '', sentence = 0): ExpectedFinding {
  return { messageIncludes, file: 'source', line: firstSourceLine + 2 * sentence, column: 1 + before.length };
}

/**
 * A finding in the case resource: `before` is the message text ahead of the
 * finding (no characters JSON escapes), `entry` the 0-based resource entry
 * (the case's own translation first, then those of `others`).
 */
export function inTranslation(messageIncludes: string, before = '', entry = 0): ExpectedFinding {
  return { messageIncludes, file: 'translation', line: 2 + entry, column: messageColumn + before.length };
}

export type ValidCase = Omit<RuleCase, 'errors'>;

/** Valid and invalid cases of one rule for one language. */
export interface LanguageCases {
  readonly lang: string;
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly RuleCase[];
}
