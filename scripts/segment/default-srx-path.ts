import path from 'node:path';
import { packageRoot } from '../util/package-files.js';

/**
 * Path of the shipped `default.srx`, which stays in `scripts/segment/` in the
 * package (the bundle in `lib/` holds code only). A module of its own,
 * because naming the rules file (for a cache key) must not load the segmenter.
 */
export function defaultSrxPath(): string {
  return path.join(packageRoot, 'scripts', 'segment', 'default.srx');
}
