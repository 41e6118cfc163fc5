/**
 * The people, places and companies the corpus writes about. Each becomes a
 * glossary concept (generated ones) or already is one (the termbase's own
 * concepts: Tokayev, Ablyazov, Almaty, Kazakhstan, BTA Bank).
 */
import { capitalize, type Language, type Name, type Paradigm } from './language.js';
import { companyPrefix, companySectors, companySuffixes, firstNames, personRoles, placeSuffixes, regions, surnameSuffixes, syllables, type Spellings, type Suffix } from './name-parts.js';
import { deriveSeed, Random } from './random.js';

export type EntityKind = 'person' | 'place' | 'company';

export type Names = Readonly<Record<Language, Name>>;

export interface Entity {
  /** Concept id in the glossary. */
  readonly id: string;
  readonly kind: EntityKind;
  readonly definition: string;
  /** The preferred full name in every language. */
  readonly full: Names;
  /** A person's surname alone: an admitted term for mentions after the first. */
  readonly short?: Names;
  /** A deprecated spelling of the full name, in the languages that have one. */
  readonly deprecated: Partial<Names>;
  /** A deprecated spelling of the surname alone (the termbase's Токаев in Kazakh). */
  readonly deprecatedShort: Partial<Names>;
}

export interface EntityPools {
  readonly persons: readonly Entity[];
  readonly places: readonly Entity[];
  readonly companies: readonly Entity[];
}

/** Index in the spelling tuples of name-parts.ts. */
const column: Readonly<Record<Language, 0 | 1 | 2 | 3 | 4>> = { en: 0, ru: 1, uk: 2, kk: 3, de: 4 };

const fixed = (text: string): Name => [{ text, paradigm: 'fixed' }];
const words = (...list: ReadonlyArray<readonly [string, Paradigm]>): Name => list.map(([text, paradigm]) => ({ text, paradigm }));

/** The termbase concepts the text names, spelt and declined as the termbase's forms expect. */
export const realEntities = {
  tokayev: {
    id: 'tokayev',
    kind: 'person',
    definition: 'Kassym-Jomart Tokayev, President of Kazakhstan since 2019.',
    full: {
      en: fixed('Kassym-Jomart Tokayev'),
      ru: words(['Касым-Жомарт', 'ru-animate'], ['Токаев', 'ru-surname']),
      uk: words(['Касим-Жомарт', 'uk-animate'], ['Токаєв', 'uk-surname']),
      kk: words(['Қасым-Жомарт', 'fixed'], ['Тоқаев', 'kk']),
      de: words(['Qassym-Schomart', 'fixed'], ['Tokajew', 'de']),
    },
    short: {
      en: fixed('Tokayev'),
      ru: words(['Токаев', 'ru-surname']),
      uk: words(['Токаєв', 'uk-surname']),
      kk: words(['Тоқаев', 'kk']),
      de: words(['Tokajew', 'de']),
    },
    deprecated: {
      en: fixed('Kassym-Zhomart Tokayev'),
      uk: words(['Касим-Жомарт', 'uk-animate'], ['Токаев', 'uk-surname']),
      de: words(['Kassym-Schomart', 'fixed'], ['Tokajew', 'de']),
    },
    deprecatedShort: { kk: words(['Токаев', 'kk']), uk: words(['Токаев', 'uk-surname']) },
  },
  ablyazov: {
    id: 'ablyazov',
    kind: 'person',
    definition: 'Mukhtar Ablyazov, former chairman of BTA Bank.',
    full: {
      en: fixed('Mukhtar Ablyazov'),
      ru: words(['Мухтар', 'ru-animate'], ['Аблязов', 'ru-surname']),
      uk: words(['Мухтар', 'uk-animate'], ['Аблязов', 'uk-surname']),
      kk: words(['Мұхтар', 'fixed'], ['Әблязов', 'kk']),
      de: words(['Muchtar', 'fixed'], ['Abljasow', 'de']),
    },
    short: {
      en: fixed('Ablyazov'),
      ru: words(['Аблязов', 'ru-surname']),
      uk: words(['Аблязов', 'uk-surname']),
      kk: words(['Әблязов', 'kk']),
      de: words(['Abljasow', 'de']),
    },
    deprecated: {
      kk: words(['Мұхтар', 'fixed'], ['Аблязов', 'kk']),
      de: words(['Mukhtar', 'fixed'], ['Ablyazov', 'de']),
    },
    deprecatedShort: {},
  },
  almaty: {
    id: 'almaty',
    kind: 'place',
    definition: 'The largest city of Kazakhstan.',
    full: {
      en: fixed('Almaty'),
      ru: fixed('Алматы'),
      uk: fixed('Алмати'),
      kk: words(['Алматы', 'kk']),
      de: words(['Almaty', 'de']),
    },
    deprecated: {
      en: fixed('Alma-Ata'),
      ru: words(['Алма-Ата', 'ru-feminine']),
      uk: words(['Алма-Ата', 'uk-feminine']),
      kk: words(['Алма-Ата', 'kk']),
      de: words(['Alma-Ata', 'de']),
    },
    deprecatedShort: {},
  },
  kazakhstan: {
    id: 'kazakhstan',
    kind: 'place',
    definition: 'The Republic of Kazakhstan.',
    full: {
      en: fixed('Kazakhstan'),
      ru: words(['Казахстан', 'ru-inanimate']),
      uk: words(['Казахстан', 'uk-country']),
      kk: words(['Қазақстан', 'kk']),
      de: words(['Kasachstan', 'de']),
    },
    deprecated: { en: fixed('Kazakstan') },
    deprecatedShort: {},
  },
  btaBank: {
    id: 'bta-bank',
    kind: 'company',
    definition: 'BTA Bank, a Kazakhstani commercial bank.',
    full: {
      en: fixed('BTA Bank'),
      ru: words(['БТА', 'fixed'], ['Банк', 'ru-inanimate']),
      uk: words(['БТА', 'fixed'], ['Банк', 'uk-country']),
      kk: words(['БТА', 'fixed'], ['Банк', 'kk']),
      de: fixed('BTA Bank'),
    },
    deprecated: {
      en: fixed('Bank Turan Alem'),
      ru: words(['Банк', 'ru-inanimate'], ['Туран', 'fixed'], ['Алем', 'fixed']),
      de: fixed('Bank Turan Alem'),
    },
    deprecatedShort: {},
  },
} as const satisfies Record<string, Entity>;

/** Lower-cased spellings already given to a term, per language: a new name must differ from all of them. */
export type TakenSpellings = Map<Language, Set<string>>;

export function takenSpellings(reserved: Iterable<readonly [string, string]> = []): TakenSpellings {
  const taken: TakenSpellings = new Map();
  for (const [lang, text] of reserved) spellingSet(taken, lang as Language).add(text.toLowerCase());
  return taken;
}

function spellingSet(taken: TakenSpellings, lang: Language): Set<string> {
  let set = taken.get(lang);
  if (!set) taken.set(lang, (set = new Set()));
  return set;
}

/**
 * Generates `count` entities in a fixed order: the same seed gives the same
 * list, and a shorter list is a prefix of a longer one, so a small glossary is
 * the head of a large one. No spelling repeats a spelling in `taken`, or one
 * of another entity, in any language.
 */
export function generateEntities(seed: number, count: number, taken: TakenSpellings = takenSpellings()): Entity[] {
  const random = new Random(deriveSeed(seed, 1));
  const entities: Entity[] = [];
  let attempts = 0;
  while (entities.length < count) {
    if (++attempts > count * 50) throw new Error(`could not find ${count} distinct names; the name parts are too few`);
    const roll = random.next();
    const candidate = roll < 0.45 ? person(random) : roll < 0.75 ? place(random) : company(random);
    if (!claim(candidate, taken)) continue;
    entities.push(candidate);
  }
  return entities;
}

export function entityPools(generated: readonly Entity[]): EntityPools {
  return {
    persons: generated.filter((entity) => entity.kind === 'person'),
    places: generated.filter((entity) => entity.kind === 'place'),
    companies: generated.filter((entity) => entity.kind === 'company'),
  };
}

/** Every spelling an entity uses, per language. */
function spellingsOf(entity: Entity): Array<[Language, string]> {
  const out: Array<[Language, string]> = [];
  for (const names of [entity.full, entity.short, entity.deprecated, entity.deprecatedShort]) {
    if (!names) continue;
    for (const [lang, name] of Object.entries(names) as Array<[Language, Name]>) out.push([lang, name.map((word) => word.text).join(' ')]);
  }
  return out;
}

function claim(entity: Entity, taken: TakenSpellings): boolean {
  const spellings = spellingsOf(entity);
  const seen = new Set<string>();
  for (const [lang, text] of spellings) {
    const key = `${lang}\u0000${text.toLowerCase()}`;
    // Within one entity a spelling may repeat across languages, never within one.
    if (seen.has(key) || spellingSet(taken, lang).has(text.toLowerCase())) return false;
    seen.add(key);
  }
  for (const [lang, text] of spellings) spellingSet(taken, lang).add(text.toLowerCase());
  return true;
}

function spell(parts: readonly Spellings[], lang: Language): string {
  return parts.map((part) => part[column[lang]]).join('');
}

const endsWithVowel = (text: string) => /[aeiouy]$/i.test(text);
const startsWithVowel = (text: string) => /^[aeiouy]/i.test(text);

function stem(random: Random, syllableCount: number): Spellings[] {
  const parts: Spellings[] = [];
  while (parts.length < syllableCount) {
    const next = random.pick(syllables);
    const previous = parts.at(-1);
    if (previous && endsWithVowel(previous[0]) && startsWithVowel(next[0])) continue;
    parts.push(next);
  }
  return parts;
}

interface ChosenSuffix {
  readonly spellings: Spellings;
  readonly suffix: Suffix;
}

function suffixFor(random: Random, suffixes: readonly Suffix[], stemParts: readonly Spellings[]): ChosenSuffix {
  for (;;) {
    const suffix = random.pick(suffixes);
    const afterVowel = endsWithVowel(spell(stemParts, 'en'));
    if (afterVowel && startsWithVowel(suffix.spellings[0]) && !suffix.afterVowel) continue;
    return { spellings: afterVowel && suffix.afterVowel ? suffix.afterVowel : suffix.spellings, suffix };
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Russian-style transliterations an English desk should not use (Zhomart → Jomart is the termbase's own case). */
const englishVariants: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/, 'h'],
  [/zh/, 'j'],
  [/y/, 'i'],
  [/ov$/, 'off'],
  [/ev$/, 'eff'],
  [/k/, 'q'],
];

function englishVariant(surname: string): string | undefined {
  const lower = surname.toLowerCase();
  for (const [pattern, replacement] of englishVariants) {
    if (pattern.test(lower)) return capitalize(lower.replace(pattern, replacement));
  }
  return undefined;
}

function person(random: Random): Entity {
  const first = random.pick(firstNames);
  const stemParts = stem(random, random.chance(0.7) ? 2 : 3);
  const ending = suffixFor(random, surnameSuffixes, stemParts);
  const surname = (lang: Language) => capitalize(spell(stemParts, lang) + ending.spellings[column[lang]]);
  const firstName = (lang: Language) => first[column[lang]];
  const shortNames: Names = {
    en: fixed(surname('en')),
    ru: words([surname('ru'), ending.suffix.ru]),
    uk: words([surname('uk'), ending.suffix.uk]),
    kk: words([surname('kk'), 'kk']),
    de: words([surname('de'), 'de']),
  };
  const full: Names = {
    en: fixed(`${firstName('en')} ${surname('en')}`),
    ru: words([firstName('ru'), 'ru-animate'], [surname('ru'), ending.suffix.ru]),
    uk: words([firstName('uk'), 'uk-animate'], [surname('uk'), ending.suffix.uk]),
    kk: words([firstName('kk'), 'fixed'], [surname('kk'), 'kk']),
    de: words([firstName('de'), 'fixed'], [surname('de'), 'de']),
  };
  const deprecated: Partial<Record<Language, Name>> = {};
  const variant = englishVariant(surname('en'));
  if (variant && random.chance(0.35)) deprecated.en = fixed(`${firstName('en')} ${variant}`);
  if (random.chance(0.4)) {
    // The Russian spelling in Kazakh and Ukrainian copy, the English one in German copy.
    if (surname('kk') !== surname('ru') || firstName('kk') !== firstName('ru')) deprecated.kk = words([firstName('ru'), 'fixed'], [surname('ru'), 'kk']);
    if (surname('uk') !== surname('ru') || firstName('uk') !== firstName('ru')) deprecated.uk = words([firstName('ru'), 'uk-animate'], [surname('ru'), ending.suffix.uk]);
    if (surname('de') !== surname('en') || firstName('de') !== firstName('en')) deprecated.de = words([firstName('en'), 'fixed'], [surname('en'), 'de']);
  }
  const english = `${firstName('en')} ${surname('en')}`;
  return {
    id: `person-${slug(english)}`,
    kind: 'person',
    definition: `${english}, ${random.pick(personRoles)}.`,
    full,
    short: shortNames,
    deprecated,
    deprecatedShort: {},
  };
}

function place(random: Random): Entity {
  const stemParts = stem(random, random.chance(0.5) ? 1 : 2);
  const ending = suffixFor(random, placeSuffixes, stemParts);
  const nameIn = (lang: Language) => capitalize(spell(stemParts, lang) + ending.spellings[column[lang]]);
  const hyphenated = (lang: Language) => `${capitalize(spell(stemParts, lang))}-${capitalize(ending.spellings[column[lang]])}`;
  const full: Names = {
    en: fixed(nameIn('en')),
    ru: words([nameIn('ru'), ending.suffix.ru]),
    uk: words([nameIn('uk'), ending.suffix.uk]),
    kk: words([nameIn('kk'), 'kk']),
    de: words([nameIn('de'), 'de']),
  };
  const deprecated: Partial<Record<Language, Name>> = {};
  if (random.chance(0.3)) {
    // Soviet-era spellings: Dzh- for Zh-, or the parts written apart with a hyphen.
    const english = nameIn('en');
    deprecated.en = fixed(/zh/i.test(english) ? capitalize(english.toLowerCase().replace('zh', 'dzh')) : hyphenated('en'));
    if (random.chance(0.5)) {
      deprecated.ru = words([hyphenated('ru'), ending.suffix.ru]);
      deprecated.uk = words([hyphenated('uk'), ending.suffix.uk]);
    }
    if (random.chance(0.3)) deprecated.de = words([hyphenated('de'), 'de']);
  }
  return {
    id: `place-${slug(nameIn('en'))}`,
    kind: 'place',
    definition: `${nameIn('en')}, a town in the ${random.pick(regions)} region of Kazakhstan.`,
    full,
    deprecated,
    deprecatedShort: {},
  };
}

function company(random: Random): Entity {
  const prefixed = random.chance(0.5);
  const stemParts: Spellings[] = [...(prefixed ? [companyPrefix] : []), ...stem(random, prefixed ? 1 : random.chance(0.5) ? 1 : 2)];
  const ending = suffixFor(random, companySuffixes, stemParts);
  const spelled = (lang: Language) => capitalize((spell(stemParts, lang) + ending.spellings[column[lang]]).toLowerCase());
  // Company names keep their Latin spelling in German copy.
  const english = spelled('en');
  const full: Names = {
    en: fixed(english),
    ru: words([spelled('ru'), ending.suffix.ru]),
    uk: words([spelled('uk'), ending.suffix.uk]),
    kk: words([spelled('kk'), 'kk']),
    de: words([english, 'de']),
  };
  const deprecated: Partial<Record<Language, Name>> = {};
  if (random.chance(0.25)) {
    const apart = (lang: Language) => [capitalize(spell(stemParts, lang).toLowerCase()), capitalize(ending.spellings[column[lang]])] as const;
    deprecated.en = fixed(apart('en').join(' '));
    if (random.chance(0.5)) {
      const [head, tail] = apart('ru');
      deprecated.ru = words([head, 'fixed'], [tail, ending.suffix.ru]);
    }
  }
  return {
    id: `company-${slug(english)}`,
    kind: 'company',
    definition: `${english}, ${companySectors[ending.suffix.spellings[0]] ?? 'a Kazakhstani company'}.`,
    full,
    deprecated,
    deprecatedShort: {},
  };
}
