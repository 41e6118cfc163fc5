import { createHash } from 'node:crypto';

/** Unicode NFC, one space for every run of white space, trimmed. */
export function normalizeSegmentText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Content-derived id (as FormatJS derives message ids): the same sentence always
 * gets the same id, wherever it stands, and an edited sentence gets a new one.
 */
export function segmentId(text: string): string {
  return createHash('sha256').update(normalizeSegmentText(text)).digest('base64url').slice(0, 10);
}
