/**
 * Parts of Kazakh-style names, each spelt as English, Russian, Ukrainian,
 * Kazakh and German news write it (Nurbekov, Нурбеков, Нурбеков, Нұрбеков,
 * Nurbekow). Names built from them are transliterations of one another, as
 * real names in a multilingual newsroom are.
 */
import type { Paradigm } from './language.js';

/** en, ru, uk, kk, de */
export type Spellings = readonly [string, string, string, string, string];

export const syllables: readonly Spellings[] = [
  ['ab', 'аб', 'аб', 'әб', 'ab'],
  ['ak', 'ак', 'ак', 'ақ', 'ak'],
  ['al', 'ал', 'ал', 'ал', 'al'],
  ['ar', 'ар', 'ар', 'ар', 'ar'],
  ['as', 'ас', 'ас', 'ас', 'as'],
  ['bai', 'бай', 'бай', 'бай', 'bai'],
  ['bek', 'бек', 'бек', 'бек', 'bek'],
  ['bol', 'бол', 'бол', 'бол', 'bol'],
  ['bur', 'бур', 'бур', 'бұр', 'bur'],
  ['dau', 'дау', 'дау', 'дәу', 'dau'],
  ['dos', 'дос', 'дос', 'дос', 'dos'],
  ['er', 'ер', 'ер', 'ер', 'er'],
  ['gal', 'гал', 'гал', 'ғал', 'gal'],
  ['zhan', 'жан', 'жан', 'жан', 'schan'],
  ['zhol', 'жол', 'жол', 'жол', 'schol'],
  ['zhu', 'жу', 'жу', 'жұ', 'schu'],
  ['kal', 'кал', 'кал', 'қал', 'kal'],
  ['kar', 'кар', 'кар', 'қар', 'kar'],
  ['kas', 'кас', 'кас', 'қас', 'kas'],
  ['kem', 'кем', 'кем', 'кем', 'kem'],
  ['khan', 'хан', 'хан', 'хан', 'chan'],
  ['kul', 'кул', 'кул', 'құл', 'kul'],
  ['kuan', 'куан', 'куан', 'қуан', 'kuan'],
  ['mak', 'мак', 'мак', 'мақ', 'mak'],
  ['mar', 'мар', 'мар', 'мар', 'mar'],
  ['mukh', 'мух', 'мух', 'мұх', 'much'],
  ['nur', 'нур', 'нур', 'нұр', 'nur'],
  ['ora', 'ора', 'ора', 'ора', 'ora'],
  ['ras', 'рас', 'рас', 'рас', 'ras'],
  ['sar', 'сар', 'сар', 'сар', 'sar'],
  ['sei', 'сей', 'сей', 'сей', 'sei'],
  ['sul', 'сул', 'сул', 'сұл', 'sul'],
  ['syz', 'сыз', 'сиз', 'сыз', 'sys'],
  ['tal', 'тал', 'тал', 'тал', 'tal'],
  ['tem', 'тем', 'тем', 'тем', 'tem'],
  ['tok', 'ток', 'ток', 'тоқ', 'tok'],
  ['tur', 'тур', 'тур', 'тұр', 'tur'],
  ['ul', 'ул', 'ул', 'ұл', 'ul'],
  ['us', 'ус', 'ус', 'ұс', 'us'],
  ['zhar', 'жар', 'жар', 'жар', 'schar'],
  ['kyz', 'кыз', 'киз', 'қыз', 'kys'],
  ['lan', 'лан', 'лан', 'лан', 'lan'],
  ['rat', 'рат', 'рат', 'рат', 'rat'],
  ['mir', 'мир', 'мір', 'мір', 'mir'],
  ['dar', 'дар', 'дар', 'дар', 'dar'],
  ['ben', 'бен', 'бен', 'бен', 'ben'],
  ['ken', 'кен', 'кен', 'кен', 'ken'],
  ['san', 'сан', 'сан', 'сан', 'san'],
  ['ort', 'орт', 'орт', 'орт', 'ort'],
  ['oz', 'оз', 'оз', 'өз', 'os'],
  ['is', 'ис', 'іс', 'іс', 'is'],
  ['im', 'им', 'ім', 'ім', 'im'],
  ['zak', 'зак', 'зак', 'зақ', 'sak'],
  ['shy', 'шы', 'ши', 'шы', 'schy'],
  ['bat', 'бат', 'бат', 'бат', 'bat'],
  ['men', 'мен', 'мен', 'мен', 'men'],
  ['tas', 'тас', 'тас', 'тас', 'tas'],
  ['sen', 'сен', 'сен', 'сен', 'sen'],
  ['ga', 'га', 'га', 'ға', 'ga'],
  ['ta', 'та', 'та', 'та', 'ta'],
  ['sa', 'са', 'са', 'са', 'sa'],
  ['na', 'на', 'на', 'на', 'na'],
  ['ly', 'лы', 'ли', 'лы', 'ly'],
  ['by', 'бы', 'би', 'бы', 'by'],
  ['ki', 'ки', 'кі', 'кі', 'ki'],
  ['te', 'те', 'те', 'те', 'te'],
];

/** Male first names as the press of each language writes them; all end in a consonant, so they decline regularly. */
export const firstNames: readonly Spellings[] = [
  ['Nurlan', 'Нурлан', 'Нурлан', 'Нұрлан', 'Nurlan'],
  ['Askar', 'Аскар', 'Аскар', 'Асқар', 'Askar'],
  ['Yerlan', 'Ерлан', 'Ерлан', 'Ерлан', 'Jerlan'],
  ['Daniyar', 'Данияр', 'Данияр', 'Данияр', 'Danijar'],
  ['Marat', 'Марат', 'Марат', 'Марат', 'Marat'],
  ['Serik', 'Серик', 'Серік', 'Серік', 'Serik'],
  ['Bolat', 'Болат', 'Болат', 'Болат', 'Bolat'],
  ['Aidos', 'Айдос', 'Айдос', 'Айдос', 'Aidos'],
  ['Galym', 'Галым', 'Галим', 'Ғалым', 'Galym'],
  ['Kairat', 'Кайрат', 'Кайрат', 'Қайрат', 'Kairat'],
  ['Berik', 'Берик', 'Берік', 'Берік', 'Berik'],
  ['Almas', 'Алмас', 'Алмас', 'Алмас', 'Almas'],
  ['Dauren', 'Даурен', 'Даурен', 'Дәурен', 'Dauren'],
  ['Yerzhan', 'Ержан', 'Ержан', 'Ержан', 'Jerschan'],
  ['Timur', 'Тимур', 'Тимур', 'Темір', 'Timur'],
  ['Arman', 'Арман', 'Арман', 'Арман', 'Arman'],
  ['Azamat', 'Азамат', 'Азамат', 'Азамат', 'Asamat'],
  ['Ruslan', 'Руслан', 'Руслан', 'Руслан', 'Ruslan'],
  ['Zhanibek', 'Жанибек', 'Жанібек', 'Жәнібек', 'Schanibek'],
  ['Nurbol', 'Нурбол', 'Нурбол', 'Нұрбол', 'Nurbol'],
  ['Askhat', 'Асхат', 'Асхат', 'Асхат', 'Aschat'],
  ['Bauyrzhan', 'Бауыржан', 'Бауиржан', 'Бауыржан', 'Bauyrschan'],
  ['Yerbol', 'Ербол', 'Ербол', 'Ербол', 'Jerbol'],
  ['Kanat', 'Канат', 'Канат', 'Қанат', 'Kanat'],
  ['Murat', 'Мурат', 'Мурат', 'Мұрат', 'Murat'],
  ['Nurzhan', 'Нуржан', 'Нуржан', 'Нұржан', 'Nurschan'],
  ['Samat', 'Самат', 'Самат', 'Самат', 'Samat'],
  ['Talgat', 'Талгат', 'Талгат', 'Талғат', 'Talgat'],
  ['Yerkin', 'Еркин', 'Еркін', 'Еркін', 'Jerkin'],
  ['Zhaksylyk', 'Жаксылык', 'Жаксилик', 'Жақсылық', 'Schaksylyk'],
  ['Asylbek', 'Асылбек', 'Асилбек', 'Асылбек', 'Asylbek'],
  ['Beibut', 'Бейбут', 'Бейбут', 'Бейбіт', 'Beibut'],
  ['Darkhan', 'Дархан', 'Дархан', 'Дархан', 'Darchan'],
  ['Rustem', 'Рустем', 'Рустем', 'Рүстем', 'Rustem'],
  ['Sanzhar', 'Санжар', 'Санжар', 'Санжар', 'Sanschar'],
  ['Ulan', 'Улан', 'Улан', 'Ұлан', 'Ulan'],
  ['Kuat', 'Куат', 'Куат', 'Қуат', 'Kuat'],
  ['Yermek', 'Ермек', 'Ермек', 'Ермек', 'Jermek'],
];

/** A surname ending or place/company suffix, with how the Russian and Ukrainian result declines. */
export interface Suffix {
  readonly spellings: Spellings;
  readonly ru: Paradigm;
  readonly uk: Paradigm;
  /** Spelling used after a vowel (Taov → Tayev), when it differs. */
  readonly afterVowel?: Spellings;
}

export const surnameSuffixes: readonly Suffix[] = [
  { spellings: ['ov', 'ов', 'ов', 'ов', 'ow'], afterVowel: ['yev', 'ев', 'єв', 'ев', 'jew'], ru: 'ru-surname', uk: 'uk-surname' },
  { spellings: ['bayev', 'баев', 'баєв', 'баев', 'bajew'], ru: 'ru-surname', uk: 'uk-surname' },
  { spellings: ['bekov', 'беков', 'беков', 'беков', 'bekow'], ru: 'ru-surname', uk: 'uk-surname' },
  { spellings: ['in', 'ин', 'ін', 'ин', 'in'], ru: 'ru-surname', uk: 'uk-surname' },
  { spellings: ['uly', 'улы', 'ули', 'ұлы', 'uly'], ru: 'fixed', uk: 'fixed' },
];

export const placeSuffixes: readonly Suffix[] = [
  { spellings: ['kent', 'кент', 'кент', 'кент', 'kent'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['bulak', 'булак', 'булак', 'бұлақ', 'bulak'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['kum', 'кум', 'кум', 'құм', 'kum'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['tas', 'тас', 'тас', 'тас', 'tas'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['zhar', 'жар', 'жар', 'жар', 'schar'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['gorsk', 'горск', 'горськ', 'горск', 'gorsk'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['ovka', 'овка', 'івка', 'овка', 'owka'], ru: 'ru-feminine', uk: 'uk-feminine' },
  { spellings: ['tau', 'тау', 'тау', 'тау', 'tau'], ru: 'fixed', uk: 'fixed' },
  { spellings: ['su', 'су', 'су', 'су', 'su'], ru: 'fixed', uk: 'fixed' },
  { spellings: ['kol', 'коль', 'коль', 'көл', 'kol'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['ozek', 'озек', 'озек', 'өзек', 'osek'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
];

export const companySuffixes: readonly Suffix[] = [
  { spellings: ['bank', 'банк', 'банк', 'банк', 'bank'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['trans', 'транс', 'транс', 'транс', 'trans'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['telecom', 'телеком', 'телеком', 'телеком', 'telecom'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['gas', 'газ', 'газ', 'газ', 'gas'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['prom', 'пром', 'пром', 'пром', 'prom'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['energo', 'энерго', 'енерго', 'энерго', 'energo'], ru: 'fixed', uk: 'fixed' },
  { spellings: ['invest', 'инвест', 'інвест', 'инвест', 'invest'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
  { spellings: ['munai', 'мунай', 'мунай', 'мұнай', 'munai'], ru: 'ru-inanimate', uk: 'uk-inanimate' },
];

/** The "Kaz" that many Kazakhstani company names start with (Kazmunaigas, Kaztransoil). */
export const companyPrefix: Spellings = ['Kaz', 'Каз', 'Каз', 'Қаз', 'Kas'];

export const personRoles: readonly string[] = [
  'a Kazakhstani businessman',
  'a former minister',
  'an opposition politician',
  'a regional governor (akim)',
  'a member of the Mazhilis, the lower house of parliament',
  'a banker',
  'a political analyst',
  'a trade union leader',
  'a civil activist',
  'a judge of the Supreme Court',
];

export const companySectors: Readonly<Record<string, string>> = {
  bank: 'a Kazakhstani commercial bank',
  trans: 'a Kazakhstani transport and logistics company',
  telecom: 'a Kazakhstani telecommunications operator',
  gas: 'a Kazakhstani gas distribution company',
  prom: 'a Kazakhstani industrial holding',
  energo: 'a Kazakhstani power utility',
  invest: 'a Kazakhstani investment fund',
  munai: 'a Kazakhstani oil producer',
};

export const regions: readonly string[] = [
  'Almaty',
  'Mangystau',
  'Karaganda',
  'Turkistan',
  'Kostanay',
  'Pavlodar',
  'Atyrau',
  'Zhambyl',
  'Akmola',
  'Aktobe',
  'East Kazakhstan',
  'West Kazakhstan',
  'Kyzylorda',
  'North Kazakhstan',
];
