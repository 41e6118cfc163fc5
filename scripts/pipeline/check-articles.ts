import { collectResourceUnits } from '../check/collect.js';
import type { Suppression } from '../check/directives.js';
import { findSuppressions, runRules, sourceUnitsOf } from '../check/engine.js';
import type { SourceUnit, TranslationUnit } from '../check/rule.js';
import { allRules } from '../check/rules/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Segment } from '../core/segment.js';
import type { Project } from '../project/context.js';

/** What one share of the articles yields: its findings and the files it read. */
export interface CheckPartResult {
  readonly diagnostics: Diagnostic[];
  readonly checkedFiles: string[];
}

export interface CheckArticlesInput {
  readonly xliffFiles: readonly string[];
  /** False when only source files are reported on (see CheckInput). */
  readonly reportOnTranslations: boolean;
}

/** The rules over the articles of this project instance (a share, in a worker). */
export async function checkArticles(project: Project, input: CheckArticlesInput): Promise<CheckPartResult> {
  const { config } = project;
  const articles = await project.articles.load();
  const segmentsByArticle = new Map<string, Map<string, Segment>>();
  const sources: SourceUnit[] = [];
  const suppressions = new Map<string, readonly Suppression[]>();
  for (const { document, segments } of articles) {
    segmentsByArticle.set(document.name, new Map(segments.map((segment) => [segment.id, segment])));
    sources.push(...sourceUnitsOf(document, config.sourceLocale, segments));
    suppressions.set(document.file, findSuppressions(document.text, document.blocks));
  }
  const translations: TranslationUnit[] = await collectResourceUnits(config, segmentsByArticle, (article) => project.articles.includes(article));
  if (input.xliffFiles.length > 0) {
    const { collectXliffUnits } = await import('../check/collect-xliff.js');
    translations.push(...(await collectXliffUnits(project, input.xliffFiles, segmentsByArticle)));
  }
  const { glossary, matcher } = await project.termbase.terms();
  const rates = await project.money.rates();
  const diagnostics = runRules({
    sourceLocale: config.sourceLocale,
    targetLocales: config.targetLocales,
    rules: allRules,
    settings: config.rules,
    ...(glossary ? { glossary } : {}),
    ...(rates ? { rates } : {}),
    allowEarlierRates: config.allowEarlierRates,
    matcher,
    sources,
    translations,
    suppressions,
    reportOnTranslations: input.reportOnTranslations,
  });
  const checkedFiles = [...new Set([...sources.map((unit) => unit.file), ...translations.map((unit) => unit.file)])];
  return { diagnostics, checkedFiles };
}
