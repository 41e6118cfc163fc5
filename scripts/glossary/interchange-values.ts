import type { PartOfSpeech, TermStatus } from './model.js';

/** The TBX-Basic administrativeStatus value Glossa writes for each status. */
export const tbxStatusValues: Readonly<Record<TermStatus, string>> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
};

/**
 * A term status from the values TBX-Basic prescribes (`preferredTerm-admn-sts`,
 * `supersededTerm-admn-sts`, …) and the ones other tools write instead
 * (`preferredTerm`, `preferred`, `normativeAuthorization` values such as
 * `standardizedTerm`). Superseded and obsolete terms count as deprecated.
 */
export function statusFrom(value: string): TermStatus | undefined {
  const key = value
    .trim()
    .replace(/-admn-sts$/iu, '')
    .replace(/term$/iu, '')
    .replace(/[\s_-]/gu, '')
    .toLowerCase();
  if (['preferred', 'standardized', 'normative', 'legal', 'regulated'].includes(key)) return 'preferred';
  if (['admitted', 'permitted', 'allowed'].includes(key)) return 'admitted';
  if (['deprecated', 'superseded', 'obsolete', 'forbidden', 'notrecommended'].includes(key)) return 'deprecated';
  return undefined;
}

/** A part of speech from TBX values and common variants; anything unknown is `other`. */
export function partOfSpeechFrom(value: string): PartOfSpeech {
  const key = value.replace(/[\s_-]/gu, '').toLowerCase();
  if (key === 'propernoun') return 'properNoun';
  if (key === 'noun' || key === 'n') return 'noun';
  if (key === 'adjective' || key === 'adj') return 'adjective';
  if (key === 'verb' || key === 'v') return 'verb';
  if (key === 'adverb' || key === 'adv') return 'adverb';
  return 'other';
}
