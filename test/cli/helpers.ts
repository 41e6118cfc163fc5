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
