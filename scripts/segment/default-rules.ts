import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { defaultSrxPath } from './default-srx-path.js';
import type { SentenceRange } from './segmenter.js';
import { createSegmenter } from './segmenter.js';
import type { SrxRules } from './srx-rules.js';
import { parseSrx } from './srx-reader.js';

export { defaultSrxPath };

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
