import { ConfigError } from '../core/errors.js';

/** One of `count` disjoint shares of the articles (0-based `index`). */
export interface Part {
  readonly index: number;
  readonly count: number;
  /** Mixed into the hash so that a share of a share is spread evenly again. */
  readonly salt: string;
}

/**
 * Whether an article belongs to a share. The share depends only on the
 * article's name, so it stays put when other articles come and go, and every
 * machine of a CI matrix computes the same split.
 */
export function inPart(name: string, part: Part): boolean {
  return part.count <= 1 || fnv1a(`${part.salt}${name}`) % part.count === part.index;
}

/** Reads `--shard I/N` (1-based, as CI matrices count). */
export function parseShard(text: string): Part {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigError(`--shard ${text}: write it as I/N with 1 ≤ I ≤ N, e.g. --shard 2/4`);
  }
  return { index: index - 1, count, salt: '' };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
