/**
 * The peer: textlint with textlint-rule-prh, given the same substitutions as
 * Glossa's term/deprecated rule on English text — every deprecated English
 * term of the glossary that has no context rule, replaced by the concept's
 * preferred term.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadGlossary, preferredTerm } from '../scripts/glossary/index.js';

export interface PrhRule {
  readonly expected: string;
  readonly patterns: readonly string[];
}

/** prh rules from a glossary's English deprecated → preferred terms; terms with context rules or inflection patterns are left out. */
export async function prhRules(glossaryFile: string, lang = 'en'): Promise<PrhRule[]> {
  const glossary = await loadGlossary(glossaryFile);
  const rules: PrhRule[] = [];
  for (const concept of glossary.concepts) {
    const preferred = preferredTerm(concept, lang);
    const deprecated = (concept.terms[lang] ?? []).filter((term) => term.status === 'deprecated' && !term.context?.length && !term.forms?.length);
    if (!preferred || deprecated.length === 0) continue;
    rules.push({ expected: preferred.text, patterns: deprecated.map((term) => term.text) });
  }
  return rules;
}

/**
 * A pattern as a prh regular-expression string. prh escapes plain-string
 * patterns with `\-`, which its own `u` flag rejects, so hyphenated names
 * ("Alma-Ata") are written as /…/ with only the characters a Unicode regular
 * expression needs escaped.
 */
export function prhPattern(text: string): string {
  return `/${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`;
}

/** prh's YAML (version 1). Each rule matches at word boundaries, as Glossa's matcher does. */
export function prhYaml(rules: readonly PrhRule[]): string {
  const lines = ['version: 1', 'rules:'];
  for (const rule of rules) {
    lines.push(`  - expected: ${JSON.stringify(rule.expected)}`, '    patterns:');
    for (const pattern of rule.patterns) lines.push(`      - ${JSON.stringify(prhPattern(pattern))}`);
    lines.push('    options:', '      wordBoundary: true');
  }
  return `${lines.join('\n')}\n`;
}

export interface PeerSetup {
  readonly textlintrc: string;
  readonly prhFile: string;
  readonly rules: number;
  readonly patterns: number;
}

/**
 * Writes `<dir>/prh.yml` and `<dir>/.textlintrc.json`. Block quotes are
 * checked too (textlint-rule-prh skips them by default; Glossa does not).
 */
export async function writePeerConfig(glossaryFile: string, dir: string): Promise<PeerSetup> {
  await mkdir(dir, { recursive: true });
  const rules = await prhRules(glossaryFile);
  const prhFile = path.join(dir, 'prh.yml');
  await writeFile(prhFile, prhYaml(rules));
  const textlintrc = path.join(dir, '.textlintrc.json');
  await writeFile(textlintrc, `${JSON.stringify({ rules: { prh: { rulePaths: [prhFile], checkBlockQuote: true } } }, null, 2)}\n`);
  return { textlintrc, prhFile, rules: rules.length, patterns: rules.reduce((sum, rule) => sum + rule.patterns.length, 0) };
}

/** Findings in a `textlint --format json` report. */
export async function countTextlintFindings(reportFile: string): Promise<number> {
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as Array<{ messages: unknown[] }>;
  return report.reduce((sum, file) => sum + file.messages.length, 0);
}

/** Diagnostics of a rule in a `glossa check --format json` report. */
export async function countGlossaFindings(reportFile: string, ruleId: string): Promise<number> {
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as { diagnostics: Array<{ ruleId: string }> };
  return report.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).length;
}
