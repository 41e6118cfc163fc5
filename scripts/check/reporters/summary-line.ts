import { paint, type Style } from './ansi.js';
import type { ReportSummary } from './summary.js';

const plural = new Intl.PluralRules('en');
const count = new Intl.NumberFormat('en');

function noun(n: number, one: string, other: string): string {
  return `${count.format(n)} ${plural.select(n) === 'one' ? one : other}`;
}

/** "✖ 3 problems (1 error, 2 warnings), 1 suppressed" or "✔ no problems in 4 files". */
export function formatSummaryLine(summary: ReportSummary, color: boolean): string {
  const problems = summary.errorCount + summary.warningCount + summary.infoCount;
  const suppressed = summary.suppressedCount > 0 ? `, ${count.format(summary.suppressedCount)} suppressed` : '';
  if (problems === 0) {
    return paint(`✔ no problems in ${noun(summary.filesChecked, 'file', 'files')}${suppressed}`, color, 'green', 'bold');
  }
  const parts = [noun(summary.errorCount, 'error', 'errors'), noun(summary.warningCount, 'warning', 'warnings')];
  if (summary.infoCount > 0) parts.push(noun(summary.infoCount, 'info', 'infos'));
  const style: Style = summary.errorCount > 0 ? 'red' : summary.warningCount > 0 ? 'yellow' : 'cyan';
  const mark = summary.errorCount + summary.warningCount > 0 ? '✖' : 'ℹ';
  return paint(`${mark} ${noun(problems, 'problem', 'problems')} (${parts.join(', ')})${suppressed}`, color, style, 'bold');
}
