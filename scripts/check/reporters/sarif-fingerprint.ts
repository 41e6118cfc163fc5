import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/diagnostic.js';

/**
 * `partialFingerprints.primaryLocationLineHash` for each diagnostic, in order.
 *
 * Code scanning matches results across runs by this value together with rule and
 * path, so it must survive edits elsewhere in the file: it hashes what the finding
 * is about (rule, file, locale, content-derived segment id, message), never a line
 * or column. Like CodeQL's hashes it ends in `:n`, the occurrence of that hash in
 * the run, which keeps two identical findings in one file apart.
 */
export function primaryLocationLineHashes(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const hash = createHash('sha256')
      .update([diagnostic.ruleId, diagnostic.file, diagnostic.locale ?? '', diagnostic.segmentId ?? '', diagnostic.message].join('\u0000'))
      .digest('hex')
      .slice(0, 16);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
