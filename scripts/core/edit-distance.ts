/** Levenshtein distance over tokens (words, or the characters of a string), or undefined as soon as it must exceed `limit`. */
export function boundedEditDistance(a: readonly string[], b: readonly string[], limit: number): number | undefined {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance <= limit ? distance : undefined;
}

/**
 * The candidate nearest to `word` by edit distance (ignoring case), if it is
 * close enough to be what was meant: at most a third of the longer word's
 * length. Ties go to the earlier candidate.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const letters = [...word.toLowerCase()];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const other = [...candidate.toLowerCase()];
    const limit = Math.max(1, Math.floor(Math.max(letters.length, other.length) / 3));
    const distance = boundedEditDistance(letters, other, Math.min(limit, best ? best.distance - 1 : limit));
    if (distance !== undefined && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
