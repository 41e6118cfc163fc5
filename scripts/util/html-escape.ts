/**
 * Escapes text for HTML element content and for double- or single-quoted
 * attribute values alike, so one function serves both and no caller has to
 * choose.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch]!);
}

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
