import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { InputError } from '../core/errors.js';
import { assertFileSize } from '../core/limits.js';
import { decodeUtf8 } from '../core/utf8.js';
import { applyRuleSettings, type RuleSettings } from '../core/rule-settings.js';
import { validateXliffAll, type ValidateOptions } from '../xliff/index.js';

/** Characters of XLIFF read before they are validated together. */
const groupSize = 16 * 1024 * 1024;

/** Validates XLIFF files: well-formedness, the OASIS schema, and the rules no schema expresses; `rules` sets severities. */
export async function validateXliffFiles(
  files: readonly string[],
  cwd: string,
  options: Pick<ValidateOptions, 'fragmentPrefixes'> & { readonly rules?: RuleSettings } = {},
): Promise<{ diagnostics: Diagnostic[]; files: string[] }> {
  const diagnostics: Diagnostic[] = [];
  const shown: string[] = [];
  // Files are validated in groups: one schema run per group instead of one per file, with bounded memory.
  let pending: Array<{ text: string; fileName: string }> = [];
  let pendingSize = 0;
  const flush = async () => {
    for (const found of await validateXliffAll(pending, options)) diagnostics.push(...applyRuleSettings(found, options.rules));
    pending = [];
    pendingSize = 0;
  };
  for (const given of files) {
    const file = path.relative(cwd, path.resolve(cwd, given)).split(path.sep).join('/');
    await assertFileSize(path.resolve(cwd, given), file, 'xliffFileSize');
    let bytes: Buffer;
    try {
      bytes = await readFile(path.resolve(cwd, given));
    } catch (error) {
      throw new InputError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
    }
    const text = decodeUtf8(bytes, file);
    shown.push(file);
    pending.push({ text, fileName: file });
    pendingSize += text.length;
    if (pendingSize >= groupSize) await flush();
  }
  await flush();
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, files: shown };
}
