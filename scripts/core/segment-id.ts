import { createHash } from 'node:crypto';

/** Unicode NFC, one space for every run of white space, trimmed. */
export function normalizeSegmentText(text: string): string {
  // Most sentences are ASCII with single spaces, which NFC and the replacement would only copy.
  const composed = nonAscii.test(text) ? text.normalize('NFC') : text;
  return (otherSpace.test(composed) ? composed.replace(/\s+/gu, ' ') : composed).trim();
}

const nonAscii = /[^\x00-\x7F]/;
/** White space that the normalization changes: a run of two or more, or one that is not a plain space. */
const otherSpace = /\s\s|[^\S ]/u;

/**
 * Content-derived id (as FormatJS derives message ids): the same sentence always
 * gets the same id, wherever it stands, and an edited sentence gets a new one.
 */
export function segmentId(text: string): string {
  return createHash('sha256').update(normalizeSegmentText(text)).digest('base64url').slice(0, 10);
}
