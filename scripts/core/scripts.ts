/** Unicode scripts of letters and the scripts languages are written in, for detecting text in the wrong script. */

/** Intl.Locale#maximize costs microseconds, and a termbase asks once per term. */
const likelyScripts = new Map<string, string>();

/** CLDR's likely script of a language ("de" → "Latn", "kk" → "Cyrl"), through Intl.Locale. */
export function likelyScript(locale: string): string {
  let script = likelyScripts.get(locale);
  if (script === undefined) {
    try {
      script = new Intl.Locale(locale).maximize().script ?? '';
    } catch {
      script = '';
    }
    likelyScripts.set(locale, script);
  }
  return script;
}

const scriptTests: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Kana', /\p{Script=Katakana}/u],
  ['Hira', /\p{Script=Hiragana}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/** ISO 15924 code of a letter's script (Unicode Script property), for the scripts news text uses; undefined for others. */
export function scriptOf(letter: string): string | undefined {
  return scriptTests.find(([, test]) => test.test(letter))?.[0];
}
