import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject } from './helpers.js';

const nbsp = '\u00a0';

describe('cli: the localized copies of the sample article', function () {
  this.timeout(60000);
  let project: string;
  let built: string;
  const read = (locale: string, extension: 'md' | 'html') => readFileSync(path.join(project, 'dist', locale, `${sampleArticle}.${extension}`), 'utf8');

  before(() => {
    project = sampleProject({ withTranslations: true });
    const result = glossa(project, ['build']);
    expect(result.code, result.stderr).to.equal(0);
    built = result.stdout;
  });

  it('every target locale is fully translated', () => {
    for (const locale of ['ru', 'kk', 'uk', 'de']) expect(built).to.match(new RegExp(`build +${locale} +${sampleArticle} +all translated`));
  });

  it('ru: grouping with the no-break space ICU produces, dates in the genitive, tenge with the ruble equivalent the article states', () => {
    const ru = read('ru', 'md');
    expect(ru).to.include(`3${nbsp}000`);
    expect(ru).to.include('2 января');
    expect(ru).to.include('19 января');
    // The text states rubles, the reader's currency: kept as stated, nothing computed.
    expect(ru).to.include(`60${nbsp}₸ (10${nbsp}₽)`);
    expect(ru).to.include(`120${nbsp}₸ (20${nbsp}₽)`);
  });

  it('de: period grouping, "2. Januar", the stated rubles or a euro equivalent through the ruble cross rate', () => {
    const de = read('de', 'md');
    expect(de).to.include('3.000');
    expect(de).to.include('2. Januar');
    // 60 KZT × 16.9 / 100 = 10.14 RUB; / 84.0695 RUB per EUR = 0.1206 EUR.
    expect(de).to.include(`60${nbsp}₸ (10${nbsp}₽ oder ≈0,12${nbsp}€)`);
  });

  it('uk and kk: their own month names and grouping; tenge with the stated rubles, nothing computed', () => {
    // kk: tenge is the reader's currency; uk: the project keeps amounts as stated (no hryvnia rate in the table).
    const uk = read('uk', 'md');
    expect(uk).to.include('2 січня').and.include(`3${nbsp}000`);
    expect(uk).to.include(`60${nbsp}₸ (10${nbsp}₽)`).and.not.include('₴');
    const kk = read('kk', 'md');
    expect(kk).to.include('2 қаңтар').and.include(`3${nbsp}000`);
    expect(kk).to.include(`60${nbsp}₸ (10${nbsp}₽)`).and.not.include('≈');
  });

  it('en: the copy uses the glossary names; amounts as stated, not converted', () => {
    const en = read('en', 'md');
    expect(en).to.not.include('Alma-Ata');
    expect(en).to.include('Kassym-Jomart Tokayev').and.include('Kazakhstani law enforcers');
    expect(en).to.include(`KZT${nbsp}60 (RUB${nbsp}10)`);
  });

  it('no placeholder or ICU syntax reaches any output, and each page names its language and translated title', () => {
    const locales = readdirSync(path.join(project, 'dist')).filter((entry) => /^[a-z]{2}$/.test(entry));
    expect(locales.sort()).to.deep.equal(['de', 'en', 'kk', 'ru', 'uk']);
    for (const locale of locales) {
      for (const extension of ['md', 'html'] as const) {
        const text = read(locale, extension);
        expect(text, `${locale}.${extension}`).to.not.match(/\{[a-z]\w*\}|\{[a-z]\w*,|''/);
      }
      const html = read(locale, 'html');
      expect(html).to.match(new RegExp(`<html lang="${locale}"`));
    }
    expect(read('ru', 'html')).to.include('<title>Беглый банкир Аблязов объявил себя лидером протестов в Казахстане</title>');
    expect(read('ru', 'html')).to.match(/<time datetime="2022-01-07">7 января 2022(\s|&nbsp;|\u00a0)г\.<\/time>/);
    expect(read('de', 'html')).to.include('<time datetime="2022-01-07">7. Januar 2022</time>');
  });

  it('a translation that names a placeholder its sentence lacks stops the build, naming article, locale and segment', () => {
    const broken = sampleProject({ withTranslations: true });
    const file = path.join(broken, 'locales/de', `${sampleArticle}.json`);
    const text = readFileSync(file, 'utf8').replace('"Das meldete Reuters am {d1}."', '"Das meldete Reuters am {d9}."');
    writeFileSync(file, text);
    const result = glossa(broken, ['build', '--locale', 'de']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/cannot render article "ablyazov-kazakhstan-protests" in de: segment JAysB-A62j uses \{d9\}/);
  });
});
