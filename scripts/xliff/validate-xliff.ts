import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { schemaDiagnostics } from './schema-check.js';
import { assertSchemasPresent, defaultSchemaDir } from './schemas.js';
import { checkXliffRules } from './xliff-rules.js';

export interface ValidateOptions {
  /** Directory of the official schemas; defaults to the package's own `schemas/` folder. */
  readonly schemaDir?: string;
}

/**
 * Checks an XLIFF file a translator delivers, before it is imported. Returns
 * the problems sorted by position, each with a `xliff/…` rule id:
 *
 * - `xliff/not-well-formed`, `xliff/doctype`, `xliff/encoding`,
 *   `xliff/wrong-root`, `xliff/unknown-version`: the file cannot be read as
 *   XLIFF; nothing else is checked.
 * - `xliff/schema`: the official OASIS schema. XLIFF 2.x is checked against
 *   core plus module schemas. For XLIFF 1.2, files Glossa wrote (every
 *   `<file tool-id="glossa">`) must pass the strict schema; files from other
 *   tools must pass the transitional schema (errors), and what only the
 *   strict schema rejects is reported as warnings, since many tools write
 *   transitional 1.2.
 * - `xliff/duplicate-id`, `xliff/missing-trglang`, `xliff/unpaired-code`,
 *   `xliff/code-mismatch`, `xliff/state-without-target`: rules no schema
 *   expresses.
 *
 * Throws `InputError` when the schemas are missing.
 */
export async function validateXliff(text: string, fileName: string, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  const schemaDir = options.schemaDir ?? defaultSchemaDir();
  assertSchemasPresent(schemaDir);
  const findings = checkXliffRules(text, fileName);
  const diagnostics = [...findings.diagnostics];
  if (findings.version === '2.0') {
    diagnostics.push(...(await schemaDiagnostics(text, fileName, '2.0', 'error', schemaDir)));
  } else if (findings.version === '1.2' && findings.ownFile) {
    diagnostics.push(...(await schemaDiagnostics(text, fileName, '1.2-strict', 'error', schemaDir)));
  } else if (findings.version === '1.2') {
    const [transitional, strict] = await Promise.all([
      schemaDiagnostics(text, fileName, '1.2-transitional', 'error', schemaDir),
      schemaDiagnostics(text, fileName, '1.2-strict', 'warning', schemaDir),
    ]);
    const seen = new Set(transitional.map((d) => `${d.line}\n${withoutSchemaName(d.message)}`));
    diagnostics.push(...transitional, ...strict.filter((d) => !seen.has(`${d.line}\n${withoutSchemaName(d.message)}`)));
  }
  return diagnostics.sort(compareDiagnostics);
}

function withoutSchemaName(message: string): string {
  return message.replace(/ \([^()]*\.xsd\)$/, '');
}
