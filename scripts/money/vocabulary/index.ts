import { german } from './de.js';
import { english } from './en.js';
import { russian } from './ru.js';
import type { SourceVocabulary } from './source-vocabulary.js';

export type { SourceVocabulary } from './source-vocabulary.js';

/** Source languages detection knows, by language subtag. */
export const sourceVocabularies: ReadonlyMap<string, SourceVocabulary> = new Map(
  [english, russian, german].map((vocabulary) => [vocabulary.lang, vocabulary]),
);
