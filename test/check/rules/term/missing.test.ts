import { expect } from 'chai';
import rule from '../../../../scripts/check/rules/term/missing.js';
import { ruleTests, runCase } from '../../rule-tester.js';
import { inTranslation, termSetup, type LanguageCases } from './term-cases.js';

// The rule names no place inside the translation: every finding points at the start of its message.

const almatyGathering = 'Protesters gathered in Almaty.';
const tokayevAddress = 'Tokayev addressed the nation.';
const tokayevPossessive = "Tokayev's speech was broadcast live.";
const gasInKazakhstan = 'Gas prices in Kazakhstan doubled.';
const authoritiesBlock = 'Kazakhstani authorities blocked the internet.';
const almatyRegion = 'Almaty Region borders China.';

const english: LanguageCases = {
  lang: 'en',
  valid: [
    { name: 'en a sentence without glossary terms asks for none', source: 'He left the square at noon.', translation: 'Он ушёл с площади в полдень.' },
    { name: 'en a deprecated source spelling still names the city', source: 'Protesters gathered in Alma-Ata.', translation: 'Протестующие собрались в Алматы.' },
    { name: 'en Kazakh before a civic noun asks for the civic adjective', source: 'Kazakh authorities blocked the internet.', translation: 'Казахстанские власти заблокировали интернет.' },
    { name: 'en Kazakh culture keeps the ethnic adjective', source: 'Kazakh songs were played.', translation: 'Звучали казахские песни.' },
    { name: 'en the source spells out the CSTO, the translation abbreviates it', source: 'Tokayev asked the Collective Security Treaty Organization for help.', translation: 'Токаев попросил помощи у ОДКБ.' },
  ],
  invalid: [
    {
      name: 'en Kazakh before a civic noun, translated word for word',
      source: 'Kazakh authorities blocked the internet.',
      translation: 'Казахские власти заблокировали интернет.',
      errors: [inTranslation('the source names kazakhstani ("Kazakh") but the translation has no approved ru term for it; expected "казахстанский" in a suitable form')],
    },
    {
      name: 'en a deprecated source spelling rendered with the deprecated Russian one',
      source: 'Protesters gathered in Alma-Ata.',
      translation: 'Протестующие собрались в Алма-Ате.',
      errors: [inTranslation('the source names almaty ("Alma-Ata")', 'Протестующие собрались в ')],
    },
    {
      name: 'en two concepts of one sentence, both left out',
      source: 'Tokayev flew to Almaty.',
      translation: 'Президент вылетел в южную столицу.',
      errors: [inTranslation('the source names tokayev ("Tokayev")'), inTranslation('the source names almaty ("Almaty")')],
    },
    {
      name: 'en the second sentence of the article',
      source: 'He left the square at noon.',
      translation: 'Он ушёл с площади в полдень.',
      others: [{ source: 'Mukhtar Ablyazov denied the accusations.', translation: 'Беглый банкир отверг обвинения.' }],
      errors: [inTranslation('the source names ablyazov ("Mukhtar Ablyazov") but the translation has no approved ru term for it; expected "Мухтар Аблязов"', '', 1)],
    },
  ],
};

const russian: LanguageCases = {
  lang: 'ru',
  valid: [
    { name: 'ru indeclinable Алматы', source: almatyGathering, translation: 'Протестующие собрались в Алматы.' },
    { name: 'ru Токаеву, dative of the admitted surname', source: 'The protesters appealed to Tokayev.', translation: 'Протестующие обратились к Токаеву.' },
    { name: 'ru в Казахстане (prepositional)', source: gasInKazakhstan, translation: 'Цены на газ в Казахстане выросли вдвое.' },
    { name: 'ru admitted bank name', source: 'Ablyazov chaired BTA Bank.', translation: 'Аблязов возглавлял Банк ТуранАлем.' },
    { name: 'ru Алматинская область, the adjective the glossary note gives', source: almatyRegion, translation: 'Алматинская область граничит с Китаем.' },
    { name: 'ru киевского таксиста, the derived adjective in the genitive', source: 'Police questioned a Kyiv taxi driver.', translation: 'Полиция допросила киевского таксиста.' },
    { name: 'ru Киевским, the derived adjective in the instrumental, capitalised', source: 'The Kyiv court upheld the ruling.', translation: 'Киевским судом решение оставлено в силе.' },
    { name: 'ru одесситы, the demonym', source: 'Odesa residents cleared the snow.', translation: 'Одесситы расчищали снег.' },
  ],
  invalid: [
    {
      // The civic adjective is its own concept (kazakhstani); the country asks for its own name: "экономика Казахстана".
      name: 'ru Kazakhstan\'s economy as казахстанская экономика names another concept',
      source: "Kazakhstan's economy grew.",
      translation: 'Казахстанская экономика выросла.',
      errors: [inTranslation('the source names kazakhstan ("Kazakhstan") but the translation has no approved ru term for it; expected "Казахстан"')],
    },
    {
      name: 'ru Алма-Ате is not an approved rendering',
      source: almatyGathering,
      translation: 'Протестующие собрались в Алма-Ате.',
      errors: [inTranslation('the source names almaty ("Almaty") but the translation has no approved ru term for it; expected "Алматы" in a suitable form', 'Протестующие собрались в ')],
    },
    {
      name: 'ru Алмаз is not Алматы',
      source: almatyGathering,
      translation: 'Протестующие собрались у магазина «Алмаз».',
      errors: [inTranslation('the source names almaty ("Almaty")')],
    },
    {
      name: 'ru the surname left out',
      source: tokayevAddress,
      translation: 'Президент обратился к нации.',
      errors: [inTranslation('the source names tokayev ("Tokayev") but the translation has no approved ru term for it; expected "Касым-Жомарт Токаев"')],
    },
    {
      name: 'ru казахские for Kazakhstani',
      source: authoritiesBlock,
      translation: 'Казахские власти заблокировали интернет.',
      errors: [inTranslation('the source names kazakhstani ("Kazakhstani")')],
    },
    {
      name: 'ru казахстанцев (citizens) is not the country',
      source: gasInKazakhstan,
      translation: 'Для казахстанцев цены на газ выросли вдвое.',
      errors: [inTranslation('the source names kazakhstan ("Kazakhstan") but the translation has no approved ru term for it; expected "Казахстан"')],
    },
  ],
};

const ukrainian: LanguageCases = {
  lang: 'uk',
  valid: [
    { name: 'uk indeclinable Алмати', source: almatyGathering, locale: 'uk', translation: 'Протестувальники зібралися в Алмати.' },
    { name: 'uk Токаєва, genitive of the admitted surname', source: 'The opposition criticises Tokayev.', locale: 'uk', translation: 'Опозиція критикує Токаєва.' },
    { name: 'uk у Казахстані (locative)', source: gasInKazakhstan, locale: 'uk', translation: 'Ціни на газ у Казахстані зросли вдвічі.' },
    { name: 'uk казахстанська влада', source: authoritiesBlock, locale: 'uk', translation: 'Казахстанська влада заблокувала інтернет.' },
    { name: 'uk Алматинська область, the adjective of the city', source: almatyRegion, locale: 'uk', translation: 'Алматинська область межує з Китаєм.' },
    { name: 'uk Київським, the derived adjective in the instrumental', source: 'The Kyiv court upheld the ruling.', locale: 'uk', translation: 'Київським судом рішення залишено в силі.' },
    { name: "uk харків'яни, the demonym with an apostrophe", source: 'Kharkiv residents cleared the snow.', locale: 'uk', translation: "Харків'яни розчищали сніг." },
  ],
  invalid: [
    {
      name: 'uk в Алма-Аті is not an approved rendering',
      source: almatyGathering,
      locale: 'uk',
      translation: 'Протестувальники зібралися в Алма-Аті.',
      errors: [inTranslation('the source names almaty ("Almaty") but the translation has no approved uk term for it; expected "Алмати"', 'Протестувальники зібралися в ')],
    },
    {
      name: 'uk Токаева, the Russian spelling',
      source: 'The opposition criticises Tokayev.',
      locale: 'uk',
      translation: 'Опозиція критикує Токаева.',
      errors: [inTranslation('the source names tokayev ("Tokayev") but the translation has no approved uk term for it; expected "Касим-Жомарт Токаєв"', 'Опозиція критикує ')],
    },
    {
      name: 'uk казахська for Kazakhstani',
      source: authoritiesBlock,
      locale: 'uk',
      translation: 'Казахська влада заблокувала інтернет.',
      errors: [inTranslation('expected "казахстанський" in a suitable form')],
    },
  ],
};

const kazakh: LanguageCases = {
  lang: 'kk',
  valid: [
    { name: 'kk Алматыда (locative suffix)', source: almatyGathering, locale: 'kk', translation: 'Наразылар Алматыда жиналды.' },
    { name: 'kk Тоқаевтың, genitive of the admitted surname', source: tokayevPossessive, locale: 'kk', translation: 'Тоқаевтың үндеуі тікелей эфирде көрсетілді.' },
    { name: 'kk Қазақстанда (locative suffix)', source: gasInKazakhstan, locale: 'kk', translation: 'Қазақстанда газ бағасы екі есе өсті.' },
    { name: 'kk қазақстандық билік', source: authoritiesBlock, locale: 'kk', translation: 'Қазақстандық билік интернетті бұғаттады.' },
  ],
  invalid: [
    {
      name: 'kk Алма-Атада is not an approved rendering',
      source: almatyGathering,
      locale: 'kk',
      translation: 'Наразылар Алма-Атада жиналды.',
      errors: [inTranslation('the source names almaty ("Almaty") but the translation has no approved kk term for it; expected "Алматы"', 'Наразылар ')],
    },
    {
      name: 'kk Токаевтың, the Russian spelling',
      source: tokayevPossessive,
      locale: 'kk',
      translation: 'Токаевтың үндеуі тікелей эфирде көрсетілді.',
      errors: [inTranslation('expected "Қасым-Жомарт Тоқаев"')],
    },
    {
      name: 'kk қазақ for Kazakhstani',
      source: authoritiesBlock,
      locale: 'kk',
      translation: 'Қазақ билігі интернетті бұғаттады.',
      errors: [inTranslation('the source names kazakhstani ("Kazakhstani") but the translation has no approved kk term for it; expected "қазақстандық"')],
    },
  ],
};

const german: LanguageCases = {
  lang: 'de',
  valid: [
    { name: 'de Tokajews, genitive of the admitted surname', source: tokayevPossessive, locale: 'de', translation: 'Die Rede Tokajews wurde live übertragen.' },
    { name: 'de Almaty and Kasachstans', source: "Almaty is Kazakhstan's largest city.", locale: 'de', translation: 'Almaty ist die größte Stadt Kasachstans.' },
    { name: 'de kasachstanische Behörden', source: authoritiesBlock, locale: 'de', translation: 'Die kasachstanischen Behörden sperrten das Internet.' },
    { name: 'de BTA-Bank with a hyphen', source: 'Ablyazov chaired BTA Bank.', locale: 'de', translation: 'Abljasow leitete die BTA-Bank.' },
  ],
  invalid: [
    {
      name: 'de Kiew is not an approved rendering; the finding points at the word',
      source: 'Protesters gathered in Kyiv.',
      locale: 'de',
      translation: 'Demonstranten versammelten sich in Kiew.',
      errors: [inTranslation('the source names kyiv ("Kyiv") but the translation has no approved de term for it; expected "Kyjiw"', 'Demonstranten versammelten sich in ')],
    },
    {
      name: 'de Alma-Ata is not an approved rendering',
      source: almatyGathering,
      locale: 'de',
      translation: 'Demonstranten versammelten sich in Alma-Ata.',
      errors: [inTranslation('the source names almaty ("Almaty") but the translation has no approved de term for it; expected "Almaty"', 'Demonstranten versammelten sich in ')],
    },
    {
      name: 'de kasachische for Kazakhstani',
      source: authoritiesBlock,
      locale: 'de',
      translation: 'Die kasachischen Behörden sperrten das Internet.',
      errors: [inTranslation('expected "kasachstanisch" in a suitable form', 'Die ')],
    },
    {
      name: 'de the agency spelling of the full name',
      source: 'Kassym-Jomart Tokayev declared an emergency.',
      locale: 'de',
      translation: 'Kassym-Schomart Tokajew verhängte den Ausnahmezustand.',
      errors: [inTranslation('the source names tokayev ("Kassym-Jomart Tokayev") but the translation has no approved de term for it; expected "Qassym-Schomart Tokajew"')],
    },
  ],
};

for (const { lang, valid, invalid } of [english, russian, ukrainian, kazakh, german]) {
  describe(lang, () => ruleTests(rule, termSetup, valid, invalid));
}

describe('term/missing severity', () => {
  it('is an error in a translation', () => {
    const [finding] = runCase(rule, termSetup, { name: 'translation', source: tokayevAddress, locale: 'de', translation: 'Der Präsident wandte sich an die Nation.', errors: [] });
    expect(finding?.severity).to.equal('error');
    expect(finding?.file).to.equal('locales/de/case.json');
  });

  it('says nothing about the source article itself', () => {
    expect(runCase(rule, termSetup, { name: 'source only', source: tokayevAddress, errors: [] })).to.deep.equal([]);
  });
});
