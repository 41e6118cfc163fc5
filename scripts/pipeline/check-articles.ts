import { listResources, resourceUnits } from '../check/collect.js';
import { findSuppressions, RuleRun, sourceUnitsOf, type PlacedReport, type ShareFindings } from '../check/engine.js';
import { allRules } from '../check/rules/index.js';
import type { Segment } from '../core/segment.js';
import type { Project } from '../project/context.js';
import { SpillList, type SpilledList } from '../util/spill-list.js';

/** What one share of the articles yields: its findings (finished by RuleRun.finishShares) and the files it read. */
export interface CheckPartResult {
  /** Findings placed article by article, before those in `findings` (see `findingsFolder`). */
  readonly earlier?: SpilledList<PlacedReport>;
  readonly findings: ShareFindings;
  readonly checkedFiles: string[];
}

export interface CheckArticlesInput {
  readonly xliffFiles: readonly string[];
  /** False when only source files are reported on (see RuleRunSettings). */
  readonly reportOnTranslations: boolean;
  /**
   * A folder for the findings of this share beyond the first
   * `findingsInMemory` (default 5,000): they are written there as the share
   * goes, and handed over in `earlier`. Without it they are held to the end.
   */
  readonly findingsFolder?: string;
  readonly findingsInMemory?: number;
}

/**
 * The rules over the articles of this project instance (a share, in a
 * worker), article by article: an article is read, checked with its
 * translations and let go before the next is read, so memory does not grow
 * with the number of articles; with `findingsFolder`, neither do the
 * findings held until the end.
 */
export async function checkArticles(project: Project, input: CheckArticlesInput): Promise<CheckPartResult> {
  const { config } = project;
  const { glossary, matcher } = await project.termbase.terms();
  const rates = await (await project.money()).rates();
  const run = new RuleRun({
    sourceLocale: config.sourceLocale,
    targetLocales: config.targetLocales,
    rules: allRules,
    settings: config.rules,
    ...(glossary ? { glossary } : {}),
    ...(rates ? { rates } : {}),
    allowEarlierRates: config.allowEarlierRates,
    matcher,
    reportOnTranslations: input.reportOnTranslations,
  });
  const resources = await listResources(config, (article) => project.articles.includes(article));
  const checkedFiles = new Set<string>();
  // Read through the content cache, which keeps each file's digest: the check's key is then named without reading them again.
  const readInput = (absolutePath: string) => project.cache.readInput(absolutePath);
  const earlier = input.findingsFolder === undefined ? undefined : new SpillList<PlacedReport>(input.findingsFolder, input.findingsInMemory ?? 5_000);
  const checkResources = async (article: string, segments: ReadonlyMap<string, Segment> | undefined) => {
    for (const resource of resources.get(article) ?? []) {
      const units = await resourceUnits(config, resource, segments, readInput);
      if (units.length > 0) checkedFiles.add(resource.file);
      run.translations(units);
    }
    resources.delete(article);
    run.endArticle(article);
    if (earlier) for (const report of run.takePlaced()) earlier.push(report);
  };
  // XLIFF targets name their article's segments, so those are kept only when XLIFF files are checked.
  const segmentsForXliff = input.xliffFiles.length > 0 ? new Map<string, Map<string, Segment>>() : undefined;
  for await (const { document, segments } of project.articles.stream()) {
    const byId = new Map(segments.map((segment) => [segment.id, segment]));
    segmentsForXliff?.set(document.name, byId);
    run.suppress(document.file, findSuppressions(document.text, document.blocks));
    const sources = sourceUnitsOf(document, config.sourceLocale, segments);
    if (sources.length > 0) checkedFiles.add(document.file);
    run.sources(sources);
    await checkResources(document.name, byId);
  }
  // Resources of articles that are gone: every entry is stale.
  for (const article of [...resources.keys()]) await checkResources(article, undefined);
  if (segmentsForXliff) {
    const { collectXliffUnits } = await import('../check/collect-xliff.js');
    const units = await collectXliffUnits(project, input.xliffFiles, segmentsForXliff);
    for (const unit of units) checkedFiles.add(unit.file);
    run.translations(units);
  }
  const findings = run.finishShare();
  return { ...(earlier ? { earlier: earlier.handOver() } : {}), findings, checkedFiles: [...checkedFiles] };
}
