const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Wide and Fullwidth blocks of Unicode East Asian Width (UAX #11): Hangul Jamo, CJK
// radicals to CJK compatibility, CJK ideographs and extensions, Yi, Hangul syllables,
// compatibility ideographs, vertical and small forms, fullwidth forms, planes 2 and 3.
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;
const emojiPresentation = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u;

function isWide(codePoint: number): boolean {
  return wideRanges.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/**
 * Columns a string takes in a monospace terminal: one per user-perceived character
 * (Latin, Cyrillic, a letter with combining accents), two for East Asian wide
 * characters and emoji, none for marks and format characters on their own.
 * Expects text without ANSI escape codes.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (zeroWidth.test(segment)) continue;
    if (emojiPresentation.test(segment) || isWide(segment.codePointAt(0)!)) width += 2;
    else width += 1;
  }
  return width;
}

/** Pads with spaces on the right until the text is `width` columns wide. */
export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads with spaces on the left until the text is `width` columns wide. */
export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
