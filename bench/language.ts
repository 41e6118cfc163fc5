/**
 * Just enough morphology to write names into running Russian, Ukrainian,
 * Kazakh and German text in the case a sentence needs, and to derive the
 * glossary `forms` patterns (`Нурбеков~`) that find those inflected names.
 */

export const targetLanguages = ['ru', 'kk', 'uk', 'de'] as const;
export type TargetLanguage = (typeof targetLanguages)[number];
export type Language = 'en' | TargetLanguage;

export type GrammaticalCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'abl';
export const grammaticalCases: readonly GrammaticalCase[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'abl'];

/**
 * How a word declines. `fixed` never changes; `kk` takes Kazakh case suffixes
 * by vowel harmony; `de` only takes the genitive -s.
 */
export type Paradigm =
  | 'fixed'
  | 'ru-surname'
  | 'ru-animate'
  | 'ru-inanimate'
  | 'ru-feminine'
  | 'uk-surname'
  | 'uk-animate'
  | 'uk-inanimate'
  | 'uk-country'
  | 'uk-feminine'
  | 'kk'
  | 'de';

export interface Word {
  readonly text: string;
  readonly paradigm: Paradigm;
}

/** A name in one language: its words, each with its own paradigm ("Нурлан Нурбеков" declines both). */
export type Name = readonly Word[];

/** Default K of `stem~` per language, as the glossary's built-in language settings define it. */
const defaultEndings: Readonly<Record<TargetLanguage, number>> = { ru: 3, uk: 3, kk: 6, de: 2 };

type Endings = Readonly<Record<Exclude<GrammaticalCase, 'nom' | 'abl'>, string>>;

const ruSurname: Endings = { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', loc: 'е' };
const ruAnimate: Endings = { gen: 'а', dat: 'у', acc: 'а', ins: 'ом', loc: 'е' };
const ruInanimate: Endings = { gen: 'а', dat: 'у', acc: '', ins: 'ом', loc: 'е' };
const ukSurname: Endings = { gen: 'а', dat: 'у', acc: 'а', ins: 'им', loc: 'і' };
const ukAnimate: Endings = { gen: 'а', dat: 'у', acc: 'а', ins: 'ом', loc: 'і' };
const ukInanimate: Endings = { gen: 'а', dat: 'у', acc: '', ins: 'ом', loc: 'і' };
const ukCountry: Endings = { gen: 'у', dat: 'у', acc: '', ins: 'ом', loc: 'і' };

/** Inflects one word; hyphenated first names decline in every part (Касыма-Жомарта), other words only at the end. */
export function inflectWord(word: Word, grammaticalCase: GrammaticalCase): string {
  if (word.paradigm === 'ru-animate' || word.paradigm === 'uk-animate') {
    return word.text
      .split('-')
      .map((part) => inflectPart(part, word.paradigm, grammaticalCase))
      .join('-');
  }
  return inflectPart(word.text, word.paradigm, grammaticalCase);
}

/** The name in a case; Kazakh puts the suffix on the last word only. */
export function inflectName(name: Name, grammaticalCase: GrammaticalCase): string {
  return name.map((word) => inflectWord(word, grammaticalCase)).join(' ');
}

function inflectPart(text: string, paradigm: Paradigm, grammaticalCase: GrammaticalCase): string {
  if (grammaticalCase === 'nom' || paradigm === 'fixed') return text;
  const slavicCase = grammaticalCase === 'abl' ? 'gen' : grammaticalCase;
  switch (paradigm) {
    case 'ru-surname':
      return slavic(text, ruSurname[slavicCase], 'ru');
    case 'ru-animate':
      return slavic(text, ruAnimate[slavicCase], 'ru');
    case 'ru-inanimate':
      return slavic(text, ruInanimate[slavicCase], 'ru');
    case 'uk-surname':
      return slavic(text, ukSurname[slavicCase], 'uk');
    case 'uk-animate':
      return slavic(text, ukAnimate[slavicCase], 'uk');
    case 'uk-inanimate':
      return slavic(text, ukInanimate[slavicCase], 'uk');
    case 'uk-country':
      return slavic(text, ukCountry[slavicCase], 'uk');
    case 'ru-feminine':
      return russianFeminine(text, slavicCase);
    case 'uk-feminine':
      return ukrainianFeminine(text, slavicCase);
    case 'kk':
      return text + kazakhSuffix(text, grammaticalCase);
    case 'de':
      return grammaticalCase === 'gen' ? (/[sßxz]$/i.test(text) ? `${text}'` : `${text}s`) : text;
  }
}

/** A hard-stem ending, adjusted for words that end in й or ь (Нурали-й → -я, -ю, -ем). */
function slavic(text: string, ending: string, lang: 'ru' | 'uk'): string {
  const last = text.at(-1);
  if (ending === '' || (last !== 'й' && last !== 'ь')) {
    // Ukrainian k-, g-, kh-stems take -у, not -і, in the locative of inanimate nouns (у Карабулаку).
    if (lang === 'uk' && ending === 'і' && /[кгх]$/.test(text)) return `${text}у`;
    return text + ending;
  }
  const stem = text.slice(0, -1);
  const soft: Readonly<Record<string, string>> = { а: 'я', у: 'ю', ом: 'ем', ым: 'ем', им: 'ем', е: 'е', і: lang === 'uk' ? 'ї' : 'и' };
  return stem + (soft[ending] ?? ending);
}

function russianFeminine(text: string, grammaticalCase: Exclude<GrammaticalCase, 'nom' | 'abl'>): string {
  const stem = text.endsWith('а') ? text.slice(0, -1) : text;
  const velar = /[кгхжшчщ]$/.test(stem);
  const endings: Endings = { gen: velar ? 'и' : 'ы', dat: 'е', acc: 'у', ins: 'ой', loc: 'е' };
  return stem + endings[grammaticalCase];
}

function ukrainianFeminine(text: string, grammaticalCase: Exclude<GrammaticalCase, 'nom' | 'abl'>): string {
  const stem = text.endsWith('а') ? text.slice(0, -1) : text;
  // Before -і the velars alternate: Карабулівка → у Карабулівці.
  const softened = stem.replace(/к$/, 'ц').replace(/г$/, 'з').replace(/х$/, 'с');
  const endings: Endings = { gen: 'и', dat: 'і', acc: 'у', ins: 'ою', loc: 'і' };
  return (grammaticalCase === 'dat' || grammaticalCase === 'loc' ? softened : stem) + endings[grammaticalCase];
}

const backVowels = 'аоұыяё';
const frontVowels = 'әеөүіиэю';
const vowels = backVowels + frontVowels;
const voiceless = 'кқпстфхцчшщв';
const nasals = 'мнң';
const sibilants = 'жз';

/** The Kazakh case suffix for a word: vowel harmony picks back or front, the last sound picks the consonant. */
function kazakhSuffix(text: string, grammaticalCase: GrammaticalCase): string {
  const lower = text.toLowerCase();
  // The Russian surname suffixes -ов, -ев, -ин do not take part in harmony: Тоқаевтың, Назарбаевқа.
  const harmonyPart = lower.replace(/(ов|ев|ин)$/, '');
  let front = false;
  for (let i = harmonyPart.length - 1; i >= 0; i--) {
    if (backVowels.includes(harmonyPart[i]!)) break;
    if (frontVowels.includes(harmonyPart[i]!)) {
      front = true;
      break;
    }
  }
  const last = lower.at(-1) ?? '';
  const sound = vowels.includes(last) ? 'vowel' : voiceless.includes(last) ? 'voiceless' : nasals.includes(last) ? 'nasal' : sibilants.includes(last) ? 'sibilant' : 'sonorant';
  const pair = (back: string, frontForm: string) => (front ? frontForm : back);
  switch (grammaticalCase) {
    case 'gen':
      return sound === 'vowel' || sound === 'nasal' ? pair('ның', 'нің') : sound === 'voiceless' ? pair('тың', 'тің') : pair('дың', 'дің');
    case 'dat':
      return sound === 'voiceless' ? pair('қа', 'ке') : pair('ға', 'ге');
    case 'acc':
      return sound === 'vowel' ? pair('ны', 'ні') : sound === 'voiceless' ? pair('ты', 'ті') : pair('ды', 'ді');
    case 'loc':
      return sound === 'voiceless' ? pair('та', 'те') : pair('да', 'де');
    case 'abl':
      return sound === 'voiceless' ? pair('тан', 'тен') : sound === 'nasal' ? pair('нан', 'нен') : pair('дан', 'ден');
    case 'ins':
      return sound === 'voiceless' ? 'пен' : sound === 'sibilant' ? 'бен' : 'мен';
    case 'nom':
      return '';
  }
}

/**
 * The glossary pattern that finds every inflected form of a name: per word
 * (and per hyphenated part) the letters all forms share, then `~` when the
 * forms differ. `undefined` when the name never changes, so its text is the
 * pattern.
 */
export function formsPattern(name: Name, lang: TargetLanguage): string | undefined {
  let varies = false;
  const words = name.map((word) => {
    const forms = grammaticalCases.map((grammaticalCase) => inflectWord(word, grammaticalCase));
    const parts = forms.map((form) => form.split('-'));
    const count = parts[0]!.length;
    if (parts.some((split) => split.length !== count)) throw new Error(`inconsistent hyphenation in the forms of ${word.text}`);
    return Array.from({ length: count }, (_, index) => {
      const variants = parts.map((split) => split[index]!);
      const stem = commonPrefix(variants);
      const longest = Math.max(...variants.map((variant) => variant.length));
      if (longest === stem.length) return stem;
      varies = true;
      const endings = longest - stem.length;
      const limit = lang === 'de' ? endings : endings > defaultEndings[lang] ? endings : undefined;
      return `${stem}~${limit ?? ''}`;
    }).join('-');
  });
  return varies ? words.join(' ') : undefined;
}

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const value of values) {
    let i = 0;
    while (i < prefix.length && i < value.length && prefix[i] === value[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
