import { expect } from 'chai';
import { templateTokens } from '../../bench/article.js';
import { formsPattern, inflectName, targetLanguages, type Name, type Paradigm } from '../../bench/language.js';
import { deriveSeed, Random } from '../../bench/random.js';
import { bodyTemplates, headingTemplates, listTemplates, quoteTemplates, titleTemplates } from '../../bench/templates.js';

const name = (...words: Array<[string, Paradigm]>): Name => words.map(([text, paradigm]) => ({ text, paradigm }));

describe('bench language helpers', () => {
  describe('inflection', () => {
    it('declines names as the termbase notes say they decline', () => {
      // glossary/termbase.yaml: "в Алма-Ате → в Алматы"; Kazakh "Алматыда, Алматыға".
      expect(inflectName(name(['Алма-Ата', 'ru-feminine']), 'loc')).to.equal('Алма-Ате');
      expect(inflectName(name(['Алма-Ата', 'ru-feminine']), 'gen')).to.equal('Алма-Аты');
      expect(inflectName(name(['Алматы', 'kk']), 'loc')).to.equal('Алматыда');
      expect(inflectName(name(['Алматы', 'kk']), 'dat')).to.equal('Алматыға');
      expect(inflectName(name(['Алматы', 'fixed']), 'loc')).to.equal('Алматы');
    });

    it('follows Russian, Ukrainian, Kazakh and German case endings', () => {
      expect(inflectName(name(['Касым-Жомарт', 'ru-animate'], ['Токаев', 'ru-surname']), 'ins')).to.equal('Касымом-Жомартом Токаевым');
      expect(inflectName(name(['Касим-Жомарт', 'uk-animate'], ['Токаєв', 'uk-surname']), 'gen')).to.equal('Касима-Жомарта Токаєва');
      expect(inflectName(name(['Карабулівка', 'uk-feminine']), 'loc')).to.equal('Карабулівці');
      expect(inflectName(name(['Карабулак', 'uk-inanimate']), 'loc')).to.equal('Карабулаку');
      expect(inflectName(name(['Шымкент', 'ru-inanimate']), 'acc')).to.equal('Шымкент');
      expect(inflectName(name(['Қасым-Жомарт', 'fixed'], ['Тоқаев', 'kk']), 'gen')).to.equal('Қасым-Жомарт Тоқаевтың');
      expect(inflectName(name(['Қазақстан', 'kk']), 'abl')).to.equal('Қазақстаннан');
      expect(inflectName(name(['Әбдікәрім', 'kk']), 'dat')).to.equal('Әбдікәрімге');
      expect(inflectName(name(['Qassym-Schomart', 'fixed'], ['Tokajew', 'de']), 'gen')).to.equal('Qassym-Schomart Tokajews');
      expect(inflectName(name(['Aidos', 'de']), 'gen')).to.equal("Aidos'");
    });
  });

  describe('glossary forms', () => {
    it("derives the termbase's own patterns from the declined forms", () => {
      expect(formsPattern(name(['Алма-Ата', 'ru-feminine']), 'ru')).to.equal('Алма-Ат~');
      expect(formsPattern(name(['Касым-Жомарт', 'ru-animate'], ['Токаев', 'ru-surname']), 'ru')).to.equal('Касым~-Жомарт~ Токаев~');
      expect(formsPattern(name(['Касим-Жомарт', 'uk-animate'], ['Токаєв', 'uk-surname']), 'uk')).to.equal('Касим~-Жомарт~ Токаєв~');
      expect(formsPattern(name(['Qassym-Schomart', 'fixed'], ['Tokajew', 'de']), 'de')).to.equal('Qassym-Schomart Tokajew~1');
    });

    it('writes no pattern for a name that never changes', () => {
      expect(formsPattern(name(['Алматы', 'fixed']), 'ru')).to.equal(undefined);
    });
  });

  describe('templates', () => {
    const all = [...titleTemplates, ...headingTemplates, ...listTemplates, ...quoteTemplates, ...bodyTemplates];
    const slots = (text: string) =>
      templateTokens(text)
        .flatMap((token) => (token.kind === 'entity' ? [`${token.slot}${token.short ? '.short' : ''}`] : token.kind === 'value' ? [token.name] : token.kind === 'agency' ? ['agency'] : []))
        .sort();

    it('translate every name, value and agency of the English exactly once', () => {
      for (const template of all) {
        const english = slots(template.en);
        for (const lang of targetLanguages) {
          expect(slots(template[lang]), `${lang}: ${template[lang]}`).to.deep.equal(english);
          expect(templateTokens(template[lang]).some((token) => token.kind === 'choice'), `${lang}: ${template[lang]}`).to.equal(false);
        }
      }
    });
  });

  describe('random numbers', () => {
    it('repeat for a seed and differ between seeds', () => {
      const draw = (seed: number) => {
        const random = new Random(seed);
        return Array.from({ length: 20 }, () => random.next());
      };
      expect(draw(42)).to.deep.equal(draw(42));
      expect(draw(42)).to.not.deep.equal(draw(43));
      expect(deriveSeed(1, 2, 3)).to.equal(deriveSeed(1, 2, 3));
      expect(deriveSeed(1, 2, 3)).to.not.equal(deriveSeed(1, 3, 2));
    });

    it('draw log-uniform indexes inside the range, small ones most often', () => {
      const random = new Random(5);
      const draws = Array.from({ length: 20_000 }, () => random.logIndex(20_000));
      expect(Math.min(...draws)).to.equal(0);
      expect(Math.max(...draws)).to.be.below(20_000);
      const share = draws.filter((index) => index < 100).length / draws.length;
      // log(101)/log(20001) ≈ 0.47 of the draws fall below 100.
      expect(share).to.be.within(0.42, 0.52);
    });
  });
});
