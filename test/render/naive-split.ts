/**
 * Splits at ". ": the segments' edges, not their sentences, are what the
 * rendering tests exercise, so they do without the real segmenter.
 */
export function naiveSplit(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/\.\s+/g)) {
    ranges.push({ start, end: match.index + 1 });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.trimEnd().length });
  return ranges.filter(({ start: from, end }) => end > from);
}
