import { InputError } from './errors.js';
import { LineIndex } from './position.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 and refuses anything else, naming the line and column of the
 * first bad byte: a replacement character must never stand in for text.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw invalidUtf8(bytes, file);
  }
}

/** The error for bytes that are not UTF-8, at the line and column of the first bad byte. */
export function invalidUtf8(bytes: Uint8Array, file: string): InputError {
  const before = strictUtf8.decode(bytes.subarray(0, firstInvalidUtf8(bytes)));
  return new InputError('not valid UTF-8 (a byte sequence that is no character); save the file as UTF-8', file, new LineIndex(before).positionAt(before.length));
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
