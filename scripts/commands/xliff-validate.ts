import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { ExitCode, InputError } from '../core/errors.js';
import { assertFileSize } from '../core/limits.js';
import { decodeUtf8 } from '../core/utf8.js';
import { validateXliff } from '../xliff/index.js';

/** Validates XLIFF files: well-formedness, the OASIS schema, and the rules no schema expresses. */
export async function validateXliffFiles(files: readonly string[], cwd: string): Promise<{ diagnostics: Diagnostic[]; files: string[]; exitCode: number }> {
  const diagnostics: Diagnostic[] = [];
  const shown: string[] = [];
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
    diagnostics.push(...(await validateXliff(text, file)));
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, files: shown, exitCode: diagnostics.some((d) => d.severity === 'error') ? ExitCode.checkFailed : ExitCode.ok };
}
