import { expect } from 'chai';
import { createValueFormatter, policyForLocale, protectText, type MoneyPolicy } from '../../scripts/money/index.js';
import { fixtureDay, fixtureRates } from './fixture-rates.js';

/**
 * Amounts as readers of each locale expect them, on sentences written for the
 * purpose. Expected strings are CLDR's forms written out by hand; ICU puts
 * U+00A0 between figure and symbol and in Russian and Ukrainian grouping.
 */
const nbsp = '\u00A0';
const day = fixtureDay;
const rates = fixtureRates;

function rendered(sentence: string, locale: string, overrides?: MoneyPolicy) {
  const { spans, message } = protectText(sentence, { lang: 'en', articleDate: day });
  const formatter = createValueFormatter({ locale, policy: policyForLocale(locale, overrides), rates, articleDate: day });
  return { message, values: formatter.values(spans) };
}

const s = (text: string) => text.replaceAll(' ', nbsp);

describe('money for the reader (issue examples)', () => {
  describe('one amount with several stated equivalents is one placeholder', () => {
    const sentence = 'Gazprom paid 260.75bn roubles ($9.37bn: £4.8bn) in tax.';
    it('has one placeholder', () => {
      expect(rendered(sentence, 'ru').message).to.equal('Gazprom paid {m1} in tax.');
    });
    const expected: Record<string, string> = {
      // English: no conversion unless configured; the stated equivalents stay.
      en: `RUB${nbsp}260.75B (USD${nbsp}9.37B or GBP${nbsp}4.8B)`,
      // Already the reader's currency: nothing computed.
      ru: `${s('260,75 млрд ₽')} (${s('9,37 млрд $')} или ${s('4,8 млрд £')})`,
      // 260.75bn / 3.4 = 76.69bn UAH.
      uk: `${s('260,75 млрд ₽')} (${s('9,37 млрд $')}, ${s('4,8 млрд £')} або ≈${s('76,7 млрд ₴')})`,
      // 260.75bn / 0.205 = 1,271.95bn KZT.
      kk: `${s('260,75 млрд ₽')} (${s('9,37 млрд $')}, ${s('4,8 млрд £')}, не болмаса ≈${s('1,27 трлн ₸')})`,
      // 260.75bn / 36.5 = 7.144bn EUR.
      de: `${s('260,75 Mrd. ₽')} (${s('9,37 Mrd. $')}, ${s('4,8 Mrd. £')} oder ≈${s('7,14 Mrd. €')})`,
    };
    for (const [locale, value] of Object.entries(expected)) {
      it(locale, () => {
        expect(rendered(sentence, locale).values).to.deep.equal({ m1: value });
      });
    }

    it('reads a slash, "or" and "about" the same way', () => {
      expect(rendered('It cost 260.75bn roubles ($9.37bn / £4.8bn).', 'ru').values['m1']).to.equal(
        `${s('260,75 млрд ₽')} (${s('9,37 млрд $')} или ${s('4,8 млрд £')})`,
      );
      expect(rendered('It cost 260.75bn roubles ($9.37bn, or about £4.8bn).', 'ru').values['m1']).to.equal(
        `${s('260,75 млрд ₽')} (${s('9,37 млрд $')} или ≈${s('4,8 млрд £')})`,
      );
      expect(rendered('It cost 260.75bn roubles ($9.37bn or £4.8bn).', 'de').values['m1']).to.equal(
        `${s('260,75 Mrd. ₽')} (${s('9,37 Mrd. $')}, ${s('4,8 Mrd. £')} oder ≈${s('7,14 Mrd. €')})`,
      );
    });
  });

  describe("the reader's own currency", () => {
    it('gives Ukrainian readers hryvnias alone, Russian readers a ruble equivalent', () => {
      // 3,400 UAH × 3.4 = 11,560 RUB.
      const sentence = 'A month of heating costs 3,400 hryvnias.';
      expect(rendered(sentence, 'uk').values).to.deep.equal({ m1: s('3 400 ₴') });
      expect(rendered(sentence, 'ru').values).to.deep.equal({ m1: `${s('3 400 ₴')} (≈${s('11 560 ₽')})` });
    });

    it('gives English readers no conversion, and one when configured', () => {
      // 34tn × 27.83 = 946.22tn RUB.
      const sentence = 'The national debt passed $34tn.';
      expect(rendered(sentence, 'en').values).to.deep.equal({ m1: `USD${nbsp}34T` });
      expect(rendered(sentence, 'en', { en: { mode: 'both', target: 'RUB', equivalentDisplay: 'name' } }).values).to.deep.equal({
        m1: `USD${nbsp}34T (≈946 trillion Russian rubles)`,
      });
    });

    it('groups converted figures beyond the largest scale word', () => {
      // 110tn × 27.83 = 3,061.3tn RUB, three significant digits: 3,060.
      const sentence = 'World output is about $110tn.';
      expect(rendered(sentence, 'en', { en: { mode: 'both', target: 'RUB', equivalentDisplay: 'name' } }).values['m1']).to.equal(
        `USD${nbsp}110T (≈3,060 trillion Russian rubles)`,
      );
      expect(rendered(sentence, 'ru').values['m1']).to.equal(`${s('110 трлн $')} (≈${s('3 060 трлн ₽')})`);
    });

    it('keeps a stated equivalent in every locale and adds none when one is in the reader\'s currency', () => {
      // 100m EUR × 36.5 = 3.65bn RUB; 3.65bn RUB / 3.4 = 1.07bn UAH; / 0.205 = 17.8bn KZT.
      const sentence = 'The club paid €100m ($110m) for him.';
      expect(rendered(sentence, 'de').values['m1']).to.equal(`${s('100 Mio. €')} (${s('110 Mio. $')})`);
      expect(rendered(sentence, 'en').values['m1']).to.equal(`EUR${nbsp}100M (USD${nbsp}110M)`);
      expect(rendered(sentence, 'ru').values['m1']).to.equal(`${s('100 млн €')} (${s('110 млн $')} или ≈${s('3,65 млрд ₽')})`);
      expect(rendered(sentence, 'uk').values['m1']).to.equal(`${s('100 млн €')} (${s('110 млн $')} або ≈${s('1,07 млрд ₴')})`);
      expect(rendered(sentence, 'kk').values['m1']).to.equal(`${s('100 млн €')} (${s('110 млн $')} не ≈${s('17,8 млрд ₸')})`);
      expect(rendered('Gas went from 60 KZT (10 rubles) a litre.', 'ru').values['m1']).to.equal(`${s('60 ₸')} (${s('10 ₽')})`);
    });

    it('follows an article\'s own setting over the locale default', () => {
      const sentence = 'A month of heating costs 3,400 hryvnias.';
      expect(rendered(sentence, 'ru', { ru: { mode: 'keep' } }).values).to.deep.equal({ m1: s('3 400 ₴') });
      expect(rendered(sentence, 'ru', { ru: { mode: 'convert' } }).values).to.deep.equal({ m1: `≈${s('11 560 ₽')}` });
    });
  });

  describe('scale words kept per locale', () => {
    const sentence = 'Revenue reached 260.75bn roubles.';
    const expected: Record<string, string> = {
      en: `RUB${nbsp}260.75B`,
      ru: s('260,75 млрд ₽'),
      uk: `${s('260,75 млрд ₽')} (≈${s('76,7 млрд ₴')})`,
      de: `${s('260,75 Mrd. ₽')} (≈${s('7,14 Mrd. €')})`,
    };
    for (const [locale, value] of Object.entries(expected)) {
      it(locale, () => {
        expect(rendered(sentence, locale).values).to.deep.equal({ m1: value });
      });
    }
  });

  describe('percentages placed per locale', () => {
    const sentence = 'Prices rose 30% and then 2.5%.';
    it('makes the sign part of the placeholder', () => {
      expect(rendered(sentence, 'ru').message).to.equal('Prices rose {n1} and then {n2}.');
    });
    const expected: Record<string, [string, string]> = {
      en: ['30%', '2.5%'],
      ru: [s('30 %'), s('2,5 %')],
      uk: ['30%', '2,5%'],
      kk: ['30%', '2,5%'],
      de: [s('30 %'), s('2,5 %')],
    };
    for (const [locale, [n1, n2]] of Object.entries(expected)) {
      it(locale, () => {
        expect(rendered(sentence, locale).values).to.deep.equal({ n1, n2 });
      });
    }
  });

  describe('labels with numbers stay text', () => {
    const cases: [string, string][] = [
      ['en', 'The airline filed for Chapter 11 under Article 5 after COVID-19, Covid-19 and the G7 summit grounded its F-16 and Boeing 737 fleet.'],
      ['en', 'See page 12, Section 3 and Flight 370.'],
      ['ru', 'Согласно статье 5 и главе 11, после COVID-19 саммит G7 отменил заказ на Boeing 737 и F-16.'],
      ['de', 'Nach Artikel 5 und Kapitel 11 hat die G7 wegen Covid-19 die Boeing 737 und die F-16 gestoppt.'],
    ];
    for (const [lang, text] of cases) {
      it(`${lang}: ${text.slice(0, 40)}…`, () => {
        const { spans, message } = protectText(text, { lang, articleDate: day });
        expect(spans).to.deep.equal([]);
        expect(message).to.equal(text);
      });
    }

    it('still protects a quantity after a word that is no label', () => {
      expect(protectText('The chapter had 11 pages.', { lang: 'en', articleDate: day }).message).to.equal('The chapter had {n1} pages.');
    });
  });
});
