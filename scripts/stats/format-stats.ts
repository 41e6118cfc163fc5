import { displayWidth, padEndToWidth, padStartToWidth } from '../util/display-width.js';
import type { StatsFigures, StatsReport } from './model.js';

interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  readonly cell: (row: TableRow) => string;
}

interface TableRow {
  readonly article: string;
  readonly locale: string;
  readonly figures: StatsFigures;
}

const integer = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

const count = (key: Exclude<keyof StatsFigures, 'percentTranslated'>) => (row: TableRow) => integer.format(row.figures[key]);

const columns: readonly Column[] = [
  { header: 'article', align: 'left', cell: (row) => row.article },
  { header: 'locale', align: 'left', cell: (row) => row.locale },
  { header: 'segments', align: 'right', cell: count('segments') },
  { header: 'words', align: 'right', cell: count('words') },
  { header: 'numbers', align: 'right', cell: count('numbers') },
  { header: 'placeholders', align: 'right', cell: count('placeholders') },
  { header: 'translated', align: 'right', cell: count('translated') },
  { header: 'fuzzy', align: 'right', cell: count('fuzzy') },
  { header: 'untranslated', align: 'right', cell: count('untranslated') },
  { header: 'stale', align: 'right', cell: count('stale') },
  { header: '% translated', align: 'right', cell: (row) => percent.format(row.figures.percentTranslated / 100) },
  { header: 'terms', align: 'right', cell: count('terms') },
  { header: 'concepts', align: 'right', cell: count('concepts') },
];

const gap = '  ';

/**
 * The human form of `glossa stats`: one row per article and locale, a rule,
 * then a total per locale and an overall total, in aligned columns (numbers
 * right-aligned, grouped the English way as CLDR writes them).
 */
export function formatStatsTable(report: StatsReport): string {
  const body: TableRow[] = report.rows.map((row) => ({ article: row.article, locale: row.locale, figures: row }));
  const totals: TableRow[] = [
    ...report.totals.map((row) => ({ article: 'total', locale: row.locale, figures: row })),
    ...(report.totals.length > 1 ? [{ article: 'total', locale: 'all', figures: report.total }] : []),
  ];
  const cells = (rows: readonly TableRow[]) => rows.map((row) => columns.map((column) => column.cell(row)));
  const headerCells = columns.map((column) => column.header);
  const bodyCells = cells(body);
  const totalCells = cells(totals);
  const widths = columns.map((_, index) => [headerCells, ...bodyCells, ...totalCells].reduce((widest, line) => Math.max(widest, displayWidth(line[index]!)), 0));
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => (columns[index]!.align === 'left' ? padEndToWidth(value, widths[index]!) : padStartToWidth(value, widths[index]!)))
      .join(gap)
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((total, width) => total + width, 0) + gap.length * (widths.length - 1));
  const lines = [line(headerCells), rule, ...bodyCells.map(line), ...(bodyCells.length > 0 ? [rule] : []), ...totalCells.map(line)];
  return `${lines.join('\n')}\n`;
}

/** The machine form of `glossa stats`: one JSON document with the same figures as the table. */
export function formatStatsJson(report: StatsReport): string {
  return `${JSON.stringify({ format: 'glossa-stats', formatVersion: 1, ...report }, null, 2)}\n`;
}
