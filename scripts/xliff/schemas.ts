import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { packageRoot } from '../util/package-files.js';

/** The schema runs the validator knows. */
export type SchemaKind = '1.2-strict' | '1.2-transitional' | '2.0';

/** A schema and every file it imports, named by their paths relative to the schema directory. */
export interface SchemaFiles {
  readonly main: { readonly fileName: string; readonly contents: string };
  readonly preload: ReadonlyArray<{ readonly fileName: string; readonly contents: string }>;
}

const schemaPaths: Readonly<Record<SchemaKind, { main: string; imports: readonly string[] }>> = {
  '1.2-strict': { main: 'xliff-1.2/xliff-core-1.2-strict.xsd', imports: ['xliff-1.2/xml.xsd'] },
  '1.2-transitional': { main: 'xliff-1.2/xliff-core-1.2-transitional.xsd', imports: ['xliff-1.2/xml.xsd'] },
  // The driver schema loads the module schemas; the bare core would accept broken module content.
  '2.0': {
    main: 'xliff-2.0/xliff_2.0_with_modules.xsd',
    imports: [
      'xliff-2.0/xliff_core_2.0.xsd',
      'xliff-2.0/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd',
      ...['glossary', 'metadata', 'matches', 'fs', 'resource_data', 'size_restriction', 'validation', 'change_tracking'].map(
        (module) => `xliff-2.0/modules/${module}.xsd`,
      ),
    ],
  },
};

/**
 * Where the official OASIS XLIFF schemas live: `schemas/` inside the package (`packageRoot`),
 * so it holds in the repository, in `node_modules` and in a global install.
 */
export function defaultSchemaDir(root: string = packageRoot): string {
  return path.resolve(root, 'schemas');
}

/** Throws `InputError` naming the first missing schema file, so a missing directory is reported before any work. */
export function assertSchemasPresent(dir: string = defaultSchemaDir()): void {
  for (const kind of Object.keys(schemaPaths) as SchemaKind[]) {
    const { main, imports } = schemaPaths[kind];
    for (const file of [main, ...imports]) {
      const full = path.join(dir, file);
      if (!existsSync(full)) {
        throw new InputError(`XLIFF schemas not found at ${dir}; the package is incomplete; reinstall it (the schemas ship in its schemas/ folder)`, full);
      }
    }
  }
}

const cache = new Map<string, Promise<SchemaFiles>>();

/** Reads the files of one schema run (cached per directory). */
export function loadSchemas(kind: SchemaKind, dir: string = defaultSchemaDir()): Promise<SchemaFiles> {
  const key = `${path.resolve(dir)}\n${kind}`;
  let files = cache.get(key);
  if (!files) {
    assertSchemasPresent(dir);
    const read = async (fileName: string) => ({ fileName, contents: await readFile(path.join(dir, fileName), 'utf8') });
    const { main, imports } = schemaPaths[kind];
    files = Promise.all([read(main), ...imports.map(read)]).then(([first, ...rest]) => ({ main: first!, preload: rest }));
    files.catch(() => cache.delete(key));
    cache.set(key, files);
  }
  return files;
}
