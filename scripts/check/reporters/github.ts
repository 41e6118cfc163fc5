import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import { segmentLabel } from './diagnostic-label.js';
import type { ReportInput } from './report-input.js';
import { sortedDiagnostics, summarize } from './summary.js';
import { formatSummaryLine } from './summary-line.js';

const commands: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message: `%`, carriage return and line feed. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as the message, plus `:` and `,`. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, `::warning`
 * for warnings and `::notice` for info. The title is the rule id with locale and
 * segment. Suppressed findings get no annotation; the last line counts them.
 */
export function formatGithub(input: ReportInput): string {
  const lines = sortedDiagnostics(input)
    .filter((diagnostic) => !diagnostic.suppressed)
    .map(annotation);
  lines.push(`glossa: ${formatSummaryLine(summarize(input), false)}`);
  return `${lines.join('\n')}\n`;
}

function annotation(diagnostic: Diagnostic): string {
  const label = segmentLabel(diagnostic);
  const properties: [string, string | number | undefined][] = [
    ['file', diagnostic.file],
    ['line', diagnostic.line],
    ['col', diagnostic.column],
    ['endLine', diagnostic.endLine],
    ['endColumn', diagnostic.endColumn],
    ['title', label ? `${diagnostic.ruleId} ${label}` : diagnostic.ruleId],
  ];
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${commands[diagnostic.severity]} ${list}::${escapeCommandData(diagnostic.message)}`;
}
