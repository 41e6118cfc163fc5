import { likelyScript } from '../core/scripts.js';
import type { Glossary } from './model.js';

/** How text of one language is compared and how far stems stretch. */
export interface LanguageBehaviour {
  /** Default K of `stem~`: how many word letters an ending may have. */
  readonly endings: number;
  /** Russian writes ё as е in most print: both match either. */
  readonly yoIsYe: boolean;
  /** Ukrainian and Belarusian apostrophes are letters inside words (м'ята, Дар'я). */
  readonly apostropheInWords: boolean;
  /** The script the language is written in (CLDR likely subtags): letters of another script that look alike fold to it. */
  readonly script?: string;
}

const fallback: LanguageBehaviour = { endings: 2, yoIsYe: false, apostropheInWords: false };

// Endings: Russian and Ukrainian case endings are at most three letters (-ами, -ою,
// -ими); Kazakh stacks suffixes (Алматы-лық-тар), German adjective endings are two.
const builtIn: Readonly<Record<string, LanguageBehaviour>> = {
  ru: { endings: 3, yoIsYe: true, apostropheInWords: false },
  be: { endings: 3, yoIsYe: false, apostropheInWords: true },
  uk: { endings: 3, yoIsYe: false, apostropheInWords: true },
  kk: { endings: 6, yoIsYe: false, apostropheInWords: false },
  de: { endings: 2, yoIsYe: false, apostropheInWords: false },
  en: { endings: 2, yoIsYe: false, apostropheInWords: false },
};

/**
 * The behaviour for a language code: the glossary's `languages` settings for
 * the exact code or its language subtag, over the built-in defaults.
 */
export function languageBehaviour(lang: string, glossary?: Glossary): LanguageBehaviour {
  const subtag = lang.split('-')[0] ?? lang;
  const base = builtIn[lang] ?? builtIn[subtag] ?? fallback;
  const settings = glossary?.languages[lang] ?? glossary?.languages[subtag];
  const withScript = { ...base, script: likelyScript(lang) };
  return settings?.endings === undefined ? withScript : { ...withScript, endings: settings.endings };
}
