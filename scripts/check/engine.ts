import { compareDiagnostics, type Diagnostic, type Severity } from '../core/diagnostic.js';
import { LineIndex } from '../core/position.js';
import type { Segment } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';
import type { Glossary, TermMatcher } from '../glossary/index.js';
import type { RateTable } from '../money/index.js';
import { findSuppressions, isSuppressed, type Suppression } from './directives.js';
import { fillMessage, type CheckUnit, type Report, type Rule, type RuleVisitor, type SourceUnit, type TranslationUnit } from './rule.js';

export type RuleSetting = Severity | 'off';

/** What a rule run needs besides the units: the rules, their settings and the project's data. */
export interface RuleRunSettings {
  readonly sourceLocale: string;
  readonly targetLocales: readonly string[];
  readonly rules: readonly Rule[];
  readonly settings: Readonly<Record<string, RuleSetting>>;
  readonly glossary?: Glossary;
  readonly rates?: RateTable;
  readonly allowEarlierRates?: boolean;
  readonly matcher: (locale: string) => TermMatcher | undefined;
  /**
   * False when only source files are reported on: translations then go only to
   * the rules that judge sources by them, and nothing is said about them.
   */
  readonly reportOnTranslations?: boolean;
}

export interface CheckInput extends RuleRunSettings {
  readonly sources: readonly SourceUnit[];
  readonly translations: readonly TranslationUnit[];
  /** Inline opt-outs per source file. */
  readonly suppressions: ReadonlyMap<string, readonly Suppression[]>;
}

/** Runs every rule over every unit of the input at once (see RuleRun). */
export function runRules(input: CheckInput): Diagnostic[] {
  const run = new RuleRun(input);
  for (const [file, suppressions] of input.suppressions) run.suppress(file, suppressions);
  run.sources(input.sources);
  run.translations(input.translations);
  for (const article of new Set([...input.sources, ...input.translations].map((unit) => unit.article))) run.endArticle(article);
  return run.finish();
}

/**
 * Runs every rule over units handed in article by article, and turns their
 * reports into diagnostics: the one place where offsets inside a unit become
 * file, line and column. When an article is done its findings are placed at
 * once, so no unit of it is kept; only findings and what rules that compare
 * across articles remember outlive it.
 */
export class RuleRun {
  private readonly active: Rule[];
  private readonly visitors: RuleVisitor[];
  private readonly translationVisitors: RuleVisitor[];
  private readonly order: Map<string, number>;
  private pending: RuleReport[] = [];
  private readonly placed: PlacedReport[] = [];
  private readonly suppressions = new Map<string, readonly Suppression[]>();

  constructor(private readonly settings: RuleRunSettings) {
    this.order = new Map(settings.rules.map((rule, index) => [rule.meta.id, index]));
    const active = settings.rules.filter((rule) => severityFor(rule, settings.settings, 'source') !== 'off' || severityFor(rule, settings.settings, 'translation') !== 'off');
    const reportOnTranslations = settings.reportOnTranslations ?? true;
    this.visitors = active.map((rule) =>
      rule.create({
        sourceLocale: settings.sourceLocale,
        targetLocales: settings.targetLocales,
        ...(settings.glossary ? { glossary: settings.glossary } : {}),
        ...(settings.rates ? { rates: settings.rates } : {}),
        allowEarlierRates: settings.allowEarlierRates ?? false,
        matcher: settings.matcher,
        report: (report) => {
          if (report.unit.side === 'translation' && !reportOnTranslations) return;
          if (severityFor(rule, settings.settings, report.unit.side) !== 'off') this.pending.push({ rule, report });
        },
      }),
    );
    this.translationVisitors = this.visitors.filter((_, index) => reportOnTranslations || active[index]!.meta.judgesSourcesByTranslations);
    this.active = active;
  }

  /** Inline opt-outs of a source file; given before its units. */
  suppress(file: string, suppressions: readonly Suppression[]): void {
    this.suppressions.set(file, suppressions);
  }

  sources(units: readonly SourceUnit[]): void {
    for (const unit of units) for (const visitor of this.visitors) visitor.source?.(unit);
  }

  translations(units: readonly TranslationUnit[]): void {
    for (const unit of units) for (const visitor of this.translationVisitors) visitor.translation?.(unit);
  }

  /** After an article's sources and all its translations were given. */
  endArticle(article: string): void {
    for (const visitor of this.visitors) visitor.endArticle?.(article);
    this.place();
  }

  /**
   * The findings placed so far, handed over and no longer kept here: a share
   * writes them out as it goes instead of holding all of them to the end.
   * `finishShare` then returns only those placed after.
   */
  takePlaced(): PlacedReport[] {
    return this.placed.splice(0);
  }

  /** After every article: the rules that compare across articles report, and the findings come out sorted. */
  finish(): Diagnostic[] {
    for (const visitor of this.visitors) visitor.end?.();
    this.place();
    return oneFindingPerWord(this.placed, this.order).sort(compareDiagnostics);
  }

  /**
   * After every article of one share of a run spread over threads: the
   * findings so far, and instead of the findings of rules that compare
   * across articles, what those rules gathered (see finishShares).
   */
  finishShare(): ShareFindings {
    const gathered: Record<string, unknown> = {};
    this.active.forEach((rule, index) => {
      const visitor = this.visitors[index]!;
      if (visitor.handOver) gathered[rule.meta.id] = visitor.handOver();
      else visitor.end?.();
    });
    this.place();
    return { placed: this.placed, gathered };
  }

  /**
   * Finishes a run spread over threads, in a run that saw no unit itself: the
   * rules that compare across articles take over what every share gathered
   * and report, and one finding per word is chosen over all shares, so the
   * findings equal those of one thread.
   */
  finishShares(shares: readonly ShareFindings[]): Diagnostic[] {
    this.active.forEach((rule, index) => {
      const visitor = this.visitors[index]!;
      if (!visitor.takeOver) return;
      for (const share of shares) if (rule.meta.id in share.gathered) visitor.takeOver(share.gathered[rule.meta.id]);
      visitor.end?.();
    });
    this.place();
    return oneFindingPerWord([...shares.flatMap((share) => share.placed), ...this.placed], this.order).sort(compareDiagnostics);
  }

  private place(): void {
    for (const { rule, report } of this.pending) {
      const severity = severityFor(rule, this.settings.settings, report.unit.side) as Severity;
      this.placed.push({ ruleId: rule.meta.id, supersedes: rule.meta.supersedes ?? [], severity, word: wordKey(report), diagnostic: toDiagnostic(rule, severity, report, this.suppressions) });
    }
    this.pending = [];
  }
}

/** What one share of a run spread over threads hands back: plain data, so it crosses threads. */
export interface ShareFindings {
  readonly placed: readonly PlacedReport[];
  /** By rule id: what a rule that compares across articles gathered (RuleVisitor.handOver). */
  readonly gathered: Readonly<Record<string, unknown>>;
}

interface RuleReport {
  readonly rule: Rule;
  readonly report: Report;
}

/** A finding placed in its file, with what choosing one finding per word needs. */
export interface PlacedReport {
  readonly ruleId: string;
  readonly supersedes: readonly string[];
  readonly severity: Severity;
  /** The unit and range the finding is about; undefined for a finding about a whole sentence. */
  readonly word: string | undefined;
  readonly diagnostic: Diagnostic;
}

/** Names a range of one unit: the unit by its place (file, locale, article, id or offset), so no unit needs to be kept. */
function wordKey({ unit, start, end }: Report): string | undefined {
  if (start === undefined || end === undefined) return undefined;
  const place = unit.side === 'source' ? `s${unit.segment.offset}` : `t${unit.origin}\u0000${unit.article}\u0000${unit.id}`;
  return [unit.file, unit.locale, place, start, end].join('\u0000');
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Keeps one finding per word: of several findings on the same range of the
 * same unit ("Kiew" is both deprecated and, for term/missing, the word where
 * "Kyjiw" should stand), the most severe stays; among equally severe ones, the
 * rule that `supersedes` the others, else the rule listed first. Findings
 * without a range (about a whole sentence) are all kept.
 */
function oneFindingPerWord(placed: readonly PlacedReport[], order: ReadonlyMap<string, number>): Diagnostic[] {
  const rank = (entry: PlacedReport): number => severityRank[entry.severity];
  const better = (a: PlacedReport, b: PlacedReport): boolean =>
    rank(a) !== rank(b) ? rank(a) < rank(b) : a.supersedes.includes(b.ruleId) || (!b.supersedes.includes(a.ruleId) && order.get(a.ruleId)! < order.get(b.ruleId)!);
  const kept: Diagnostic[] = [];
  const words = new Map<string, PlacedReport>();
  for (const entry of placed) {
    if (entry.word === undefined) {
      kept.push(entry.diagnostic);
      continue;
    }
    const current = words.get(entry.word);
    if (!current || better(entry, current)) words.set(entry.word, entry);
  }
  for (const entry of words.values()) kept.push(entry.diagnostic);
  return kept;
}

function severityFor(rule: Rule, settings: Readonly<Record<string, RuleSetting>>, side: CheckUnit['side']): RuleSetting {
  const configured = settings[rule.meta.id];
  if (configured) return configured;
  const fallback = rule.meta.defaultSeverity;
  return typeof fallback === 'string' ? fallback : fallback[side];
}

function toDiagnostic(rule: Rule, severity: Severity, report: Report, suppressions: ReadonlyMap<string, readonly Suppression[]>): Diagnostic {
  const { unit } = report;
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported an unknown message id "${report.messageId}"`);
  const start = unit.location.position(report.start ?? 0);
  const end = report.end === undefined ? start : (unit.location.endPosition?.(report.end) ?? unit.location.position(report.end));
  const startOffset = unit.location.fileOffset?.(report.start ?? 0);
  const endOffset = unit.location.fileOffset?.(report.end ?? report.start ?? 0);
  const suppressed = startOffset !== undefined && isSuppressed(suppressions.get(unit.file) ?? [], rule.meta.id, startOffset);
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
