/**
 * Term patterns: how a glossary says which strings of running text are forms
 * of a term. There are no regular expressions, only three constructs:
 *
 * - literal text, compared after folding (case, hyphen and apostrophe variants,
 *   white space, NFC; see text-fold.ts): `Alma-Ata` matches "ALMA‑ATA";
 * - `stem~` at the end of a word or of a hyphenated part (`Касим~-Жомарт~`):
 *   the stem followed by 0..K word letters, where
 *   K is the number written after `~` (`Токаев~2`), else the term's `endings`,
 *   else the language default. `Алма-Ат~` with K = 3 matches "Алма-Ата",
 *   "Алма-Аты", "Алма-Атой", but not "Алма-Атинский" (7 letters of ending);
 * - `*` inside a word: any number of word letters (`*ministerium` matches
 *   "Gesundheitsministerium"). Term patterns may not start with `*`; cue words
 *   of context rules may.
 *
 * Words are separated by spaces; each word needs at least one literal letter.
 * A match always starts and ends on word boundaries: `Алма` never matches
 * inside "Алмаз".
 */
import { classAt, isWordClass } from './text-fold.js';

export type PatternPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'ending'; readonly max: number | undefined }
  | { readonly kind: 'any' }
  | { readonly kind: 'space' };

export type ParsedPattern = { readonly ok: true; readonly parts: readonly PatternPart[] } | { readonly ok: false; readonly reason: string };

/** Largest K a pattern may ask for: longer endings would no longer be endings. */
export const maxEndings = 12;

export function parsePattern(pattern: string, options: { readonly allowLeadingAny: boolean }): ParsedPattern {
  const words = pattern.trim().split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return { ok: false, reason: 'a pattern cannot be empty' };
  const parts: PatternPart[] = [];
  for (const [wordIndex, word] of words.entries()) {
    if (wordIndex > 0) parts.push({ kind: 'space' });
    let literalLetters = 0;
    let text = '';
    const flush = (): void => {
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
    };
    for (let i = 0; i < word.length; i++) {
      const ch = word[i]!;
      if (ch === '*') {
        if (i === 0 && wordIndex === 0 && !options.allowLeadingAny) {
          return { ok: false, reason: `'${pattern}': a term pattern cannot start with '*' (it would have to be tried at every word)` };
        }
        if (word[i + 1] === '*' || word[i + 1] === '~') return { ok: false, reason: `'${pattern}': '*' cannot be followed by '${word[i + 1]}'` };
        flush();
        parts.push({ kind: 'any' });
      } else if (ch === '~') {
        const digits = /^\d*/u.exec(word.slice(i + 1))![0];
        const after = i + 1 + digits.length;
        if (after !== word.length && word[after] !== '-') {
          return {
            ok: false,
            reason: `'${pattern}': '~' marks where an ending may follow, so it must end a word or a hyphenated part (write '~' or '~N' last)`,
          };
        }
        if (text === '') return { ok: false, reason: `'${pattern}': '~' must follow the letters of a stem` };
        const max = digits === '' ? undefined : Number(digits);
        if (max !== undefined && max > maxEndings) return { ok: false, reason: `'${pattern}': an ending of up to ${max} letters is too long (at most ${maxEndings})` };
        flush();
        parts.push({ kind: 'ending', max });
        i = after - 1;
      } else {
        if (isWordClass(classAt(word, i))) literalLetters++;
        else if (i === 0 && wordIndex === 0) {
          return { ok: false, reason: `'${pattern}': a pattern must start with a letter or digit, not '${ch}'` };
        }
        text += ch;
      }
    }
    flush();
    if (literalLetters === 0) return { ok: false, reason: `'${pattern}': every word of a pattern needs at least one letter` };
  }
  return { ok: true, parts };
}

/**
 * The pattern of a term without `forms`: its text taken literally (`*` and
 * `~` are ordinary characters there), words separated by single spaces.
 */
export function literalPattern(text: string): ParsedPattern {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  const first = words[0];
  if (first === undefined) return { ok: false, reason: 'a term cannot be empty' };
  if (!isWordClass(classAt(first, 0))) {
    return { ok: false, reason: `'${text}' does not start with a letter or digit, so it cannot be found at a word start; give the term \`forms\`` };
  }
  const parts: PatternPart[] = [];
  for (const [index, word] of words.entries()) {
    if (index > 0) parts.push({ kind: 'space' });
    parts.push({ kind: 'text', text: word });
  }
  return { ok: true, parts };
}

/**
 * The text a stem pattern stands for, without its markers: `казахстанск~` →
 * "казахстанск". Used to build replacements that keep the ending of the
 * replaced word.
 */
export function patternStemText(parts: readonly PatternPart[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'space' ? ' ' : '')).join('');
}
