import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(__dirname, '../..');
const cli = path.join(repoRoot, 'scripts/cli.ts');
const tsxLoader = pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
export const sampleArticle = 'ablyazov-kazakhstan-protests';

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the glossa command as a user would, in `cwd`. */
export function glossa(cwd: string, args: readonly string[], input?: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1', FORCE_COLOR: '0' }): RunResult {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, cli, ...args], {
    cwd,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...withoutColorSettings(process.env), ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Environment in which --jobs N starts N threads however small the project (by default a thread needs 1 MB of sources). */
export const threadsEverywhere: NodeJS.ProcessEnv = { NO_COLOR: '1', FORCE_COLOR: '0', GLOSSA_BYTES_PER_THREAD: '0' };

function withoutColorSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...rest } = env;
  return rest;
}

export interface ProjectOptions {
  /** Copy the repository's translations in locales/ too. */
  readonly withTranslations?: boolean;
  /** `sample` (default): the OREANDA article alone, whose figures the tests count; `all`: every example article. */
  readonly articles?: 'sample' | 'all';
}

/** A throwaway copy of the sample project: sources, glossary, rates and configuration. */
export function sampleProject(options: ProjectOptions = {}): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-project-'));
  const wanted = (file: string) => options.articles === 'all' || !/\.(md|json)$/.test(file) || path.basename(file).startsWith(`${sampleArticle}.`);
  const copy = (entry: string) => cpSync(path.join(repoRoot, entry), path.join(folder, entry), { recursive: true, filter: wanted });
  copy('source');
  copy('glossary');
  if (options.withTranslations) copy('locales');
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { glossa: unknown };
  writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({ name: 'newsroom', private: true, glossa: manifest.glossa }, null, 2)}\n`);
  return folder;
}

/** Every file below a folder with its bytes, to prove that a command left it untouched. */
export function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(folder, full), readFileSync(full, 'latin1'));
    }
  };
  walk(folder);
  return files;
}

/**
 * Exports the sample article's Russian XLIFF 2.0 and drops the date placeholder
 * from the target of unit JAysB-A62j, as a careless translator might. Returns the file.
 */
export function xliffWithDroppedPlaceholder(project: string): string {
  glossa(project, ['xliff', 'export', '--locale', 'ru']);
  const file = path.join(project, `dist/xliff/ru/${sampleArticle}.xlf`);
  const xml = readFileSync(file, 'utf8');
  const broken = xml.replace(/(<target>Об этом )<ph id="d1"[^>]*\/>/, '$1седьмого января');
  if (broken === xml) throw new Error('the export no longer has the date placeholder this helper removes');
  writeFileSync(file, broken);
  return file;
}

/**
 * A German TMX of the sample article (from a copy with translations) whose unit
 * JAysB-A62j lost its date placeholder in the German target. Returns the file
 * and the line of that <tu>.
 */
export function tmxWithDroppedPlaceholder(): { file: string; line: number } {
  const donor = sampleProject({ withTranslations: true });
  glossa(donor, ['tm', 'export', '--locale', 'de', '--output', 'de.tmx']);
  const file = path.join(donor, 'de.tmx');
  const tmx = readFileSync(file, 'utf8');
  const unitStart = tmx.indexOf('<tu tuid="JAysB-A62j">');
  const broken = tmx.slice(0, unitStart) + tmx.slice(unitStart).replace(/(<tuv xml:lang="de">\s*<seg>[^]*?)<ph x="1"[^>]*>[^<]*<\/ph>/, '$1am 7. Januar');
  if (broken === tmx) throw new Error('the export no longer has the date placeholder this helper removes');
  writeFileSync(file, broken);
  return { file, line: tmx.slice(0, unitStart).split('\n').length };
}
