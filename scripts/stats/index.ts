/** Translation statistics: word counts, progress per article and locale, and their table and JSON forms. */
export type { ArticleLocaleStats, LocaleStats, StatsFigures, StatsReport } from './model.js';
export { computeStats, percentOf, type ArticleLocaleInput } from './compute-stats.js';
export { formatStatsJson, formatStatsTable } from './format-stats.js';
export { fuzzyThreshold, hasTranslation, segmentStates, staleIds, type SegmentState, type SegmentStatus } from './segment-status.js';
export { countMessage, type WordCount } from './word-count.js';
