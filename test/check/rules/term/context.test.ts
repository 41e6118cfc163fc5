import { expect } from 'chai';
import rule from '../../../../scripts/check/rules/term/context.js';
import { ruleTests, runCase } from '../../rule-tester.js';
import { inSource, inTranslation, termSetup, type LanguageCases } from './term-cases.js';

const civicReason = {
  en: 'Civic noun — the state or its citizens, not the ethnic group',
  ru: 'Речь о государстве или его гражданах, а не об этносе',
  uk: 'Ідеться про державу або її громадян, а не про етнос',
  kk: 'Мемлекет немесе оның азаматтары туралы',
  de: 'Gemeint ist der Staat oder seine Bürger, nicht die Volksgruppe',
};

const authoritiesBlock = 'Kazakhstani authorities blocked the internet.';
const forcesDetain = 'Kazakhstani security forces detained protesters.';
const citizensEvacuated = 'The embassy evacuated Kazakhstani citizens.';
const textsInKazakh = 'The government published the texts in Kazakh.';
const ethnicOfficials = 'Ethnic Kazakh officials were dismissed.';
const kazakhSongs = 'Kazakh songs were played.';

const english: LanguageCases = {
  lang: 'en',
  valid: [
    { name: 'en Kazakh language before a civic noun', source: 'The Kazakh language state exam was cancelled.' },
    { name: 'en an ethnic Kazakh officer', source: 'An ethnic Kazakh officer was detained in Moscow.' },
    { name: 'en Kazakh culture', source: 'Kazakh music filled the square.' },
    { name: 'en the civic adjective Kazakhstani', source: authoritiesBlock },
    { name: 'en a civic noun in the next sentence', source: 'The crowd sang in Kazakh. Police dispersed it.' },
    { name: 'en a civic noun three words on', source: 'Kazakh songs about the army were banned.' },
    { name: 'en a civic noun in the next clause', source: 'They sang about the Kazakh steppe, police said.' },
  ],
  invalid: [
    {
      name: 'en Kazakh authorities',
      source: 'Kazakh authorities blocked the internet.',
      errors: [inSource(`"Kazakh" is wrong here (${civicReason.en}); use "Kazakhstani"`)],
    },
    {
      name: 'en Kazakh law enforcers',
      source: 'The Kazakh law enforcers detained protesters.',
      errors: [inSource('"Kazakh" is wrong here', 'The ')],
    },
    {
      name: 'en a civic noun two words on',
      source: 'The Kazakh riot police fired tear gas.',
      errors: [inSource('use "Kazakhstani"', 'The ')],
    },
    {
      name: 'en two in one sentence',
      source: 'Kazakh officials met Kazakh bankers in Almaty.',
      errors: [inSource('"Kazakh" is wrong here'), inSource('"Kazakh" is wrong here', 'Kazakh officials met ')],
    },
    {
      name: 'en capitals are kept in the suggestion',
      source: 'KAZAKH TROOPS ENTERED THE CITY.',
      errors: [inSource(`"KAZAKH" is wrong here (${civicReason.en}); use "KAZAKHSTANI"`)],
    },
  ],
};

const russian: LanguageCases = {
  lang: 'ru',
  valid: [
    { name: 'ru казахском языке before a civic noun', source: textsInKazakh, translation: 'Тексты на казахском языке правительство опубликовало вчера.' },
    { name: 'ru этнических казахских чиновников', source: ethnicOfficials, translation: 'Этнических казахских чиновников уволили.' },
    { name: 'ru казахские песни', source: kazakhSongs, translation: 'Звучали казахские песни.' },
    { name: 'ru the civic adjective казахстанские', source: authoritiesBlock, translation: 'Казахстанские власти заблокировали интернет.' },
    { name: 'ru власти Казахстана', source: authoritiesBlock, translation: 'Власти Казахстана заблокировали интернет.' },
    { name: 'ru a civic noun in the next clause', source: 'They sang about the Kazakh steppe and the police did not intervene.', translation: 'Они пели о казахской степи, полиция не вмешивалась.' },
  ],
  invalid: [
    {
      name: 'ru казахские силовики',
      source: forcesDetain,
      translation: 'Казахские силовики задержали протестующих.',
      errors: [inTranslation(`"Казахские" is wrong here (${civicReason.ru}); use "Казахстанские"`)],
    },
    {
      name: 'ru казахских властей (genitive)',
      source: 'According to the Kazakhstani authorities, the airport was seized.',
      translation: 'По словам казахских властей, аэропорт захвачен.',
      errors: [inTranslation('"казахских" is wrong here', 'По словам ')],
    },
    {
      name: 'ru a civic noun two words on',
      source: 'Kazakhstani state banks froze the accounts.',
      translation: 'Казахские государственные банки заморозили счета.',
      errors: [inTranslation('use "Казахстанские"')],
    },
    {
      name: 'ru Токаеву доложили казахские военные',
      source: 'Kazakhstani military officers reported to Tokayev.',
      translation: 'Токаеву доложили казахские военные.',
      errors: [inTranslation('"казахские" is wrong here', 'Токаеву доложили ')],
    },
  ],
};

const ukrainian: LanguageCases = {
  lang: 'uk',
  valid: [
    { name: 'uk казахською мовою before a civic noun', source: textsInKazakh, locale: 'uk', translation: 'Тексти казахською мовою уряд опублікував учора.' },
    { name: 'uk етнічних казахських посадовців', source: ethnicOfficials, locale: 'uk', translation: 'Етнічних казахських посадовців звільнили.' },
    { name: 'uk казахські пісні', source: kazakhSongs, locale: 'uk', translation: 'Лунали казахські пісні.' },
    { name: 'uk the civic adjective казахстанська', source: authoritiesBlock, locale: 'uk', translation: 'Казахстанська влада заблокувала інтернет.' },
  ],
  invalid: [
    {
      name: 'uk казахська влада',
      source: authoritiesBlock,
      locale: 'uk',
      translation: 'Казахська влада заблокувала інтернет.',
      errors: [inTranslation(`"Казахська" is wrong here (${civicReason.uk}); use "Казахстанська"`)],
    },
    {
      name: 'uk казахських громадян (genitive)',
      source: citizensEvacuated,
      locale: 'uk',
      translation: 'Посольство евакуювало казахських громадян.',
      errors: [inTranslation('"казахських" is wrong here', 'Посольство евакуювало ')],
    },
    {
      name: 'uk казахські силовики',
      source: forcesDetain,
      locale: 'uk',
      translation: 'Казахські силовики затримали протестувальників.',
      errors: [inTranslation('use "Казахстанські"')],
    },
  ],
};

const kazakh: LanguageCases = {
  lang: 'kk',
  valid: [
    { name: 'kk қазақ тілінде before a civic noun', source: textsInKazakh, locale: 'kk', translation: 'Мәтіндерді қазақ тілінде үкімет жариялады.' },
    { name: 'kk этникалық қазақ шенеуніктері', source: ethnicOfficials, locale: 'kk', translation: 'Этникалық қазақ шенеуніктері қызметтен босатылды.' },
    { name: 'kk Қазақстан азаматтары is the country, not the adjective', source: 'Citizens of Kazakhstan were evacuated.', locale: 'kk', translation: 'Қазақстан азаматтары эвакуацияланды.' },
    { name: 'kk the civic adjective қазақстандық', source: authoritiesBlock, locale: 'kk', translation: 'Қазақстандық билік интернетті бұғаттады.' },
    { name: 'kk қазақ әндері', source: kazakhSongs, locale: 'kk', translation: 'Қазақ әндері шырқалды.' },
  ],
  invalid: [
    {
      name: 'kk қазақ билігі',
      source: authoritiesBlock,
      locale: 'kk',
      translation: 'Қазақ билігі интернетті бұғаттады.',
      errors: [inTranslation(`"Қазақ" is wrong here (${civicReason.kk}); use "Қазақстандық"`)],
    },
    {
      name: 'kk қазақ полициясы',
      source: 'Kazakhstani police detained protesters.',
      locale: 'kk',
      translation: 'Наразыларды қазақ полициясы ұстады.',
      errors: [inTranslation('"қазақ" is wrong here', 'Наразыларды ')],
    },
    {
      name: 'kk қазақ азаматтарын',
      source: citizensEvacuated,
      locale: 'kk',
      translation: 'Елшілік қазақ азаматтарын эвакуациялады.',
      errors: [inTranslation('use "қазақстандық"', 'Елшілік ')],
    },
  ],
};

const german: LanguageCases = {
  lang: 'de',
  valid: [
    { name: 'de kasachische Sprache', source: textsInKazakh, locale: 'de', translation: 'Die Regierung veröffentlichte die Texte in kasachischer Sprache.' },
    { name: 'de ethnische kasachische Soldaten', source: 'Ethnic Kazakh soldiers served in the Soviet army.', locale: 'de', translation: 'Ethnische kasachische Soldaten dienten in der Sowjetarmee.' },
    { name: 'de the civic adjective kasachstanisch', source: authoritiesBlock, locale: 'de', translation: 'Die kasachstanischen Behörden sperrten das Internet.' },
    { name: 'de kasachische Musik', source: 'Kazakh music filled the square.', locale: 'de', translation: 'Kasachische Musik erfüllte den Platz.' },
  ],
  invalid: [
    {
      name: 'de kasachische Behörden',
      source: authoritiesBlock,
      locale: 'de',
      translation: 'Die kasachischen Behörden sperrten das Internet.',
      errors: [inTranslation(`"kasachischen" is wrong here (${civicReason.de}); use "kasachstanischen"`, 'Die ')],
    },
    {
      name: 'de Sicherheitskräfte',
      source: forcesDetain,
      locale: 'de',
      translation: 'Kasachische Sicherheitskräfte nahmen Demonstranten fest.',
      errors: [inTranslation('use "Kasachstanische"')],
    },
    {
      name: 'de Staatsbürger',
      source: citizensEvacuated,
      locale: 'de',
      translation: 'Die Botschaft evakuierte kasachische Staatsbürger.',
      errors: [inTranslation('"kasachische" is wrong here', 'Die Botschaft evakuierte ')],
    },
    {
      name: 'de a civic noun two words on',
      source: 'Kazakhstani state companies cut jobs.',
      locale: 'de',
      translation: 'Kasachische staatliche Unternehmen bauten Stellen ab.',
      errors: [inTranslation('"Kasachische" is wrong here')],
    },
  ],
};

for (const { lang, valid, invalid } of [english, russian, ukrainian, kazakh, german]) {
  describe(lang, () => ruleTests(rule, termSetup, valid, invalid));
}

describe('term/context severity and fix', () => {
  it('is a warning in the source article, with the civic adjective as the fix', () => {
    const [finding] = runCase(rule, termSetup, { name: 'source', source: 'KAZAKH TROOPS ENTERED THE CITY.', errors: [] });
    expect(finding?.severity).to.equal('warning');
    expect(finding?.message).to.include('use "KAZAKHSTANI"');
    expect(finding?.fix?.text).to.equal('KAZAKHSTANI');
  });

  it('is an error in a translation', () => {
    const [finding] = runCase(rule, termSetup, { name: 'translation', source: authoritiesBlock, locale: 'uk', translation: 'Казахська влада заблокувала інтернет.', errors: [] });
    expect(finding?.severity).to.equal('error');
    expect(finding?.file).to.equal('locales/uk/case.json');
  });
});
