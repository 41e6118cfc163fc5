import { expect } from 'chai';
import { check } from '../../scripts/commands/check.js';
import { collectReport, type ReportData, type ReportLocale, type ReportRow } from '../../scripts/report/index.js';
import { fixtureFiles, fixtureIds as id, temporaryProject } from '../stats/sample-project.js';

const view = (data: ReportData, locale: string): ReportLocale => data.locales.find((candidate) => candidate.locale === locale)!;
const row = (locale: ReportLocale, article: string, segmentId: string): ReportRow =>
  locale.articles.find((candidate) => candidate.name === article)!.rows.find((candidate) => candidate.id === segmentId)!;
const rules = (diagnostics: readonly { ruleId: string }[]) => diagnostics.map((diagnostic) => diagnostic.ruleId);

describe('report/collect-report', () => {
  let data: ReportData;
  let remove: () => Promise<void>;
  before(async () => {
    const fixture = await temporaryProject({ files: fixtureFiles });
    remove = fixture.remove;
    const { diagnostics } = await check(fixture.project, { paths: [] });
    data = await collectReport(fixture.project, { locales: [], diagnostics });
  });
  after(() => remove());

  it('has a view per target locale with its autonym and progress over distinct segments', () => {
    expect(data.locales.map(({ locale, label, translated, segments }) => [locale, label, translated, segments])).to.deep.equal([
      ['ru', 'Русский', 1, 7],
      ['kk', 'Қазақ тілі', 0, 7],
      ['uk', 'Українська', 0, 7],
      ['de', 'Deutsch', 4, 7],
    ]);
  });

  it('lists each distinct sentence once, in order, with its status, repeats and stale translations', () => {
    const article = view(data, 'de').articles.find((candidate) => candidate.name === 'gas-prices')!;
    expect(article).to.include({ title: 'Gas prices rise in Alma-Ata', file: 'source/gas-prices.md', translated: 3, segments: 5 });
    expect(article.rows.map((entry) => [entry.id, entry.status, entry.occurrences])).to.deep.equal([
      [id.title, 'translated', 1],
      [id.gas, 'untranslated', 1],
      [id.raids, 'translated', 1],
      [id.again, 'translated', 2],
      [id.g7, 'fuzzy', 1],
    ]);
    expect(article.stale.map((entry) => entry.id)).to.deep.equal(['deletedSentence', 'oldG7Sentence']);
    expect(article.stale.every((entry) => rules(entry.diagnostics).includes('segment/stale'))).to.equal(true);
  });

  it('shows glossary terms with the approved term of the viewed locale', () => {
    const terms = (locale: string) => row(view(data, locale), 'gas-prices', id.title).source.filter((piece) => piece.kind === 'term');
    expect(terms('de')).to.have.length(1);
    expect(terms('de')[0]).to.include({ text: 'Alma-Ata', conceptId: 'almaty', status: 'deprecated', approved: 'Almaty' });
    expect(terms('ru')[0]).to.include({ text: 'Alma-Ata', approved: 'Алматы' });
    expect(terms('uk')[0]).to.include({ approved: 'Алмати' });
  });

  it('shows placeholders of a translation with their values formatted for the locale', () => {
    const target = row(view(data, 'de'), 'gas-prices', id.raids).target!;
    expect(target.map((piece) => piece.text).join('')).to.equal('Die Staatsanwaltschaft koordinierte Razzien in Kasachstan am 2. Januar.');
    expect(target.find((piece) => piece.kind === 'value')).to.include({ placeholder: 'd1', known: true });
  });

  it('offers the fuzzy match of an untranslated sentence', () => {
    const suggestion = row(view(data, 'de'), 'gas-prices', id.g7).suggestion!;
    expect(suggestion.quality).to.equal(83);
    expect(suggestion.target.map((piece) => piece.text).join('')).to.equal('Die G7 trafen sich 2020.');
  });

  it('puts source findings next to the source in every view, locale findings next to the translation in their own view', () => {
    for (const locale of ['ru', 'kk', 'uk', 'de']) {
      expect(rules(row(view(data, locale), 'gas-prices', id.title).sourceDiagnostics), locale).to.deep.equal(['term/deprecated']);
    }
    expect(rules(row(view(data, 'de'), 'gas-prices', id.raids).targetDiagnostics)).to.deep.equal(['placeholder/mismatch']);
    expect(rules(row(view(data, 'ru'), 'gas-prices', id.raids).targetDiagnostics)).to.deep.equal([]);
    // "Untranslated" is reported on the source article but names a locale: it belongs to that locale's view.
    const untranslated = row(view(data, 'kk'), 'gas-prices', id.title).targetDiagnostics;
    expect(untranslated.map((diagnostic) => [diagnostic.ruleId, diagnostic.locale])).to.deep.equal([['segment/untranslated', 'kk']]);
    expect(rules(row(view(data, 'de'), 'gas-prices', id.title).targetDiagnostics)).to.deep.equal([]);
    expect(data.locales.every((locale) => locale.unplaced.length === 0)).to.equal(true);
  });
});
