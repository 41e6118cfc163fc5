import { messageToParts, MessageSyntaxError } from '../core/message.js';

/** What a source message counts as, the way translation vendors count it. */
export interface WordCount {
  readonly words: number;
  readonly numbers: number;
  readonly placeholders: number;
}

/*
 * A token is a run of letters, combining marks and digits. Inside a token an
 * apostrophe (' ’) or a hyphen (- ‐ ‑) joins two such runs ("Prosecutor's",
 * "co-ordinate", "Kassym-Zhomart"), and a dot, comma or (narrow) no-break
 * space joins two digits ("3,000", "1.5", "3 000").
 */
const token = /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019\-\u2010\u2011]|(?<=\p{Nd})[.,\u00A0\u202F](?=\p{Nd}))[\p{L}\p{M}\p{N}]+)*/gu;
const letter = /\p{L}/u;

/**
 * Counts an ICU source message as GMX-V (Global Information Management
 * Metrics, volume) counts text, with Glossa's protected values kept apart:
 *
 * - a **placeholder** (`{m1}`, `{n1}`, `{d1}`: an amount, number or date the
 *   translator keeps) counts once, as a placeholder and never as words;
 * - a **word** is a token (see above) with at least one letter: "Almaty",
 *   "OREANDA-NEWS", "COVID-19", "Prosecutor's" are one word each;
 * - a **number** is a token of digits only ("2022", "3,000") left in the text;
 * - punctuation, symbols and white space count as nothing.
 *
 * ICU quoting is undone first, so `'{'` in a message is a brace, not a
 * placeholder. A message that is not valid ICU is counted as plain text.
 */
export function countMessage(message: string): WordCount {
  let parts;
  try {
    parts = messageToParts(message);
  } catch (error) {
    if (!(error instanceof MessageSyntaxError)) throw error;
    parts = [{ type: 'text' as const, value: message }];
  }
  let words = 0;
  let numbers = 0;
  let placeholders = 0;
  for (const part of parts) {
    if (part.type === 'placeholder') {
      placeholders++;
      continue;
    }
    for (const [found] of part.value.matchAll(token)) {
      if (letter.test(found)) words++;
      else numbers++;
    }
  }
  return { words, numbers, placeholders };
}
