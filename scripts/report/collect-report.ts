import { intendedTerms } from '../glossary/term-concepts.js';
import { languageAutonym } from '../render/locale-names.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { isProtected, type Segment } from '../core/segment.js';
import { resourcePath } from '../locales/store.js';
import { createValueFormatter, RateError, type ValueFormatter } from '../money/index.js';
import { noRates, type LoadedArticle, type Project } from '../project/context.js';
import { articleTranslations } from '../project/memory.js';
import { segmentStates, staleIds, type SegmentState } from '../stats/index.js';
import type { ReportArticle, ReportData, ReportLocale, ReportRow } from './model.js';
import { placeDiagnostic, type DiagnosticPlace } from './place-diagnostics.js';
import { sourcePieces, targetPieces } from './text-pieces.js';

export interface CollectReportOptions {
  /** Target locales to show; every configured one when empty. */
  readonly locales: readonly string[];
  /** Findings of `glossa check` over the whole project. */
  readonly diagnostics: readonly Diagnostic[];
}

interface Findings {
  readonly source: Diagnostic[];
  readonly target: Diagnostic[];
}

interface ArticleInLocale {
  readonly loaded: LoadedArticle;
  readonly states: readonly SegmentState[];
  readonly stale: readonly string[];
  readonly translations: ReadonlyMap<string, string>;
  readonly formatter: ValueFormatter;
}

/** Reads the project's articles, translations and glossary into what the review page shows. */
export async function collectReport(project: Project, options: CollectReportOptions): Promise<ReportData> {
  const { config } = project;
  const locales = options.locales.length > 0 ? options.locales : config.targetLocales;
  const articles = await project.articles.load();
  const { glossary, matcher } = await project.termbase.terms();
  const sourceMatcher = matcher(config.sourceLocale);
  const money = await project.money();
  const rates = (await money.rates()) ?? noRates;

  const articleOfFile = new Map<string, string>();
  for (const { document } of articles) {
    articleOfFile.set(document.file, document.name);
    for (const locale of config.targetLocales) articleOfFile.set(resourcePath(config.locales, locale, document.name), document.name);
  }
  const placed = options.diagnostics.map((diagnostic) => ({
    diagnostic,
    place: placeDiagnostic(diagnostic, { targetLocales: config.targetLocales, articleOfFile }),
  }));
  const intended = new Map<Segment, ReturnType<typeof intendedTerms>>();
  for (const { segments } of articles) for (const segment of segments) intended.set(segment, intendedTerms(segment, sourceMatcher));

  const views: ReportLocale[] = [];
  for (const locale of locales) {
    const inLocale: ArticleInLocale[] = [];
    for (const loaded of articles) {
      const { document, segments } = loaded;
      const { translations, memory } = await articleTranslations(project, document.name, locale);
      inLocale.push({
        loaded,
        states: segmentStates(segments, translations, memory),
        stale: staleIds(segments, translations),
        translations,
        formatter: createValueFormatter({ locale, policy: money.policy(locale, document), rates, articleDate: document.frontMatter.date, article: document.file }),
      });
    }

    // A slot per shown segment and stale translation; findings fill them before the rows are built.
    const findings = new Map<string, Findings>();
    const firstArticleOf = new Map<string, string>();
    const slotKey = (article: string, id: string) => `${article}\u0000${id}`;
    for (const { loaded, states, stale } of inLocale) {
      for (const id of [...states.map((state) => state.segment.id), ...stale]) {
        findings.set(slotKey(loaded.document.name, id), { source: [], target: [] });
        if (!firstArticleOf.has(id)) firstArticleOf.set(id, loaded.document.name);
      }
    }
    const slotOf = (place: DiagnosticPlace): Findings | undefined => {
      if (place.segmentId === undefined) return undefined;
      const article = place.article ?? firstArticleOf.get(place.segmentId);
      return article === undefined ? undefined : findings.get(slotKey(article, place.segmentId));
    };
    const unplaced: Diagnostic[] = [];
    for (const { diagnostic, place } of placed) {
      if (place.locale !== undefined && place.locale !== locale) continue;
      const slot = slotOf(place);
      if (slot) slot[place.side].push(diagnostic);
      else unplaced.push(diagnostic);
    }

    const reportArticles = inLocale.map(({ loaded, states, stale, translations, formatter }): ReportArticle => {
      const { document } = loaded;
      const slot = (id: string) => findings.get(slotKey(document.name, id))!;
      return {
        name: document.name,
        file: document.file,
        title: document.frontMatter.title,
        segments: states.length,
        translated: states.filter((state) => state.status === 'translated').length,
        rows: states.map((state): ReportRow => {
          const values = valuesOf(state.segment, formatter);
          const found = slot(state.segment.id);
          return {
            id: state.segment.id,
            occurrences: state.occurrences,
            status: state.status,
            source: sourcePieces(state.segment, intended.get(state.segment) ?? [], glossary, locale),
            ...(state.translation !== undefined ? { target: targetPieces(state.translation, values) } : {}),
            ...(state.suggestion ? { suggestion: { quality: state.suggestion.quality, target: targetPieces(state.suggestion.target, values) } } : {}),
            sourceDiagnostics: found.source,
            targetDiagnostics: found.target,
          };
        }),
        stale: stale.map((id) => {
          const found = slot(id);
          return { id, target: targetPieces(translations.get(id) ?? '', new Map()), diagnostics: [...found.source, ...found.target] };
        }),
      };
    });
    views.push({
      locale,
      label: languageAutonym(locale),
      segments: reportArticles.reduce((total, article) => total + article.segments, 0),
      translated: reportArticles.reduce((total, article) => total + article.translated, 0),
      articles: reportArticles,
      unplaced,
    });
  }
  return { sourceLocale: config.sourceLocale, locales: views };
}

/** Placeholder → value as the locale shows it; an amount without a rate for the article date is shown as the source writes it. */
function valuesOf(segment: Segment, formatter: ValueFormatter): Map<string, string> {
  const values = new Map<string, string>();
  for (const span of segment.spans.filter(isProtected)) {
    let shown: string;
    try {
      shown = formatter.format(span);
    } catch (error) {
      if (!(error instanceof RateError)) throw error;
      shown = segment.text.slice(span.start, span.end);
    }
    values.set(span.placeholder, shown);
  }
  return values;
}
