import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import { paint, visibleControls, type Style } from './ansi.js';
import { segmentLabel } from './diagnostic-label.js';
import { displayWidth, padEndToWidth, padStartToWidth } from '../../util/display-width.js';
import type { ReportInput, ReporterOptions } from './report-input.js';
import { groupByFile, summarize } from './summary.js';
import { formatSummaryLine } from './summary-line.js';

/** Up to this many suppressed findings are listed (dimmed); more are only counted. */
export const listedSuppressedLimit = 3;

const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

interface Row {
  readonly diagnostic: Diagnostic;
  readonly line: string;
  readonly column: string;
  readonly severity: string;
  readonly messageLines: readonly string[];
  readonly ruleId: string;
  readonly label: string;
}

/**
 * The terminal report, laid out like ESLint's stylish: a header per file, then one
 * row per finding with `line:column`, severity, message, rule id and `[locale #segment]`
 * in aligned columns, and a summary line. Colour only when `options.color`.
 */
export function formatStylish(input: ReportInput, options: ReporterOptions): string {
  const summary = summarize(input);
  const listSuppressed = summary.suppressedCount <= listedSuppressedLimit;
  const shown = input.diagnostics.filter((diagnostic) => listSuppressed || !diagnostic.suppressed);
  const groups = [...groupByFile(shown)].map(([file, diagnostics]) => ({ file, rows: diagnostics.map(toRow) }));
  const rows = groups.flatMap((group) => group.rows);
  const widths = {
    line: Math.max(0, ...rows.map((row) => row.line.length)),
    column: Math.max(0, ...rows.map((row) => row.column.length)),
    severity: Math.max(0, ...rows.map((row) => row.severity.length)),
    message: Math.max(0, ...rows.map((row) => displayWidth(row.messageLines[0]!))),
    ruleId: Math.max(0, ...rows.map((row) => displayWidth(row.ruleId))),
  };
  const color = options.color;
  let out = '';
  for (const group of groups) {
    out += `\n${paint(visibleControls(group.file), color, 'underline')}\n`;
    for (const row of group.rows) out += formatRow(row, widths, color);
  }
  return `${out}\n${formatSummaryLine(summary, color)}\n`;
}

function toRow(diagnostic: Diagnostic): Row {
  const messageLines = diagnostic.message.split(/\r\n|\r|\n/).map((line) => visibleControls(line.replace(/\t/g, ' ')));
  return {
    diagnostic,
    line: String(diagnostic.line),
    column: String(diagnostic.column),
    severity: diagnostic.severity,
    messageLines,
    ruleId: visibleControls(diagnostic.ruleId),
    label: [visibleControls(segmentLabel(diagnostic)), diagnostic.suppressed ? '(suppressed)' : ''].filter(Boolean).join('  '),
  };
}

function formatRow(
  row: Row,
  widths: { line: number; column: number; severity: number; message: number; ruleId: number },
  color: boolean,
): string {
  const suppressed = row.diagnostic.suppressed === true;
  const position = `${padStartToWidth(row.line, widths.line)}:${padEndToWidth(row.column, widths.column)}`;
  const cells = [
    paint(position, color, 'dim'),
    paint(padEndToWidth(row.severity, widths.severity), color, suppressed ? 'dim' : severityStyle[row.diagnostic.severity]),
    suppressed ? paint(padEndToWidth(row.messageLines[0]!, widths.message), color, 'dim') : padEndToWidth(row.messageLines[0]!, widths.message),
    paint(row.label ? padEndToWidth(row.ruleId, widths.ruleId) : row.ruleId, color, 'dim'),
  ];
  if (row.label) cells.push(paint(row.label, color, 'dim'));
  let out = `  ${cells.join('  ')}`.trimEnd() + '\n';
  // Continuation lines of a multi-line message start under the message column.
  const indent = ' '.repeat(2 + widths.line + 1 + widths.column + 2 + widths.severity + 2);
  for (const continuation of row.messageLines.slice(1)) {
    out += `${indent}${suppressed ? paint(continuation, color, 'dim') : continuation}`.trimEnd() + '\n';
  }
  return out;
}
