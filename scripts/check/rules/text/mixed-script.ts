import type { CheckUnit, Rule } from '../../rule.js';

/** Scripts whose letters are confused with each other's; a word may use only one (Unicode TR39, single-script words). */
const scripts: ReadonlyArray<readonly [name: string, test: RegExp]> = [
  ['Latin', /\p{Script_Extensions=Latin}/u],
  ['Cyrillic', /\p{Script_Extensions=Cyrillic}/u],
  ['Greek', /\p{Script_Extensions=Greek}/u],
  ['Armenian', /\p{Script_Extensions=Armenian}/u],
  ['Georgian', /\p{Script_Extensions=Georgian}/u],
];

/** Any letter of a script of interest other than Latin: a text without one cannot mix scripts. */
const nonLatinLetter = /[\p{Script_Extensions=Cyrillic}\p{Script_Extensions=Greek}\p{Script_Extensions=Armenian}\p{Script_Extensions=Georgian}]/u;

/** A word all in Latin or all in Cyrillic letters (marks and invisible characters aside): nearly every word of the texts checked. */
const oneScriptWord = /^(?:[\p{Script_Extensions=Latin}\p{M}\p{Default_Ignorable_Code_Point}]+|[\p{Script_Extensions=Cyrillic}\p{M}\p{Default_Ignorable_Code_Point}]+)$/u;

/** A word: letters and marks, with invisible characters inside it (they must not split a disguised word). */
const word = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{Default_Ignorable_Code_Point}]*[\p{L}\p{M}])?/gu;

/** Bits of `wordUnits`: the code unit can be part of a word; it fits an all-Latin word; it fits an all-Cyrillic word. */
const IN_WORD = 1;
const FITS_LATIN = 2;
const FITS_CYRILLIC = 4;

/** Per UTF-16 code unit, the bits above, worked out the first time the unit is seen (255: not yet). */
const wordUnits = new Uint8Array(0x10000).fill(255);
const inWordUnit = /^[\p{L}\p{M}\p{Default_Ignorable_Code_Point}]$/u;
const latinWordUnit = /^[\p{Script_Extensions=Latin}\p{M}\p{Default_Ignorable_Code_Point}]$/u;
const cyrillicWordUnit = /^[\p{Script_Extensions=Cyrillic}\p{M}\p{Default_Ignorable_Code_Point}]$/u;

/** Surrogates are in no word here, so that any text with one takes the full check. */
function bitsOf(code: number): number {
  let bits = wordUnits[code]!;
  if (bits === 255) {
    const unit = String.fromCharCode(code);
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    bits = isSurrogate ? 0 : (inWordUnit.test(unit) ? IN_WORD : 0) | (latinWordUnit.test(unit) ? FITS_LATIN : 0) | (cyrillicWordUnit.test(unit) ? FITS_CYRILLIC : 0);
    wordUnits[code] = bits;
  }
  return bits;
}

/**
 * Whether `text` may hold a word that is neither all Latin nor all Cyrillic:
 * false lets a text skip the word-by-word check, which took a twentieth of a
 * check of Russian, Kazakh and Ukrainian translations. A run of letters,
 * marks and invisible characters holds every word the check would take from
 * it, so a run that fits one script clears them all.
 */
export function mayMixScripts(text: string): boolean {
  let fits = FITS_LATIN | FITS_CYRILLIC;
  let inWord = false;
  for (let index = 0; index <= text.length; index++) {
    const bits = index < text.length ? bitsOf(text.charCodeAt(index)) : 0;
    if (bits & IN_WORD) {
      inWord = true;
      fits &= bits;
    } else {
      if (text.charCodeAt(index) >= 0xd800 && text.charCodeAt(index) <= 0xdfff) return true;
      if (inWord && fits === 0) return true;
      inWord = false;
      fits = FITS_LATIN | FITS_CYRILLIC;
    }
  }
  return false;
}

interface Letter {
  readonly offset: number;
  readonly char: string;
  /** Scripts of interest this letter belongs to (Script_Extensions); empty for others. */
  readonly scripts: readonly string[];
}

const rule: Rule = {
  meta: {
    id: 'text/mixed-script',
    type: 'problem',
    description: 'A word mixes letters of different scripts (a Latin "a" in a Cyrillic word): a lookalike that hides the word from search and the glossary.',
    defaultSeverity: { source: 'warning', translation: 'error' },
    messages: {
      mixed: '"{word}" mixes scripts: {codePoint} is {odd} in a {main} word; retype it as the {main} letter',
    },
  },
  create(context) {
    const visit = (unit: CheckUnit) => {
      // Most texts are in one script: English sources have no Cyrillic, Greek, Armenian or Georgian letter at all.
      if (!nonLatinLetter.test(unit.text) || !mayMixScripts(unit.text)) return;
      for (const match of unit.text.matchAll(word)) {
        if (oneScriptWord.test(match[0]) || scriptsIn(match[0]) < 2) continue;
        const letters = lettersOf(match[0], match.index);
        const counts = new Map<string, number>();
        for (const letter of letters) for (const script of letter.scripts) counts.set(script, (counts.get(script) ?? 0) + 1);
        const shared = [...counts].filter(([, count]) => count === letters.filter((l) => l.scripts.length > 0).length);
        if (shared.length > 0 || counts.size < 2) continue;
        const [main] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
        const odd = letters.find((letter) => letter.scripts.length > 0 && !letter.scripts.includes(main))!;
        context.report({
          messageId: 'mixed',
          data: { word: match[0], codePoint: describe(odd.char), odd: odd.scripts.join('/'), main },
          unit,
          start: odd.offset,
          end: odd.offset + odd.char.length,
        });
      }
    };
    return { source: visit, translation: visit };
  },
};

/** How many of the scripts of interest have a letter in the word. */
function scriptsIn(text: string): number {
  let count = 0;
  for (const [, test] of scripts) if (test.test(text)) count++;
  return count;
}

function lettersOf(text: string, base: number): Letter[] {
  const letters: Letter[] = [];
  let offset = base;
  for (const char of text) {
    letters.push({ offset, char, scripts: scripts.filter(([, test]) => test.test(char)).map(([name]) => name) });
    offset += char.length;
  }
  return letters;
}

/** "U+0061 'a'": the code point, and the character itself. */
function describe(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${char}'`;
}

export default rule;
