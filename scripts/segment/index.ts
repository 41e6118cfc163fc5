export type { SentenceRange } from './segmenter.js';
export { createSegmenter } from './segmenter.js';
export type { SrxLanguageMap, SrxLanguageRule, SrxRule, SrxRules } from './srx-rules.js';
export { languageRulesFor, rulesForLanguage } from './srx-rules.js';
export { loadSrx, parseSrx } from './srx-reader.js';
export { defaultSrxPath, loadDefaultRules, splitSentences } from './default-rules.js';
