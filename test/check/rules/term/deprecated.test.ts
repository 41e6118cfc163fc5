import { expect } from 'chai';
import rule from '../../../../scripts/check/rules/term/deprecated.js';
import { ruleTests, runCase } from '../../rule-tester.js';
import { inSource, inTranslation, termSetup, type LanguageCases } from './term-cases.js';

const almatyGathering = 'Protesters gathered in Almaty on Wednesday.';
const almatyResidents = 'Residents of Almaty were left without power.';
const appealToTokayev = 'Protesters appealed to Kassym-Jomart Tokayev.';
const bankShareholders = 'Shareholders of Bank TuranAlem lost everything.';
const ablyazovDenies = 'Mukhtar Ablyazov denied the accusations.';

const english: LanguageCases = {
  lang: 'en',
  valid: [
    { name: 'en the official name of the city', source: almatyGathering },
    { name: 'en the full name, then the admitted surname', source: 'Kassym-Jomart Tokayev declared an emergency; later Tokayev asked the CSTO for help.' },
    { name: 'en the admitted pre-2008 name of the bank', source: 'Mukhtar Ablyazov chaired Bank TuranAlem before it became BTA Bank.' },
    { name: 'en Kazakhstan and Euromaidan written as agreed', source: 'Kazakhstan is not Ukraine, and this is not a Euromaidan.' },
    { name: 'en Almaty inside a compound adjective', source: 'An Almaty-based Kazakhstani bank lost its licence.' },
  ],
  invalid: [
    {
      name: 'en Soviet-era name of the city',
      source: 'Protesters gathered in Alma-Ata on Wednesday.',
      errors: [inSource('"Alma-Ata" is deprecated (almaty); use "Almaty" — Soviet-era name; write Almaty.', 'Protesters gathered in ')],
    },
    {
      name: 'en Soviet-era name written with a non-breaking hyphen',
      source: 'Protesters gathered in Alma\u2011Ata on Wednesday.',
      errors: [inSource('"Alma\u2011Ata" is deprecated (almaty); use "Almaty"', 'Protesters gathered in ')],
    },
    {
      name: 'en misspelt old city name and the early-1990s country spelling',
      source: 'Crowds in Alma Ata chanted against the government of Kazakstan.',
      errors: [
        inSource('"Alma Ata" is deprecated (almaty); use "Almaty" — Soviet-era name, misspelt', 'Crowds in '),
        inSource('"Kazakstan" is deprecated (kazakhstan); use "Kazakhstan"', 'Crowds in Alma Ata chanted against the government of '),
      ],
    },
    {
      name: 'en first name transliterated from Russian',
      source: 'Kassym-Zhomart Tokayev addressed the nation.',
      errors: [inSource('"Kassym-Zhomart Tokayev" is deprecated (tokayev); use "Kassym-Jomart Tokayev"')],
    },
    {
      name: 'en hyphenated Euromaidan in the second paragraph',
      source: 'He left the square at noon.',
      others: [{ source: 'He compared the protests to the Euro-Maidan in Kyiv.' }],
      errors: [inSource('"Euro-Maidan" is deprecated (euromaidan); use "Euromaidan" — Written as one word.', 'He compared the protests to the ', 1)],
    },
    {
      name: 'en bank name split into three words',
      source: 'Bank Turan Alem was renamed BTA Bank.',
      errors: [inSource('"Bank Turan Alem" is deprecated (bta-bank); use "BTA Bank"')],
    },
  ],
};

const russian: LanguageCases = {
  lang: 'ru',
  valid: [
    { name: 'ru indeclinable Алматы after a preposition', source: almatyGathering, translation: 'В среду протестующие собрались в Алматы.' },
    { name: 'ru the region adjective Алматинская is not the old name', source: 'Almaty Region borders China.', translation: 'Алматинская область граничит с Китаем.' },
    { name: 'ru Алмаз only begins like Алма-Ата', source: 'The Almaz jewellery store in Almaty was looted.', translation: 'Ювелирный магазин «Алмаз» в Алматы разграбили.' },
    { name: 'ru full name of the president in the dative', source: appealToTokayev, translation: 'Протестующие обратились к Касым-Жомарту Токаеву.' },
    { name: 'ru admitted bank name in the genitive', source: bankShareholders, translation: 'Акционеры Банка ТуранАлем потеряли всё.' },
    { name: 'ru the adjective of the preferred name', source: 'A Kyiv taxi driver was fined.', translation: 'Киевского таксиста оштрафовали.' },
  ],
  invalid: [
    {
      name: 'ru the adjective of the Soviet-era name, answered with the preferred adjective in the same case',
      source: 'Flights from Almaty airport were cancelled.',
      translation: 'Рейсы из алма-атинского аэропорта отменили.',
      errors: [inTranslation('"алма-атинского" is deprecated (almaty); use "алматинского" — Прилагательное от советского названия', 'Рейсы из ')],
    },
    {
      name: 'ru the demonym of the Soviet-era name',
      source: 'Almaty residents queued for fuel.',
      translation: 'Алма-атинцы стояли в очередях за топливом.',
      errors: [inTranslation('"Алма-атинцы" is deprecated (almaty); use "Алматинцы"')],
    },
    {
      name: 'ru в Алма-Ате (prepositional)',
      source: almatyGathering,
      translation: 'В среду протестующие собрались в Алма-Ате.',
      errors: [inTranslation('"Алма-Ате" is deprecated (almaty); use "Алматы" — Советское название; пишите «Алматы»', 'В среду протестующие собрались в ')],
    },
    {
      name: 'ru Алма-Аты (genitive)',
      source: almatyResidents,
      translation: 'Жители Алма-Аты остались без света.',
      errors: [inTranslation('"Алма-Аты" is deprecated (almaty); use "Алматы"', 'Жители ')],
    },
    {
      name: 'ru Алма Атой without the hyphen (instrumental)',
      source: 'Flights over Almaty were suspended.',
      translation: 'Полёты над Алма Атой приостановлены.',
      errors: [inTranslation('"Алма Атой" is deprecated (almaty); use "Алматы"', 'Полёты над ')],
    },
    {
      name: 'ru bank name in three words, genitive',
      source: bankShareholders,
      translation: 'Акционеры Банка Туран Алем потеряли всё.',
      errors: [inTranslation('"Банка Туран Алем" is deprecated (bta-bank); use "БТА Банк"', 'Акционеры ')],
    },
    {
      name: 'ru old city name in the second entry',
      source: 'He left the square at noon.',
      translation: 'Он ушёл с площади в полдень.',
      others: [{ source: almatyGathering, translation: 'В среду в Алма-Ате собрались протестующие.' }],
      errors: [inTranslation('"Алма-Ате" is deprecated (almaty)', 'В среду в ', 1)],
    },
  ],
};

const ukrainian: LanguageCases = {
  lang: 'uk',
  valid: [
    { name: 'uk indeclinable Алмати after a preposition', source: almatyGathering, locale: 'uk', translation: 'У середу протестувальники зібралися в Алмати.' },
    { name: 'uk Токаєва, genitive of the admitted surname', source: 'The opposition criticises Tokayev.', locale: 'uk', translation: 'Опозиція критикує Токаєва.' },
    { name: 'uk full name in the genitive', source: appealToTokayev, locale: 'uk', translation: 'Протестувальники звернулися до Касима-Жомарта Токаєва.' },
    { name: 'uk admitted bank name', source: bankShareholders, locale: 'uk', translation: "Акціонери Банку ТуранАлем втратили все, пам'ятають юристи." },
    { name: 'uk the adjective of Київ in the instrumental', source: 'The Kyiv court ruled on Monday.', locale: 'uk', translation: 'Київським судом ухвалено рішення в понеділок.' },
  ],
  invalid: [
    {
      name: 'uk the calqued demonym, answered with the preferred one in the same form',
      source: 'Kyiv residents queued for water.',
      locale: 'uk',
      translation: 'Київляни стояли в черзі по воду.',
      errors: [inTranslation('"Київляни" is deprecated (kyiv); use "Кияни" — Калька з російської')],
    },
    {
      name: 'uk the Russian spelling of the Odesa adjective',
      source: 'The Odesa port reopened.',
      locale: 'uk',
      translation: 'Одесский порт відновив роботу.',
      errors: [inTranslation('"Одесский" is deprecated (odesa); use "одеський"')],
    },
    {
      name: 'uk в Алма-Аті (locative)',
      source: almatyGathering,
      locale: 'uk',
      translation: 'У середу протестувальники зібралися в Алма-Аті.',
      errors: [inTranslation('"Алма-Аті" is deprecated (almaty); use "Алмати" — Радянська назва', 'У середу протестувальники зібралися в ')],
    },
    {
      name: 'uk Russian spelling of the surname, genitive',
      source: 'The opposition criticises Tokayev.',
      locale: 'uk',
      translation: 'Опозиція критикує Токаева.',
      errors: [inTranslation('"Токаева" is deprecated (tokayev); use "Касим-Жомарт Токаєв" — Російське написання; українською — Токаєв.', 'Опозиція критикує ')],
    },
    {
      name: 'uk Russian spelling of the full name, genitive',
      source: appealToTokayev,
      locale: 'uk',
      translation: 'Протестувальники звернулися до Касима-Жомарта Токаева.',
      errors: [inTranslation('"Касима-Жомарта Токаева" is deprecated (tokayev); use "Касим-Жомарт Токаєв"', 'Протестувальники звернулися до ')],
    },
    {
      name: 'uk Алма-Ати (genitive)',
      source: almatyResidents,
      locale: 'uk',
      translation: 'Мешканці Алма-Ати залишилися без світла.',
      errors: [inTranslation('"Алма-Ати" is deprecated (almaty)', 'Мешканці ')],
    },
  ],
};

const kazakh: LanguageCases = {
  lang: 'kk',
  valid: [
    { name: 'kk Алматыда (locative suffix)', source: almatyGathering, locale: 'kk', translation: 'Сәрсенбі күні наразылар Алматыда жиналды.' },
    { name: 'kk Тоқаевтың, genitive of the admitted surname', source: "Tokayev's address was broadcast live.", locale: 'kk', translation: 'Тоқаевтың үндеуі тікелей эфирде көрсетілді.' },
    { name: 'kk full name with the dative suffix', source: appealToTokayev, locale: 'kk', translation: 'Наразылар Қасым-Жомарт Тоқаевқа жүгінді.' },
    { name: 'kk Мұхтар Әблязов as the glossary writes it', source: ablyazovDenies, locale: 'kk', translation: 'Мұхтар Әблязов айыптауларды жоққа шығарды.' },
  ],
  invalid: [
    {
      name: 'kk Алма-Атада (locative suffix)',
      source: almatyGathering,
      locale: 'kk',
      translation: 'Сәрсенбі күні наразылар Алма-Атада жиналды.',
      errors: [inTranslation('"Алма-Атада" is deprecated (almaty); use "Алматы" — Кеңестік атау', 'Сәрсенбі күні наразылар ')],
    },
    {
      name: 'kk Russian spelling Токаевтың',
      source: "Tokayev's address was broadcast live.",
      locale: 'kk',
      translation: 'Токаевтың үндеуі тікелей эфирде көрсетілді.',
      errors: [inTranslation('"Токаевтың" is deprecated (tokayev); use "Қасым-Жомарт Тоқаев" — Орысша жазылуы')],
    },
    {
      name: 'kk Russian spelling of the surname Аблязов',
      source: ablyazovDenies,
      locale: 'kk',
      translation: 'Мұхтар Аблязов айыптауларды жоққа шығарды.',
      errors: [inTranslation('"Мұхтар Аблязов" is deprecated (ablyazov); use "Мұхтар Әблязов"')],
    },
    {
      name: 'kk fully Russian spelling Мухтар Аблязовтың',
      source: "Ablyazov's lawyers appealed.",
      locale: 'kk',
      translation: 'Сот Мухтар Аблязовтың адвокаттарын тыңдады.',
      errors: [inTranslation('"Мухтар Аблязовтың" is deprecated (ablyazov)', 'Сот ')],
    },
  ],
};

const german: LanguageCases = {
  lang: 'de',
  valid: [
    { name: 'de Tokajews, genitive of the admitted surname', source: "Tokayev's speech was broadcast live.", locale: 'de', translation: 'Die Rede Tokajews wurde live übertragen.' },
    { name: 'de Almaty and Kasachstans', source: "Almaty is Kazakhstan's largest city.", locale: 'de', translation: 'Almaty ist die größte Stadt Kasachstans.' },
    { name: 'de full name as the Foreign Office writes it', source: 'Kassym-Jomart Tokayev declared an emergency.', locale: 'de', translation: 'Qassym-Schomart Tokajew verhängte den Ausnahmezustand.' },
    { name: 'de Muchtar Abljasow', source: ablyazovDenies, locale: 'de', translation: 'Muchtar Abljasow wies die Vorwürfe zurück.' },
    { name: 'de Kyjiw and the Kyjiwer Metro', source: 'The Kyiv metro carried fewer people in Kyiv.', locale: 'de', translation: 'Die Kyjiwer Metro beförderte in Kyjiw weniger Menschen.' },
  ],
  invalid: [
    {
      name: 'de Kiew and the Kiewer Metro, each with its own replacement',
      source: 'The Kyiv metro carried fewer people in Kyiv.',
      locale: 'de',
      translation: 'Die Kiewer Metro beförderte in Kiew weniger Menschen.',
      errors: [
        inTranslation('"Kiewer" is deprecated (kyiv); use "Kyjiwer" — Wir schreiben „Kyjiwer“.', 'Die '),
        inTranslation('"Kiew" is deprecated (kyiv); use "Kyjiw"', 'Die Kiewer Metro beförderte in '),
      ],
    },
    {
      name: 'de Alma-Ata',
      source: almatyGathering,
      locale: 'de',
      translation: 'Am Mittwoch versammelten sich Demonstranten in Alma-Ata.',
      errors: [inTranslation('"Alma-Ata" is deprecated (almaty); use "Almaty" — Sowjetischer Name; heute Almaty.', 'Am Mittwoch versammelten sich Demonstranten in ')],
    },
    {
      name: 'de Alma-Atas (genitive)',
      source: almatyResidents,
      locale: 'de',
      translation: 'Die Bewohner Alma-Atas waren ohne Strom.',
      errors: [inTranslation('"Alma-Atas" is deprecated (almaty); use "Almaty"', 'Die Bewohner ')],
    },
    {
      name: 'de agency spelling of the full name',
      source: 'Kassym-Jomart Tokayev declared an emergency.',
      locale: 'de',
      translation: 'Kassym-Schomart Tokajew verhängte den Ausnahmezustand.',
      errors: [inTranslation('"Kassym-Schomart Tokajew" is deprecated (tokayev); use "Qassym-Schomart Tokajew" — Agenturschreibweise')],
    },
    {
      name: 'de English transliteration of Ablyazov',
      source: ablyazovDenies,
      locale: 'de',
      translation: 'Mukhtar Ablyazov wies die Vorwürfe zurück.',
      errors: [inTranslation('"Mukhtar Ablyazov" is deprecated (ablyazov); use "Muchtar Abljasow"')],
    },
    {
      name: 'de Kazakh transliteration of the full name, genitive',
      source: "Tokayev's speech was broadcast live.",
      locale: 'de',
      translation: 'Qassym-Schomart Toqajews Rede wurde live übertragen.',
      errors: [inTranslation('"Qassym-Schomart Toqajews" is deprecated (tokayev); use "Qassym-Schomart Tokajew"')],
    },
  ],
};

for (const { lang, valid, invalid } of [english, russian, ukrainian, kazakh, german]) {
  describe(lang, () => ruleTests(rule, termSetup, valid, invalid));
}

describe('term/deprecated severity', () => {
  it('is a warning in the source article', () => {
    const [finding] = runCase(rule, termSetup, { name: 'source', source: 'Protesters gathered in Alma-Ata.', errors: [] });
    expect(finding?.severity).to.equal('warning');
    expect(finding?.file).to.equal('source/case.md');
  });

  it('is an error in a translation', () => {
    const [finding] = runCase(rule, termSetup, { name: 'translation', source: almatyResidents, translation: 'Жители Алма-Аты остались без света.', errors: [] });
    expect(finding?.severity).to.equal('error');
    expect(finding?.file).to.equal('locales/ru/case.json');
  });
});
