import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { ConfigError, InputError } from '../core/errors.js';
import { applyRuleSettings, type RuleSettings } from '../core/rule-settings.js';
import { loadGlossary, writeGlossaryYaml, writeTbx } from '../glossary/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Project } from '../project/context.js';

export type GlossaryFormat = 'tbx' | 'tbx-v2' | 'yaml';

/** The project's termbase in TBX-Basic (v3 DCA style, or v2 `martif`) or YAML. */
export async function exportGlossary(project: Project, format: GlossaryFormat): Promise<string> {
  const glossary = await project.termbase.glossary();
  if (!glossary) throw new ConfigError('the project has no glossary; set "glossary" in the configuration', project.config.file);
  return format === 'yaml' ? writeGlossaryYaml(glossary) : writeTbx(glossary, format === 'tbx-v2' ? 'v2' : 'v3');
}

export interface GlossaryImportResult {
  readonly concepts: number;
  readonly output: string;
  /** Entries skipped because they cannot be used (a TBX term "-", a language section without xml:lang). */
  readonly warnings: readonly Diagnostic[];
}

/**
 * Converts a TBX (v2 or v3), CSV or YAML glossary into Glossa's YAML. The input
 * is read and validated completely before anything is written, and an existing
 * file is only replaced with `force`. With `strict`, a skipped entry refuses
 * the import instead of being reported as a warning; so does one that `rules`
 * sets to `error`, while `off` skips it without a word.
 */
export async function importGlossary(input: string, output: string, options: { force: boolean; strict: boolean; rules?: RuleSettings }): Promise<GlossaryImportResult> {
  const found: Diagnostic[] = [];
  const glossary = await loadGlossary(input, found);
  const warnings = applyRuleSettings(found, options.rules);
  const first = options.strict ? warnings[0] : warnings.find((warning) => warning.severity === 'error');
  if (first) {
    const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
    const why = options.strict
      ? '--strict refuses a glossary with unusable entries; fix them or import without --strict to skip them'
      : `the configuration's rules set ${first.ruleId} to "error"; fix the entries, or set the rule to "warning" to skip them`;
    throw new InputError(`${first.message}${more}; nothing written (${why})`, input, {
      line: first.line,
      column: first.column,
    });
  }
  const force = options.force;
  if (!force && (await exists(output))) {
    throw new ConfigError(`${output} exists; choose another --out or add --force to replace it (the imported file does not keep its comments)`);
  }
  await writeFileAtomic(path.resolve(output), writeGlossaryYaml(glossary));
  return { concepts: glossary.concepts.length, output, warnings };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
