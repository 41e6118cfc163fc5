import { collectResourceUnits } from '../check/collect.js';
import { findSuppressions, runRules, sourceUnitsOf } from '../check/engine.js';
import { applyFixes, fixDiff, type FileFix } from '../check/fix.js';
import { allRules } from '../check/rules/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Segment } from '../core/segment.js';
import { ConfigError, ExitCode } from '../core/errors.js';
import { writeFileAtomic } from '../locales/store.js';
import type { Project } from '../project/context.js';
import type { Suppression } from '../check/directives.js';
import type { TranslationUnit } from '../check/rule.js';
import { collectXliffUnits } from '../check/collect-xliff.js';

export interface CheckOptions {
  /** Files or folders to report on; empty: the whole project. */
  readonly paths: readonly string[];
  readonly maxWarnings?: number;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
}

export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly checkedFiles: readonly string[];
  readonly exitCode: number;
  readonly fixes: readonly FileFix[];
  readonly diffs: readonly string[];
}

/**
 * Runs every rule over the source articles, the translations in `locales/` and
 * the XLIFF files named in `paths`. Findings are reported for the files named
 * (all of them by default); the whole project is always read, because a
 * translation is judged against its source.
 */
export async function check(project: Project, options: CheckOptions): Promise<CheckResult> {
  const { config } = project;
  const articles = await project.articles();
  const segmentsByArticle = new Map<string, Map<string, Segment>>();
  const segmentsById = new Map<string, Segment>();
  const sources = [];
  const suppressions = new Map<string, readonly Suppression[]>();
  for (const { document, segments } of articles) {
    segmentsByArticle.set(document.name, new Map(segments.map((segment) => [segment.id, segment])));
    for (const segment of segments) if (!segmentsById.has(segment.id)) segmentsById.set(segment.id, segment);
    sources.push(...sourceUnitsOf(document, config.sourceLocale, segments));
    suppressions.set(document.file, findSuppressions(document.text, document.blocks));
  }
  const xliffFiles = options.paths.filter((file) => /\.xlf{1,2}$|\.xliff$/i.test(file));
  const translations: TranslationUnit[] = [
    ...(await collectResourceUnits(config, segmentsByArticle, segmentsById)),
    ...(xliffFiles.length > 0 ? await collectXliffUnits(project, xliffFiles, segmentsById) : []),
  ];
  const { glossary, matcher } = await project.terms();
  const rates = await project.rates();

  const all = runRules({
    sourceLocale: config.sourceLocale,
    targetLocales: config.targetLocales,
    rules: allRules,
    settings: config.rules,
    ...(glossary ? { glossary } : {}),
    ...(rates ? { rates } : {}),
    matcher,
    sources,
    translations,
    suppressions,
  });

  const checkedFiles = new Set([...sources.map((unit) => unit.file), ...translations.map((unit) => unit.file)]);
  const wanted = options.paths.map((entry) => project.relative(project.resolve(entry)));
  const covers = (entry: string, file: string) => entry === '' || file === entry || file.startsWith(`${entry}/`);
  const inScope = (file: string) => wanted.length === 0 || wanted.some((entry) => covers(entry, file));
  for (const entry of wanted) {
    if (![...checkedFiles].some((file) => covers(entry, file))) {
      throw new ConfigError(`${entry} holds no source article, locale resource or XLIFF file of this project`);
    }
  }
  const diagnostics = all.filter((diagnostic) => inScope(diagnostic.file));

  const fixes: FileFix[] = [];
  const diffs: string[] = [];
  if (options.fix || options.fixDryRun) {
    for (const { document } of articles) {
      if (!inScope(document.file)) continue;
      const fix = applyFixes(document.file, document.text, diagnostics);
      if (fix.applied === 0) continue;
      fixes.push(fix);
      if (options.fixDryRun) diffs.push(fixDiff(fix));
      else await writeFileAtomic(project.resolve(document.file), fix.after);
    }
  }
  const remaining = options.fix && !options.fixDryRun ? diagnostics.filter((diagnostic) => !diagnostic.fix || diagnostic.suppressed) : diagnostics;
  const active = remaining.filter((diagnostic) => !diagnostic.suppressed);
  const errors = active.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = active.filter((diagnostic) => diagnostic.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings;
  return {
    diagnostics: remaining,
    checkedFiles: [...checkedFiles].filter(inScope).sort(),
    exitCode: errors > 0 || tooManyWarnings ? ExitCode.checkFailed : ExitCode.ok,
    fixes,
    diffs,
  };
}
