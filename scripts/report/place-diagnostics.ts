import type { Diagnostic } from '../core/diagnostic.js';

/** Where the review page shows a finding. */
export interface DiagnosticPlace {
  /** The article whose source or locale file the finding is in; absent for other files. */
  readonly article?: string;
  readonly segmentId?: string;
  /** The locale view that shows it; absent: every view (a finding on the source concerns them all). */
  readonly locale?: string;
  /** Next to the translation (a finding about a target locale) or next to the source sentence. */
  readonly side: 'source' | 'target';
}

export interface PlacementContext {
  readonly targetLocales: readonly string[];
  /** Source articles and locale resources (paths relative to the project root) → article name. */
  readonly articleOfFile: ReadonlyMap<string, string>;
}

/**
 * Places a finding of `glossa check`: a finding that names a target locale
 * (whether it stands in that locale's resource or, like "untranslated", in the
 * source article) belongs to that locale's view, next to the translation; any
 * other finding is about the source and is shown in every view, next to the
 * source sentence. Both attach to the segment whose id they carry.
 */
export function placeDiagnostic(diagnostic: Diagnostic, context: PlacementContext): DiagnosticPlace {
  const article = context.articleOfFile.get(diagnostic.file);
  const locale = diagnostic.locale !== undefined && context.targetLocales.includes(diagnostic.locale) ? diagnostic.locale : undefined;
  return {
    ...(article !== undefined ? { article } : {}),
    ...(diagnostic.segmentId !== undefined ? { segmentId: diagnostic.segmentId } : {}),
    ...(locale !== undefined ? { locale } : {}),
    side: locale !== undefined ? 'target' : 'source',
  };
}
