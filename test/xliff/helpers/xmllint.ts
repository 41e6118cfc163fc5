import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { repoRoot } from './article.js';

/** The official schemas, as shipped in the package's schemas/ folder. */
export const schemaDir = path.resolve(repoRoot, 'schemas');

const mainSchema = {
  '1.2-strict': 'xliff-1.2/xliff-core-1.2-strict.xsd',
  '1.2-transitional': 'xliff-1.2/xliff-core-1.2-transitional.xsd',
  '2.0': 'xliff-2.0/xliff_2.0_with_modules.xsd',
} as const;

/** Fails (never skips) when the shared schemas are not there. */
export function requireSchemas(): void {
  for (const file of Object.values(mainSchema)) {
    if (!existsSync(path.join(schemaDir, file))) {
      throw new Error(`XLIFF schemas missing: ${path.join(schemaDir, file)} not found; they ship in the repository's schemas/ folder`);
    }
  }
}

function xsdFiles(dir: string): string[] {
  return readdirSync(path.join(schemaDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return xsdFiles(relative);
    return entry.name.endsWith('.xsd') ? [relative] : [];
  });
}

/** xmllint's schema errors for a document (empty when valid), straight from the OASIS schemas. */
export async function xmllintErrors(xml: string, kind: keyof typeof mainSchema): Promise<string[]> {
  requireSchemas();
  const main = mainSchema[kind];
  const load = (fileName: string) => ({ fileName, contents: readFileSync(path.join(schemaDir, fileName), 'utf8') });
  const others = xsdFiles(main.split('/')[0]!).filter((file) => file !== main);
  const result = await validateXML({ xml: [{ fileName: 'test.xlf', contents: xml }], schema: [load(main)], preload: others.map(load) });
  return result.errors.map((error) => error.rawMessage);
}
