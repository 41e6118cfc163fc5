import { expect } from 'chai';
import { stats } from '../../scripts/commands/stats.js';
import { ConfigError } from '../../scripts/core/errors.js';
import { formatStatsJson, formatStatsTable, percentOf, type StatsReport } from '../../scripts/stats/index.js';
import { fixtureFiles as files, temporaryProject } from './sample-project.js';

const source = (segments: number, words: number, numbers: number, placeholders: number, terms: number, concepts: number) => ({ segments, words, numbers, placeholders, terms, concepts });
const progress = (translated: number, fuzzy: number, untranslated: number, stale: number, percentTranslated: number) => ({ translated, fuzzy, untranslated, stale, percentTranslated });

describe('stats', () => {
  let report: StatsReport;
  const cleanup: (() => Promise<void>)[] = [];
  before(async () => {
    const { project, remove } = await temporaryProject({ files });
    cleanup.push(remove);
    report = await stats(project);
  });
  after(async () => {
    for (const remove of cleanup) await remove();
  });

  it('counts each article and locale: distinct segments, words, numbers, placeholders, progress, stale entries, terms', () => {
    const gas = { article: 'gas-prices', file: 'source/gas-prices.md', ...source(5, 29, 1, 4, 3, 2) };
    const note = { article: 'short-note', file: 'source/short-note.md', ...source(2, 5, 0, 0, 1, 1) };
    expect(report.rows).to.deep.equal([
      { ...gas, locale: 'ru', ...progress(1, 0, 4, 0, 20) },
      { ...gas, locale: 'kk', ...progress(0, 0, 5, 0, 0) },
      { ...gas, locale: 'uk', ...progress(0, 0, 5, 0, 0) },
      { ...gas, locale: 'de', ...progress(3, 1, 1, 2, 60) },
      { ...note, locale: 'ru', ...progress(0, 0, 2, 0, 0) },
      { ...note, locale: 'kk', ...progress(0, 0, 2, 0, 0) },
      { ...note, locale: 'uk', ...progress(0, 0, 2, 0, 0) },
      { ...note, locale: 'de', ...progress(1, 0, 1, 0, 50) },
    ]);
  });

  it('sums per locale and overall; concepts are a union, not a sum; percentages round down', () => {
    expect(report.totals).to.deep.equal([
      { locale: 'ru', ...source(7, 34, 1, 4, 4, 2), ...progress(1, 0, 6, 0, 14.2) },
      { locale: 'kk', ...source(7, 34, 1, 4, 4, 2), ...progress(0, 0, 7, 0, 0) },
      { locale: 'uk', ...source(7, 34, 1, 4, 4, 2), ...progress(0, 0, 7, 0, 0) },
      { locale: 'de', ...source(7, 34, 1, 4, 4, 2), ...progress(4, 1, 2, 2, 57.1) },
    ]);
    expect(report.total).to.deep.equal({ ...source(28, 136, 4, 16, 16, 2), ...progress(5, 1, 22, 2, 17.8) });
  });

  it('prints an aligned table: rows, a rule, totals per locale and overall', () => {
    expect(formatStatsTable(report)).to.equal(
      [
        'article     locale  segments  words  numbers  placeholders  translated  fuzzy  untranslated  stale  % translated  terms  concepts',
        '---------------------------------------------------------------------------------------------------------------------------------',
        'gas-prices  ru             5     29        1             4           1      0             4      0         20.0%      3         2',
        'gas-prices  kk             5     29        1             4           0      0             5      0          0.0%      3         2',
        'gas-prices  uk             5     29        1             4           0      0             5      0          0.0%      3         2',
        'gas-prices  de             5     29        1             4           3      1             1      2         60.0%      3         2',
        'short-note  ru             2      5        0             0           0      0             2      0          0.0%      1         1',
        'short-note  kk             2      5        0             0           0      0             2      0          0.0%      1         1',
        'short-note  uk             2      5        0             0           0      0             2      0          0.0%      1         1',
        'short-note  de             2      5        0             0           1      0             1      0         50.0%      1         1',
        '---------------------------------------------------------------------------------------------------------------------------------',
        'total       ru             7     34        1             4           1      0             6      0         14.2%      4         2',
        'total       kk             7     34        1             4           0      0             7      0          0.0%      4         2',
        'total       uk             7     34        1             4           0      0             7      0          0.0%      4         2',
        'total       de             7     34        1             4           4      1             2      2         57.1%      4         2',
        'total       all           28    136        4            16           5      1            22      2         17.8%     16         2',
        '',
      ].join('\n'),
    );
  });

  it('writes the same figures as one JSON document', () => {
    const json = JSON.parse(formatStatsJson(report)) as Record<string, unknown>;
    expect(json).to.include({ format: 'glossa-stats', formatVersion: 1, sourceLocale: 'en' });
    expect(json['locales']).to.deep.equal(['ru', 'kk', 'uk', 'de']);
    expect(json['rows']).to.deep.equal(report.rows);
    expect(json['total']).to.include({ segments: 28, translated: 5, percentTranslated: 17.8 });
  });

  it('counts only the locales asked for and rejects one the project does not translate into', async () => {
    const { project, remove } = await temporaryProject({ files });
    cleanup.push(remove);
    const german = await stats(project, { locales: ['de'] });
    expect(german.rows.map((row) => `${row.article}/${row.locale}`)).to.deep.equal(['gas-prices/de', 'short-note/de']);
    expect(german.total).to.include({ segments: 7, translated: 4 });
    const error = await stats(project, { locales: ['fr'] }).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(ConfigError).with.property('message').that.matches(/--locale fr is not a target locale/);
  });

  it('groups large numbers the English way and shows 100% only when everything is translated', () => {
    const figures = { segments: 1235, words: 12345, numbers: 0, placeholders: 0, translated: 1234, fuzzy: 0, untranslated: 1, stale: 0, percentTranslated: percentOf(1234, 1235), terms: 0, concepts: 0 };
    const table = formatStatsTable({ sourceLocale: 'en', locales: ['de'], rows: [{ article: 'a', file: 'source/a.md', locale: 'de', ...figures }], totals: [{ locale: 'de', ...figures }], total: figures });
    expect(table).to.include('1,235  12,345').and.include('99.9%').and.not.include('100.0%');
    expect(percentOf(0, 0)).to.equal(100);
  });
});
