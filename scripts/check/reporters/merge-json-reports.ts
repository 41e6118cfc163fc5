import { compareDiagnostics, type Diagnostic, type Severity } from '../../core/diagnostic.js';
import { InputError } from '../../core/errors.js';
import { LineIndex } from '../../core/position.js';
import { jsonReportFormat, jsonReportFormatVersion, toJsonDiagnostic } from './json.js';
import type { ReportInput, RuleInfo } from './report-input.js';

const severities: readonly Severity[] = ['error', 'warning', 'info'];

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

interface ParsedReport {
  readonly toolVersion: string;
  readonly filesChecked: number;
  readonly rules: readonly RuleInfo[];
  readonly checkedFiles?: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Joins the JSON reports of several shards of one run into one report input, which
 * any reporter can then write. Rules are united by id, `filesChecked` is summed (or
 * counted from `checkedFiles` when every shard lists them), and diagnostics are
 * sorted with identical ones, reported by overlapping shards, kept once.
 *
 * `sources` names each text in errors (e.g. the report's file name); by default
 * "JSON report 1", "JSON report 2", … Throws `InputError` for text that is not
 * JSON, not a Glossa JSON report, or from another Glossa version than the first.
 */
export function mergeJsonReports(texts: readonly string[], sources?: readonly string[]): ReportInput {
  if (texts.length === 0) throw new InputError('No JSON reports to merge.');
  const reports = texts.map((text, i) => parseJsonReport(text, sources?.[i] ?? `JSON report ${i + 1}`));
  const first = reports[0]!;
  reports.forEach((report, i) => {
    if (report.toolVersion !== first.toolVersion) {
      throw new InputError(
        `written by glossa ${report.toolVersion}, but ${sources?.[0] ?? 'JSON report 1'} by glossa ${first.toolVersion}; merge reports of one version`,
        sources?.[i] ?? `JSON report ${i + 1}`,
      );
    }
  });

  const rules = new Map<string, RuleInfo>();
  for (const report of reports) for (const rule of report.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);

  const diagnostics = new Map<string, Diagnostic>();
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) diagnostics.set(JSON.stringify(toJsonDiagnostic(diagnostic)), diagnostic);
  }

  const allListFiles = reports.every((report) => report.checkedFiles !== undefined);
  const checkedFiles = allListFiles ? [...new Set(reports.flatMap((report) => report.checkedFiles ?? []))].sort() : undefined;
  return {
    diagnostics: [...diagnostics.values()].sort(compareDiagnostics),
    rules: new Map([...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    filesChecked: checkedFiles ? checkedFiles.length : reports.reduce((sum, report) => sum + report.filesChecked, 0),
    toolVersion: first.toolVersion,
    ...(checkedFiles ? { checkedFiles } : {}),
  };
}

function parseJsonReport(text: string, source: string): ParsedReport {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message)?.[1];
    const position = offset === undefined ? undefined : new LineIndex(text).positionAt(Number(offset));
    throw new InputError(`not valid JSON: ${message}`, source, position, { cause: error });
  }
  const fail = (path: string, problem: string): never => {
    throw new InputError(`not a Glossa JSON report: ${path} ${problem}`, source);
  };
  const root = object(value, 'the top level', fail);
  if (root.format !== jsonReportFormat) fail('"format"', `must be "${jsonReportFormat}"`);
  if (root.formatVersion !== jsonReportFormatVersion) fail('"formatVersion"', `must be ${jsonReportFormatVersion}`);
  const toolVersion = string(root.toolVersion, '"toolVersion"', fail);
  const summary = object(root.summary, '"summary"', fail);
  const filesChecked = count(summary.filesChecked, 'summary.filesChecked', fail, 0);
  const rules = array(root.rules, '"rules"', fail).map((rule, i) => parseRule(rule, `rules[${i}]`, fail));
  const checkedFiles =
    root.checkedFiles === undefined
      ? undefined
      : array(root.checkedFiles, '"checkedFiles"', fail).map((file, i) => string(file, `checkedFiles[${i}]`, fail));
  const diagnostics = array(root.diagnostics, '"diagnostics"', fail).map((diagnostic, i) => parseDiagnostic(diagnostic, `diagnostics[${i}]`, fail));
  return { toolVersion, filesChecked, rules, diagnostics, ...(checkedFiles ? { checkedFiles } : {}) };
}

type Fail = (path: string, problem: string) => never;

function object(value: Json | undefined, path: string, fail: Fail): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'must be an object');
  return value as JsonObject;
}

function array(value: Json | undefined, path: string, fail: Fail): readonly Json[] {
  if (!Array.isArray(value)) return fail(path, 'must be an array');
  return value as readonly Json[];
}

function string(value: Json | undefined, path: string, fail: Fail): string {
  if (typeof value !== 'string') return fail(path, 'must be a string');
  return value;
}

function count(value: Json | undefined, path: string, fail: Fail, minimum: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    return fail(path, minimum > 0 ? 'must be a positive integer' : 'must be a non-negative integer');
  }
  return value;
}

function severity(value: Json | undefined, path: string, fail: Fail): Severity {
  const found = severities.find((candidate) => candidate === value);
  return found ?? fail(path, `must be one of ${severities.map((s) => `"${s}"`).join(', ')}`);
}

function parseRule(value: Json, path: string, fail: Fail): RuleInfo {
  const rule = object(value, path, fail);
  return {
    id: string(rule.id, `${path}.id`, fail),
    description: string(rule.description, `${path}.description`, fail),
    defaultSeverity: severity(rule.defaultSeverity, `${path}.defaultSeverity`, fail),
    ...(rule.helpUri !== undefined ? { helpUri: string(rule.helpUri, `${path}.helpUri`, fail) } : {}),
    ...(rule.fixable !== undefined ? { fixable: typeof rule.fixable === 'boolean' ? rule.fixable : fail(`${path}.fixable`, 'must be a boolean') } : {}),
  };
}

function parseDiagnostic(value: Json, path: string, fail: Fail): Diagnostic {
  const d = object(value, path, fail);
  const optionalCount = (key: string): Record<string, number> =>
    d[key] === undefined ? {} : { [key]: count(d[key], `${path}.${key}`, fail, 1) };
  const optionalString = (key: string): Record<string, string> =>
    d[key] === undefined ? {} : { [key]: string(d[key], `${path}.${key}`, fail) };
  if (d.suppressed !== undefined && typeof d.suppressed !== 'boolean') fail(`${path}.suppressed`, 'must be a boolean');
  return {
    ruleId: string(d.ruleId, `${path}.ruleId`, fail),
    severity: severity(d.severity, `${path}.severity`, fail),
    file: string(d.file, `${path}.file`, fail),
    line: count(d.line, `${path}.line`, fail, 1),
    column: count(d.column, `${path}.column`, fail, 1),
    ...optionalCount('endLine'),
    ...optionalCount('endColumn'),
    message: string(d.message, `${path}.message`, fail),
    ...optionalString('segmentId'),
    ...optionalString('locale'),
    ...(d.fix !== undefined ? { fix: parseFix(d.fix, `${path}.fix`, fail) } : {}),
    ...(d.suppressed === true ? { suppressed: true } : {}),
  };
}

function parseFix(value: Json, path: string, fail: Fail): NonNullable<Diagnostic['fix']> {
  const fix = object(value, path, fail);
  const range = array(fix.range, `${path}.range`, fail);
  if (range.length !== 2) fail(`${path}.range`, 'must hold a start and an end offset');
  const start = count(range[0], `${path}.range[0]`, fail, 0);
  const end = count(range[1], `${path}.range[1]`, fail, 0);
  if (end < start) fail(`${path}.range`, 'must not end before it starts');
  return { range: [start, end], text: string(fix.text, `${path}.text`, fail) };
}
