import { createTwoFilesPatch } from 'diff';
import type { Diagnostic } from '../core/diagnostic.js';

export interface FileFix {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  readonly applied: number;
}

/**
 * Applies the fixes of unsuppressed diagnostics to one file's text. Fixes that
 * overlap another fix are left out: only unambiguous edits are made.
 */
export function applyFixes(file: string, text: string, diagnostics: readonly Diagnostic[]): FileFix {
  const fixes = diagnostics
    .filter((diagnostic) => diagnostic.file === file && diagnostic.fix && !diagnostic.suppressed)
    .map((diagnostic) => diagnostic.fix!)
    .sort((a, b) => a.range[0] - b.range[0]);
  let after = '';
  let cursor = 0;
  let applied = 0;
  for (const [index, fix] of fixes.entries()) {
    const next = fixes[index + 1];
    const overlapsNext = next !== undefined && next.range[0] < fix.range[1];
    if (fix.range[0] < cursor || overlapsNext) continue;
    after += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied++;
  }
  after += text.slice(cursor);
  return { file, before: text, after, applied };
}

/** A unified diff of a fix, for --fix-dry-run. */
export function fixDiff(fix: FileFix): string {
  return createTwoFilesPatch(`a/${fix.file}`, `b/${fix.file}`, fix.before, fix.after, '', '', { context: 1 });
}
