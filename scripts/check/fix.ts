import { createTwoFilesPatch } from 'diff';
import type { Diagnostic } from '../core/diagnostic.js';
import { applyReplacements, type Replacement } from '../core/replace.js';

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
  const fixes: Replacement[] = diagnostics
    .filter((diagnostic) => diagnostic.file === file && diagnostic.fix && !diagnostic.suppressed)
    .map(({ fix }) => ({ start: fix!.range[0], end: fix!.range[1], text: fix!.text }))
    .sort((a, b) => a.start - b.start);
  const overlaps = (a: Replacement | undefined, b: Replacement | undefined) => a !== undefined && b !== undefined && a.start < b.end && b.start < a.end;
  const unambiguous = fixes.filter((fix, index) => !overlaps(fixes[index - 1], fix) && !overlaps(fix, fixes[index + 1]));
  return { file, before: text, after: applyReplacements(text, unambiguous), applied: unambiguous.length };
}

/** A unified diff of a fix, for --fix-dry-run. */
export function fixDiff(fix: FileFix): string {
  return createTwoFilesPatch(`a/${fix.file}`, `b/${fix.file}`, fix.before, fix.after, '', '', { context: 1 });
}
