import { expect } from 'chai';
import rule from '../../../../scripts/check/rules/term/inconsistent.js';
import { ruleTests, runCase } from '../../rule-tester.js';
import { inTranslation, termSetup, type LanguageCases } from './term-cases.js';

// The rule compares the renderings of one source term (as written, ignoring
// letter case) across the translations of a locale, so most cases have several
// source sentences: the case's own and its `others`, each with a translation.

const bankSources = ['BTA Bank lost its licence.', 'BTA Bank was nationalised.', 'BTA Bank was restructured twice.'] as const;
const cstoSources = ['Tokayev asked the CSTO for help.', 'The CSTO sent troops.', 'The CSTO mission ended in January.'] as const;
const fullNameSources = ['Kassym-Jomart Tokayev addressed the nation.', 'Kassym-Jomart Tokayev declared an emergency.', 'Kassym-Jomart Tokayev dismissed the government.'] as const;
const surnameSources = ['Tokayev addressed the nation.', 'Protesters appealed to Tokayev.', 'The opposition criticised Tokayev.'] as const;
const ablyazovSources = ['Ablyazov denied the accusations.', "Ablyazov's lawyers appealed.", 'The court heard Ablyazov.'] as const;

const english: LanguageCases = {
  lang: 'en',
  valid: [
    {
      name: 'en a concept the source does not name is not counted',
      source: 'The bank was nationalised.',
      translation: 'Банк ТуранАлем национализировали.',
      others: [{ source: bankSources[2], translation: 'БТА Банк дважды реструктурировали.' }],
    },
    {
      name: 'en the source gives the full name first and the surname after, and so does the translation',
      source: fullNameSources[0],
      translation: 'Касым-Жомарт Токаев обратился к нации.',
      others: [{ source: 'Tokayev promised reforms.', translation: 'Токаев пообещал реформы.' }],
    },
    {
      name: 'en the source spells out the CSTO with its abbreviation, and so does the translation',
      source: 'Tokayev asked the Collective Security Treaty Organization (CSTO) for help.',
      translation: 'Токаев попросил помощи у Организации Договора о коллективной безопасности (ОДКБ).',
      others: [{ source: cstoSources[1], translation: 'ОДКБ направила войска.' }],
    },
    {
      name: 'en Kazakh before a civic noun and Kazakhstani are one concept with one Russian term',
      source: 'Kazakh authorities blocked the internet.',
      translation: 'Казахстанские власти заблокировали интернет.',
      others: [{ source: 'Kazakhstani banks froze the accounts.', translation: 'Казахстанские банки заморозили счета.' }],
    },
  ],
  invalid: [
    {
      name: 'en the message quotes the source term as the article writes it',
      source: bankSources[0],
      translation: 'БТА Банк лишился лицензии.',
      others: [
        { source: bankSources[1], translation: 'БТА Банк национализировали.' },
        { source: bankSources[2], translation: 'Банк ТуранАлем дважды реструктурировали.' },
      ],
      errors: [inTranslation('"BTA Bank" (bta-bank) is rendered "Банк ТуранАлем" here', '', 2)],
    },
    {
      name: 'en source terms that differ only in letter case are one source term',
      source: bankSources[0],
      translation: 'БТА Банк лишился лицензии.',
      others: [
        { source: 'Shares of the BTA bank fell.', translation: 'Акции БТА Банка упали.' },
        { source: bankSources[2], translation: 'Банк ТуранАлем дважды реструктурировали.' },
      ],
      errors: [inTranslation('(bta-bank) is rendered "Банк ТуранАлем" here but "БТА Банк" in 2 other place(s) of the ru translations; use one term throughout', '', 2)],
    },
    {
      name: 'en one sentence naming the bank twice',
      source: 'Ablyazov chaired BTA Bank until BTA Bank was nationalised.',
      translation: 'Аблязов возглавлял БТА Банк, пока Банк ТуранАлем не национализировали.',
      others: [{ source: bankSources[0], translation: 'БТА Банк лишился лицензии.' }],
      errors: [inTranslation('(bta-bank) is rendered "Банк ТуранАлем" here but "БТА Банк" in 2 other place(s)', 'Аблязов возглавлял БТА Банк, пока ')],
    },
    {
      name: 'en two minority renderings are both reported',
      source: bankSources[0],
      translation: 'Банк ТуранАлем лишился лицензии.',
      others: [
        { source: bankSources[1], translation: 'БТА Банк национализировали.' },
        { source: bankSources[2], translation: 'Банк ТуранАлем дважды реструктурировали.' },
        { source: 'BTA Bank sued Ablyazov in London.', translation: 'БТА Банк подал иск против Аблязова в Лондоне.' },
        { source: 'BTA Bank won the case.', translation: 'БТА Банк выиграл дело.' },
      ],
      errors: [
        inTranslation('(bta-bank) is rendered "Банк ТуранАлем" here but "БТА Банк" in 3 other place(s)'),
        inTranslation('(bta-bank) is rendered "Банк ТуранАлем" here but "БТА Банк" in 3 other place(s)', '', 2),
      ],
    },
  ],
};

const russian: LanguageCases = {
  lang: 'ru',
  valid: [
    {
      name: 'ru the name and its derived adjective render one source term alike',
      source: 'Kyiv has a new mayor.',
      translation: 'У Киева новый мэр.',
      others: [{ source: 'A Kyiv taxi driver was fined.', translation: 'Киевского таксиста оштрафовали.' }],
    },
    {
      name: 'ru inflected forms of one term',
      source: surnameSources[0],
      translation: 'Токаев обратился к нации.',
      others: [
        { source: surnameSources[1], translation: 'Протестующие обратились к Токаеву.' },
        { source: surnameSources[2], translation: 'Оппозиция раскритиковала Токаева.' },
      ],
    },
    {
      name: 'ru a deprecated rendering is left to term/deprecated',
      source: bankSources[0],
      translation: 'БТА Банк лишился лицензии.',
      others: [{ source: bankSources[1], translation: 'Банк Туран Алем национализировали.' }],
    },
    {
      name: 'ru different concepts, one term each',
      source: 'Ablyazov chaired BTA Bank.',
      translation: 'Аблязов возглавлял БТА Банк.',
      others: [{ source: surnameSources[0], translation: 'Токаев обратился к нации.' }],
    },
  ],
  invalid: [
    {
      name: 'ru BTA Bank rendered with the old name once',
      source: bankSources[0],
      translation: 'БТА Банк лишился лицензии.',
      others: [
        { source: bankSources[1], translation: 'БТА Банк национализировали.' },
        { source: bankSources[2], translation: 'Банк ТуранАлем дважды реструктурировали.' },
      ],
      errors: [inTranslation('(bta-bank) is rendered "Банк ТуранАлем" here but "БТА Банк" in 2 other place(s) of the ru translations', '', 2)],
    },
    {
      name: 'ru the CSTO spelt out once, abbreviated twice',
      source: cstoSources[0],
      translation: 'Токаев попросил помощи у Организации Договора о коллективной безопасности.',
      others: [
        { source: cstoSources[1], translation: 'ОДКБ направила войска.' },
        { source: cstoSources[2], translation: 'Миссия ОДКБ завершилась в январе.' },
      ],
      errors: [inTranslation('(csto) is rendered "Организация Договора о коллективной безопасности" here but "ОДКБ" in 2 other place(s)', 'Токаев попросил помощи у ')],
    },
    {
      name: 'ru the surname given as the full name once',
      source: ablyazovSources[0],
      translation: 'Аблязов отверг обвинения.',
      others: [
        { source: ablyazovSources[1], translation: 'Адвокаты Аблязова подали апелляцию.' },
        { source: ablyazovSources[2], translation: 'Суд заслушал Мухтара Аблязова.' },
      ],
      errors: [inTranslation('(ablyazov) is rendered "Мухтар Аблязов" here but "Аблязов" in 2 other place(s)', 'Суд заслушал ', 2)],
    },
  ],
};

const ukrainian: LanguageCases = {
  lang: 'uk',
  valid: [
    {
      name: 'uk inflected forms of one term',
      source: surnameSources[0],
      locale: 'uk',
      translation: 'Токаєв звернувся до нації.',
      others: [
        { source: surnameSources[1], translation: 'Протестувальники звернулися до Токаєва.' },
        { source: surnameSources[2], translation: 'Опозиція розкритикувала Токаєва.' },
      ],
    },
    {
      name: 'uk a deprecated rendering is left to term/deprecated',
      source: surnameSources[0],
      locale: 'uk',
      translation: 'Токаєв звернувся до нації.',
      others: [{ source: surnameSources[1], translation: 'Протестувальники звернулися до Токаева.' }],
    },
    {
      name: 'uk one mention only',
      source: 'The tenge fell against the dollar.',
      locale: 'uk',
      translation: 'Теньге впав щодо долара.',
    },
  ],
  invalid: [
    {
      name: 'uk теньге twice, тенге once',
      source: 'The tenge fell against the dollar.',
      locale: 'uk',
      translation: 'Теньге впав щодо долара.',
      others: [
        { source: 'The tenge lost a fifth of its value.', translation: "Теньге втратив п'яту частину вартості." },
        { source: 'Exporters welcome a weaker tenge.', translation: 'Експортери вітають слабший тенге.' },
      ],
      errors: [inTranslation('(tenge) is rendered "тенге" here but "теньге" in 2 other place(s) of the uk translations', 'Експортери вітають слабший ', 2)],
    },
    {
      name: 'uk BTA Bank rendered with the old name once',
      source: bankSources[0],
      locale: 'uk',
      translation: 'Банк ТуранАлем втратив ліцензію.',
      others: [
        { source: bankSources[1], translation: 'БТА Банк націоналізували.' },
        { source: bankSources[2], translation: 'БТА Банку двічі провели реструктуризацію.' },
      ],
      errors: [inTranslation('(bta-bank) is rendered "Банк ТуранАлем" here but "БТА Банк" in 2 other place(s)')],
    },
    {
      name: 'uk the full name shortened once',
      source: fullNameSources[0],
      locale: 'uk',
      translation: 'Касим-Жомарт Токаєв звернувся до нації.',
      others: [
        { source: fullNameSources[1], translation: 'Касим-Жомарт Токаєв запровадив надзвичайний стан.' },
        { source: fullNameSources[2], translation: 'Токаєв відправив уряд у відставку.' },
      ],
      errors: [inTranslation('(tokayev) is rendered "Токаєв" here but "Касим-Жомарт Токаєв" in 2 other place(s)', '', 2)],
    },
  ],
};

const kazakh: LanguageCases = {
  lang: 'kk',
  valid: [
    {
      name: 'kk inflected forms of one term',
      source: surnameSources[0],
      locale: 'kk',
      translation: 'Тоқаев халыққа үндеу жасады.',
      others: [
        { source: surnameSources[1], translation: 'Наразылар Тоқаевқа жүгінді.' },
        { source: surnameSources[2], translation: 'Оппозиция Тоқаевты сынады.' },
      ],
    },
    {
      name: 'kk a deprecated rendering is left to term/deprecated',
      source: surnameSources[0],
      locale: 'kk',
      translation: 'Тоқаев халыққа үндеу жасады.',
      others: [{ source: surnameSources[1], translation: 'Наразылар Токаевқа жүгінді.' }],
    },
    {
      name: 'kk different concepts, one term each',
      source: 'Ablyazov chaired BTA Bank.',
      locale: 'kk',
      translation: 'Әблязов БТА Банкті басқарды.',
      others: [{ source: surnameSources[0], translation: 'Тоқаев халыққа үндеу жасады.' }],
    },
  ],
  invalid: [
    {
      name: 'kk the full name shortened once',
      source: fullNameSources[0],
      locale: 'kk',
      translation: 'Қасым-Жомарт Тоқаев халыққа үндеу жасады.',
      others: [
        { source: fullNameSources[1], translation: 'Тоқаев төтенше жағдай енгізді.' },
        { source: fullNameSources[2], translation: 'Қасым-Жомарт Тоқаевтың жарлығымен үкімет отставкаға кетті.' },
      ],
      errors: [inTranslation('(tokayev) is rendered "Тоқаев" here but "Қасым-Жомарт Тоқаев" in 2 other place(s) of the kk translations', '', 1)],
    },
    {
      name: 'kk the CSTO spelt out once, abbreviated twice',
      source: cstoSources[0],
      locale: 'kk',
      translation: 'Тоқаев ҰҚШҰ-ға жүгінді.',
      others: [
        { source: cstoSources[1], translation: 'Ұжымдық қауіпсіздік туралы шарт ұйымы әскер жіберді.' },
        { source: cstoSources[2], translation: 'ҰҚШҰ миссиясы қаңтарда аяқталды.' },
      ],
      errors: [inTranslation('(csto) is rendered "Ұжымдық қауіпсіздік туралы шарт ұйымы" here but "ҰҚШҰ" in 2 other place(s)', '', 1)],
    },
    {
      name: 'kk the surname given as the full name once',
      source: ablyazovSources[0],
      locale: 'kk',
      translation: 'Әблязов айыптауларды жоққа шығарды.',
      others: [
        { source: ablyazovSources[1], translation: 'Әблязовтың адвокаттары шағым берді.' },
        { source: ablyazovSources[2], translation: 'Сот Мұхтар Әблязовты тыңдады.' },
      ],
      errors: [inTranslation('(ablyazov) is rendered "Мұхтар Әблязов" here but "Әблязов" in 2 other place(s)', 'Сот ', 2)],
    },
  ],
};

const german: LanguageCases = {
  lang: 'de',
  valid: [
    {
      name: 'de inflected forms of one term',
      source: surnameSources[0],
      locale: 'de',
      translation: 'Tokajew wandte sich an die Nation.',
      others: [
        { source: "Tokayev's speech was broadcast live.", translation: 'Die Rede Tokajews wurde live übertragen.' },
        { source: surnameSources[2], translation: 'Die Opposition kritisierte Tokajew.' },
      ],
    },
    {
      name: 'de a deprecated rendering is left to term/deprecated',
      source: fullNameSources[0],
      locale: 'de',
      translation: 'Qassym-Schomart Tokajew wandte sich an die Nation.',
      others: [{ source: fullNameSources[1], translation: 'Kassym-Schomart Tokajew verhängte den Ausnahmezustand.' }],
    },
    {
      name: 'de BTA Bank with and without a hyphen is one term',
      source: bankSources[0],
      locale: 'de',
      translation: 'Die BTA Bank verlor ihre Lizenz.',
      others: [{ source: bankSources[1], translation: 'Die BTA-Bank wurde verstaatlicht.' }],
    },
  ],
  invalid: [
    {
      name: 'de BTA Bank rendered with the old name once',
      source: bankSources[0],
      locale: 'de',
      translation: 'Die BTA Bank verlor ihre Lizenz.',
      others: [
        { source: bankSources[1], translation: 'Die BTA-Bank wurde verstaatlicht.' },
        { source: bankSources[2], translation: 'Die Bank TuranAlem wurde zweimal umgeschuldet.' },
      ],
      errors: [inTranslation('(bta-bank) is rendered "Bank TuranAlem" here but "BTA Bank" in 2 other place(s) of the de translations', 'Die ', 2)],
    },
    {
      name: 'de the CSTO spelt out once, abbreviated twice',
      source: cstoSources[0],
      locale: 'de',
      translation: 'Tokajew bat die OVKS um Hilfe.',
      others: [
        { source: cstoSources[1], translation: 'Die OVKS entsandte Truppen.' },
        { source: cstoSources[2], translation: 'Die Mission der Organisation des Vertrags über kollektive Sicherheit endete im Januar.' },
      ],
      errors: [inTranslation('(csto) is rendered "Organisation des Vertrags über kollektive Sicherheit" here but "OVKS" in 2 other place(s)', 'Die Mission der ', 2)],
    },
    {
      name: 'de the full name shortened once',
      source: 'Mukhtar Ablyazov denied the accusations.',
      locale: 'de',
      translation: 'Muchtar Abljasow wies die Vorwürfe zurück.',
      others: [
        { source: 'Mukhtar Ablyazov fled to France.', translation: 'Abljasow floh nach Frankreich.' },
        { source: 'The court heard Mukhtar Ablyazov.', translation: 'Das Gericht hörte Muchtar Abljasows Anwälte an.' },
      ],
      errors: [inTranslation('(ablyazov) is rendered "Abljasow" here but "Muchtar Abljasow" in 2 other place(s)', '', 1)],
    },
  ],
};

for (const { lang, valid, invalid } of [english, russian, ukrainian, kazakh, german]) {
  describe(lang, () => ruleTests(rule, termSetup, valid, invalid));
}

describe('term/inconsistent severity', () => {
  it('is a warning, as its meta says', () => {
    const [finding] = runCase(rule, termSetup, {
      name: 'three bank mentions',
      source: bankSources[0],
      locale: 'de',
      translation: 'Die BTA Bank verlor ihre Lizenz.',
      others: [
        { source: bankSources[1], translation: 'Die BTA Bank wurde verstaatlicht.' },
        { source: bankSources[2], translation: 'Die Bank TuranAlem wurde zweimal umgeschuldet.' },
      ],
      errors: [],
    });
    expect(finding?.severity).to.equal('warning');
    expect(finding?.file).to.equal('locales/de/case.json');
  });
});
