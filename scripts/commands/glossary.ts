import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { ConfigError, InputError } from '../core/errors.js';
import { loadGlossary, writeGlossaryYaml, writeTbx } from '../glossary/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Project } from '../project/context.js';

export type GlossaryFormat = 'tbx' | 'tbx-v2' | 'yaml';

/** The project's termbase in TBX-Basic (v3 DCA style, or v2 `martif`) or YAML. */
export async function exportGlossary(project: Project, format: GlossaryFormat): Promise<string> {
  const glossary = await project.glossary();
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
 * the import instead of being reported as a warning.
 */
export async function importGlossary(input: string, output: string, options: { force: boolean; strict: boolean }): Promise<GlossaryImportResult> {
  const warnings: Diagnostic[] = [];
  const glossary = await loadGlossary(input, warnings);
  const first = warnings[0];
  if (options.strict && first) {
    const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
    throw new InputError(`${first.message}${more}; nothing written (--strict refuses a glossary with unusable entries; fix them or import without --strict to skip them)`, input, {
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
