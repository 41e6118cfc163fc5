import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// Where a configuration is and where its project's cache lives: read before anything else a command
// loads (an unchanged run is answered from these alone), so nothing here may import more than Node's own modules.

/** The files that hold a configuration, in the order they are looked for in each folder. */
export const configFileNames = ['glossa.config.json', '.glossarc.json'] as const;

/** A configuration found on disk: the file, and whether its settings sit under the `glossa` key of a package.json. */
export interface ConfigLocation {
  readonly file: string;
  readonly inPackageJson: boolean;
}

const isPackageJson = (file: string): boolean => path.basename(file) === 'package.json';

/**
 * Where the configuration is: `configFile` when given (relative to `cwd`);
 * otherwise, from `cwd` upward, the first folder with `glossa.config.json`,
 * `.glossarc.json` or a package.json that has a `glossa` key (as ESLint and
 * Vale look for theirs). Undefined when no folder up to the file-system root has one.
 */
export async function findConfig(cwd: string, configFile?: string | undefined): Promise<ConfigLocation | undefined> {
  if (configFile !== undefined) {
    const file = path.resolve(cwd, configFile);
    return { file, inPackageJson: isPackageJson(file) };
  }
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    for (const name of configFileNames) {
      const file = path.join(folder, name);
      if (await isFile(file)) return { file, inPackageJson: false };
    }
    const manifest = path.join(folder, 'package.json');
    if (await isFile(manifest) && (await hasGlossaKey(manifest))) return { file: manifest, inPackageJson: true };
    if (path.dirname(folder) === folder) return undefined;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

// A package.json that cannot be parsed is chosen, so that loading it reports the broken JSON at its place
// rather than "no configuration" (npm would refuse it too).
async function hasGlossaKey(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return false;
  }
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null && Object.hasOwn(json, 'glossa');
  } catch {
    return true;
  }
}

/**
 * The folder every path in a configuration is relative to: the folder of the
 * file that holds it.
 */
export function projectRootOf(configFile: string): string {
  return path.dirname(configFile);
}

/**
 * The content cache folder a configuration's settings name: `<output>/.cache`
 * below the project root (`output` defaults to `dist`). Undefined when
 * `output` is not a usable string (the configuration's validation reports that).
 */
export function cacheFolderOf(root: string, settings: unknown): string | undefined {
  const output = (settings as Record<string, unknown> | null)?.['output'] ?? 'dist';
  if (typeof output !== 'string' || output.trim() === '') return undefined;
  return path.join(root, output, '.cache');
}
