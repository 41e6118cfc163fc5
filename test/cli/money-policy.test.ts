import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleArticle, sampleProject } from './helpers.js';

const nbsp = '\u00a0';

/** The sample project with lines added to the article's front matter and the `money` setting replaced. */
function projectWith(frontMatter: string, money: unknown): string {
  const project = sampleProject({ withTranslations: true });
  const article = path.join(project, 'source', `${sampleArticle}.md`);
  writeFileSync(article, readFileSync(article, 'utf8').replace('lang: en\n', `lang: en\n${frontMatter}`));
  const manifestFile = path.join(project, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { glossa: Record<string, unknown> };
  if (money === undefined) delete manifest.glossa['money'];
  else manifest.glossa['money'] = money;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return project;
}

describe('cli: the money policy of a project and of an article', function () {
  this.timeout(60000);

  it("follows the article's front matter over the configuration and keeps the setting out of the copies", () => {
    const project = projectWith('money:\n  ru:\n    mode: convert\n  de:\n    mode: keep\n', { uk: { mode: 'keep' } });
    const result = glossa(project, ['build']);
    expect(result.code, result.stderr).to.equal(0);
    const read = (locale: string) => readFileSync(path.join(project, 'dist', locale, `${sampleArticle}.md`), 'utf8');
    // ru converts to rubles only: the text states them, so the stated figures are shown.
    expect(read('ru')).to.include(`с 10${nbsp}₽ до 20${nbsp}₽ за литр`).and.not.include('money:');
    // de keeps the amounts as stated: no euros computed.
    expect(read('de')).to.include(`von 60${nbsp}₸ (10${nbsp}₽) auf 120${nbsp}₸ (20${nbsp}₽)`).and.not.include('€');
    expect(read('kk')).to.include(`60${nbsp}₸ (10${nbsp}₽)`);
  });

  it('stops with exit code 2 naming the pair, the date and the article when the reader currency has no rate', () => {
    const project = projectWith('', undefined);
    const result = glossa(project, ['build', '--locale', 'uk']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.include(
      `no exchange rate for KZT/UAH in force on 2022-01-07 in ${path.join(project, 'glossary', 'rates.yaml')}; the uk edition of source/${sampleArticle}.md needs it`,
    );
  });

  it('refuses a bad money setting in the front matter with exit code 2, naming the article', () => {
    const project = projectWith('money:\n  ru:\n    mode: swap\n', { uk: { mode: 'keep' } });
    const result = glossa(project, ['build', '--locale', 'ru']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.include(`source/${sampleArticle}.md: front matter: money.ru.mode: must be one of keep, convert, both, got "swap"`);
  });
});
