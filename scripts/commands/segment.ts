import { createSegmenter, loadDefaultRules, loadSrx } from '../segment/index.js';
import { isKnownLocale } from '../core/locale.js';
import { ConfigError } from '../core/errors.js';

/** Splits plain text into sentences: each an exact, trimmed substring of the input. */
export async function segmentText(text: string, options: { lang: string; srx?: string }): Promise<string[]> {
  if (!isKnownLocale(options.lang)) {
    throw new ConfigError(`--lang ${JSON.stringify(options.lang)} is not a known language code; use a BCP 47 code such as en, ru, kk, uk or de`);
  }
  const rules = options.srx ? await loadSrx(options.srx) : loadDefaultRules();
  return createSegmenter(rules, options.lang)(text).map(({ start, end }) => text.slice(start, end));
}
