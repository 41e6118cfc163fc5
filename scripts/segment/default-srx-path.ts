import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Path of the shipped `default.srx`: next to this module when run from `scripts/segment/`,
 * or back in `scripts/segment/` when run from the compiled copy in `lib/segment/`
 * (the TypeScript build does not copy data files). A module of its own, because
 * naming the rules file (for a cache key) must not load the segmenter.
 */
export function defaultSrxPath(): string {
  const beside = fileURLToPath(new URL('./default.srx', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../scripts/segment/default.srx', import.meta.url));
}
