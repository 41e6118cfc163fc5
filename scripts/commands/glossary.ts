import { access } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../core/errors.js';
import { loadGlossary, writeGlossaryYaml, writeTbx } from '../glossary/index.js';
import { writeFileAtomic } from '../locales/store.js';
import type { Project } from '../project/context.js';

export type GlossaryFormat = 'tbx' | 'yaml';

/** The project's termbase in TBX-Basic (v3, DCA style) or YAML. */
export async function exportGlossary(project: Project, format: GlossaryFormat): Promise<string> {
  const glossary = await project.glossary();
  if (!glossary) throw new ConfigError('the project has no glossary; set "glossary" in the configuration', project.config.file);
  return format === 'tbx' ? writeTbx(glossary) : writeGlossaryYaml(glossary);
}

/**
 * Converts a TBX (v2 or v3), CSV or YAML glossary into Glossa's YAML. The input
 * is read and validated completely before anything is written, and an existing
 * file is only replaced with `force`.
 */
export async function importGlossary(input: string, output: string, force: boolean): Promise<{ concepts: number; output: string }> {
  const glossary = await loadGlossary(input);
  if (!force && (await exists(output))) {
    throw new ConfigError(`${output} exists; choose another --out or add --force to replace it (the imported file does not keep its comments)`);
  }
  await writeFileAtomic(path.resolve(output), writeGlossaryYaml(glossary));
  return { concepts: glossary.concepts.length, output };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
