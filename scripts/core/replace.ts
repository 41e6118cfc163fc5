/** A replacement of text[start, end) by `text`. */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies replacements sorted by start and not overlapping; everything between them is kept byte for byte. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = '';
  let cursor = 0;
  for (const replacement of replacements) {
    out += text.slice(cursor, replacement.start) + replacement.text;
    cursor = replacement.end;
  }
  return out + text.slice(cursor);
}
