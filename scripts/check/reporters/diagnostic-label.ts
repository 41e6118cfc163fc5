import type { Diagnostic } from '../../core/diagnostic.js';

/**
 * The locale and segment a finding is about, e.g. `[ru #Ab3dE9xY2k]`, `[ru]` or
 * `[#Ab3dE9xY2k]`; empty when the diagnostic has neither.
 */
export function segmentLabel(diagnostic: Diagnostic): string {
  const parts: string[] = [];
  if (diagnostic.locale) parts.push(diagnostic.locale);
  if (diagnostic.segmentId) parts.push(`#${diagnostic.segmentId}`);
  return parts.length > 0 ? `[${parts.join(' ')}]` : '';
}

/** `file:line:column`, the form terminals and editors turn into links. */
export function positionLabel(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
}
