import { compareDiagnostics, type Diagnostic, type Severity } from '../core/diagnostic.js';
import { LineIndex } from '../core/position.js';
import type { Segment } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';
import type { Glossary, TermMatcher } from '../glossary/index.js';
import type { RateTable } from '../money/index.js';
import { findSuppressions, isSuppressed, type Suppression } from './directives.js';
import { fillMessage, type CheckUnit, type Report, type Rule, type SourceUnit, type TranslationUnit } from './rule.js';

export type RuleSetting = Severity | 'off';

export interface CheckInput {
  readonly sourceLocale: string;
  readonly targetLocales: readonly string[];
  readonly rules: readonly Rule[];
  readonly settings: Readonly<Record<string, RuleSetting>>;
  readonly glossary?: Glossary;
  readonly rates?: RateTable;
  readonly allowEarlierRates?: boolean;
  readonly matcher: (locale: string) => TermMatcher | undefined;
  readonly sources: readonly SourceUnit[];
  readonly translations: readonly TranslationUnit[];
  /** Inline opt-outs per source file. */
  readonly suppressions: ReadonlyMap<string, readonly Suppression[]>;
  /**
   * False when only source files are reported on: translations then go only to
   * the rules that judge sources by them, and nothing is said about them.
   */
  readonly reportOnTranslations?: boolean;
}

/**
 * Runs every rule over every unit and turns their reports into diagnostics:
 * the one place where offsets inside a unit become file, line and column.
 */
export function runRules(input: CheckInput): Diagnostic[] {
  const reports: RuleReport[] = [];
  const bySourceId = new Map<string, SourceUnit[]>();
  for (const unit of input.sources) {
    const list = bySourceId.get(unit.segment.id);
    if (list) list.push(unit);
    else bySourceId.set(unit.segment.id, [unit]);
  }
  const active = input.rules.filter((rule) => severityFor(rule, input.settings, 'source') !== 'off' || severityFor(rule, input.settings, 'translation') !== 'off');
  const visitors = active.map((rule) =>
    rule.create({
      sourceLocale: input.sourceLocale,
      targetLocales: input.targetLocales,
      ...(input.glossary ? { glossary: input.glossary } : {}),
      ...(input.rates ? { rates: input.rates } : {}),
      allowEarlierRates: input.allowEarlierRates ?? false,
      matcher: input.matcher,
      sourceUnits: (id) => bySourceId.get(id) ?? [],
      report: (report) => {
        if (report.unit.side === 'translation' && input.reportOnTranslations === false) return;
        if (severityFor(rule, input.settings, report.unit.side) !== 'off') reports.push({ rule, report });
      },
    }),
  );
  const reportOnTranslations = input.reportOnTranslations ?? true;
  const translationVisitors = visitors.filter((_, index) => reportOnTranslations || active[index]!.meta.judgesSourcesByTranslations);
  for (const unit of input.sources) for (const visitor of visitors) visitor.source?.(unit);
  for (const unit of input.translations) for (const visitor of translationVisitors) visitor.translation?.(unit);
  for (const visitor of visitors) visitor.end?.();
  return oneFindingPerWord(reports, input).flatMap(({ rule, report }) => toDiagnostic(rule, report, input) ?? []).sort(compareDiagnostics);
}

interface RuleReport {
  readonly rule: Rule;
  readonly report: Report;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Keeps one finding per word: of several findings on the same range of the
 * same unit ("Kiew" is both deprecated and, for term/missing, the word where
 * "Kyjiw" should stand), the most severe stays; among equally severe ones, the
 * rule that `supersedes` the others, else the rule listed first. Findings
 * without a range (about a whole sentence) are all kept.
 */
function oneFindingPerWord(reports: readonly RuleReport[], input: CheckInput): RuleReport[] {
  const order = new Map(input.rules.map((rule, index) => [rule, index]));
  const rank = ({ rule, report }: RuleReport): number => severityRank[severityFor(rule, input.settings, report.unit.side) as Severity];
  const better = (a: RuleReport, b: RuleReport): boolean =>
    rank(a) !== rank(b)
      ? rank(a) < rank(b)
      : (a.rule.meta.supersedes ?? []).includes(b.rule.meta.id) ||
        (!(b.rule.meta.supersedes ?? []).includes(a.rule.meta.id) && order.get(a.rule)! < order.get(b.rule)!);
  const byUnit = new Map<CheckUnit, Map<string, RuleReport>>();
  const kept: RuleReport[] = [];
  for (const entry of reports) {
    const { start, end, unit } = entry.report;
    if (start === undefined || end === undefined) {
      kept.push(entry);
      continue;
    }
    const ranges = byUnit.get(unit) ?? new Map<string, RuleReport>();
    byUnit.set(unit, ranges);
    const current = ranges.get(`${start}:${end}`);
    if (!current || better(entry, current)) ranges.set(`${start}:${end}`, entry);
  }
  for (const ranges of byUnit.values()) kept.push(...ranges.values());
  return kept;
}

function severityFor(rule: Rule, settings: Readonly<Record<string, RuleSetting>>, side: CheckUnit['side']): RuleSetting {
  const configured = settings[rule.meta.id];
  if (configured) return configured;
  const fallback = rule.meta.defaultSeverity;
  return typeof fallback === 'string' ? fallback : fallback[side];
}

function toDiagnostic(rule: Rule, report: Report, input: CheckInput): Diagnostic | undefined {
  const { unit } = report;
  const severity = severityFor(rule, input.settings, unit.side);
  if (severity === 'off') return undefined;
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported an unknown message id "${report.messageId}"`);
  const start = unit.location.position(report.start ?? 0);
  const end = report.end === undefined ? start : (unit.location.endPosition?.(report.end) ?? unit.location.position(report.end));
  const startOffset = unit.location.fileOffset?.(report.start ?? 0);
  const endOffset = unit.location.fileOffset?.(report.end ?? report.start ?? 0);
  const suppressed = startOffset !== undefined && isSuppressed(input.suppressions.get(unit.file) ?? [], rule.meta.id, startOffset);
  return {
    ruleId: rule.meta.id,
    severity,
    file: unit.file,
    line: start.line,
    column: start.column,
    ...(report.end !== undefined ? { endLine: end.line, endColumn: end.column } : {}),
    message: fillMessage(template, report.data),
    segmentId: unit.side === 'source' ? unit.segment.id : unit.id,
    locale: unit.locale,
    ...(report.fix !== undefined && unit.side === 'source' && startOffset !== undefined && endOffset !== undefined
      ? { fix: { range: [startOffset, endOffset] as const, text: report.fix } }
      : {}),
    ...(suppressed ? { suppressed: true } : {}),
  };
}

/** Source units of one article, each occurrence of each segment. */
export function sourceUnitsOf(document: ArticleDocument, locale: string, segments: readonly Segment[]): SourceUnit[] {
  const { name: article, file, text: fileText } = document;
  const lines = new LineIndex(fileText);
  return segments.map((segment) => ({
    side: 'source',
    article,
    file,
    locale,
    articleDate: document.frontMatter.date,
    segment,
    text: segment.text,
    location: { position: (offset: number) => lines.positionAt(segment.offset + offset), fileOffset: (offset: number) => segment.offset + offset },
  }));
}

export { findSuppressions };
