import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where Glossa's own files are. The code runs from its TypeScript sources
 * (`scripts/`: tests, development) or from the bundle `npm run build:ts`
 * writes (`lib/`, with the chunks its entry points share in `lib/chunks/`),
 * so a module cannot count how deep it sits: the package is the nearest
 * folder above it with a package.json, and the code folder is the child of
 * the package that holds the module.
 */
function locate(): { readonly packageRoot: string; readonly codeRoot: string } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let code = here, parent = path.dirname(here); parent !== code; code = parent, parent = path.dirname(parent)) {
    if (existsSync(path.join(parent, 'package.json'))) return { packageRoot: parent, codeRoot: code };
  }
  throw new Error(`Glossa's package.json was not found above ${here}`);
}

const located = locate();

/** The package's folder: package.json, `schemas/`, `scripts/segment/default.srx`. */
export const packageRoot: string = located.packageRoot;

/** The folder of the running code: `scripts` (sources) or `lib` (the bundle). */
export const codeRoot: string = located.codeRoot;

let version: string | undefined;

/** Glossa's version, from its package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
