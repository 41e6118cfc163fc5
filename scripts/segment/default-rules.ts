import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../core/errors.js';
import type { SentenceRange } from './segmenter.js';
import { createSegmenter } from './segmenter.js';
import type { SrxRules } from './srx-rules.js';
import { parseSrx } from './srx-reader.js';

/**
 * Path of the shipped `default.srx`: next to this module when run from `scripts/segment/`,
 * or back in `scripts/segment/` when run from the compiled copy in `lib/segment/`
 * (the TypeScript build does not copy data files).
 */
export function defaultSrxPath(): string {
  const beside = fileURLToPath(new URL('./default.srx', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../scripts/segment/default.srx', import.meta.url));
}

let defaultRules: SrxRules | undefined;

/** The rules Glossa ships (en, ru, uk, kk, de, and a default for other languages); read once. */
export function loadDefaultRules(): SrxRules {
  if (defaultRules === undefined) {
    const path = defaultSrxPath();
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read the default segmentation rules: ${(error as Error).message}`, path, undefined, {
        cause: error,
      });
    }
    defaultRules = parseSrx(text, path, { checkRegexes: false });
  }
  return defaultRules;
}

const segmenters = new Map<string, (text: string) => SentenceRange[]>();

/** Splits `text` into sentences with the default rules for `lang` (compiled once per language). */
export function splitSentences(text: string, lang: string): SentenceRange[] {
  let segment = segmenters.get(lang);
  if (segment === undefined) {
    segment = createSegmenter(loadDefaultRules(), lang);
    segmenters.set(lang, segment);
  }
  return segment(text);
}
