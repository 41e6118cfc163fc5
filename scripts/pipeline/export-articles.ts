import { selectLocales } from '../config.js';
import path from 'node:path';
import type { Segment, TermSpan } from '../core/segment.js';
import { intendedTerms } from '../glossary/term-concepts.js';
import { isProtected } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';
import { deprecatedTerms, findConcept, preferredTerm, type Glossary } from '../glossary/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { articleTranslations } from '../project/memory.js';
import { cacheKey } from '../project/content-cache.js';
import { readBytes } from '../util/read-file.js';
import { historyPath, resourcePath } from '../locales/store.js';
import { importedMemoryPath } from '../tm/imported-memory.js';
import { stageMemo } from './stage-memo.js';
import { plainAmount, type ValueFormatter } from '../money/index.js';
import { noRates, type Project } from '../project/context.js';
import { bestCandidates, writeXliff, type GroupInput, type PlaceholderInfo, type TermHint, type UnitInput, type XliffVersion } from '../xliff/index.js';

/** What the export of a share needs: plain data, since it crosses to worker threads. */
export interface ExportArticlesOptions {
  /** `source`: untranslated units get the source as their target, for tools that translate the target text (OmegaT). */
  readonly prefill?: 'source';
  readonly locales?: readonly string[];
  readonly version?: XliffVersion;
  /** Output folder; files go to <out>/<lng>/<article>.xlf. Default: <output>/xliff. */
  readonly out?: string;
}

export interface XliffExportResult {
  readonly article: string;
  readonly locale: string;
  readonly file: string;
  readonly units: number;
  readonly translated: number;
  readonly suggestions: number;
  readonly changed: boolean;
}

/** Exports this project instance's articles (a share, in a worker). */
export async function exportArticles(project: Project, options: ExportArticlesOptions = {}): Promise<XliffExportResult[]> {
  const { config } = project;
  const locales = selectLocales(config, options.locales);
  const version = options.version ?? '2.0';
  const outDir = options.out ?? path.posix.join(config.output, 'xliff');
  const { glossary, matcher } = await project.termbase.terms();
  const sourceMatcher = matcher(config.sourceLocale);
  const money = await project.money();
  const rates = (await money.rates()) ?? noRates;
  const results: XliffExportResult[] = [];
  const settings = await exportSettings(project, { locales, version, outDir, prefill: options.prefill ?? 'none' });
  for (const file of await project.articles.list()) {
    const outputs = locales.map((locale) => path.posix.join(outDir, locale, `${file.name}.xlf`));
    const inputs = [
      file.file,
      historyPath(config.locales, file.name),
      ...locales.flatMap((locale) => [resourcePath(config.locales, locale, file.name), importedMemoryPath(config.locales, locale)]),
    ];
    const memo = stageMemo<XliffExportResult[]>(project, settings, inputs, outputs);
    if (memo.result) {
      results.push(...memo.result.map((result) => ({ ...result, changed: false })));
      project.articles.articleDone();
      continue;
    }
    const { document, segments } = await project.articles.read(file);
    const written: XliffExportResult[] = [];
    for (const locale of locales) {
      const { translations, memory } = await articleTranslations(project, document.name, locale);
      const formatter = money.valueFormatter(locale, rates, document);
      const groups = groupUnits(document, segments, (segment) => {
        const target = translations.get(segment.id);
        return {
          segment,
          ...(target !== undefined ? { target, state: 'translated' as const } : { prefill: options.prefill === 'source' }),
          notes: [],
          terms: glossary ? termHints(segment, intendedTerms(segment, sourceMatcher), glossary, config.sourceLocale, locale) : [],
          placeholders: placeholderInfos(segment, formatter, locale),
          candidates: target === undefined && memory.length > 0 ? bestCandidates(segment.message, memory) : [],
        };
      });
      const xml = writeXliff({ version, original: document.file, article: document.name, srcLang: config.sourceLocale, trgLang: locale, groups });
      const file = path.posix.join(outDir, locale, `${document.name}.xlf`);
      const changed = await writeFileAtomic(project.resolve(file), xml);
      const units = groups.flatMap((group) => group.units);
      written.push({
        article: document.name,
        locale,
        file,
        units: units.length,
        translated: units.filter((unit) => unit.target !== undefined).length,
        suggestions: units.filter((unit) => unit.candidates.length > 0).length,
        changed,
      });
    }
    memo.remember(written);
    results.push(...written);
    project.articles.articleDone();
  }
  return results;
}

/** Names what an article's XLIFF depends on besides its own files: code, configuration, options, termbase, SRX, rates. */
async function exportSettings(project: Project, options: object): Promise<string> {
  const { config } = project;
  const rates = config.rates ? (readBytes(project.resolve(config.rates)) ?? 'absent') : 'none';
  return cacheKey('xliff export', await project.articles.settingsKey(), JSON.stringify(config), JSON.stringify(options), rates);
}

/** One group per block; a sentence that occurs twice in an article is one unit, at its first place. */
function groupUnits(document: ArticleDocument, segments: readonly Segment[], unitOf: (segment: Segment) => UnitInput): GroupInput[] {
  const seen = new Set<string>();
  const groups: GroupInput[] = [];
  for (const block of document.blocks) {
    const units = segments.filter((segment) => segment.block === block.index && !seen.has(segment.id)).map((segment) => {
      seen.add(segment.id);
      return unitOf(segment);
    });
    if (units.length > 0) groups.push({ id: `b${block.index}`, type: block.kind, units });
  }
  return groups;
}

function termHints(segment: Segment, terms: readonly TermSpan[], glossary: Glossary, sourceLocale: string, locale: string): TermHint[] {
  return terms.flatMap((span): TermHint[] => {
    const concept = findConcept(glossary, span.conceptId);
    if (!concept) return [];
    const target = preferredTerm(concept, locale);
    const definition = concept.definition ?? concept.note;
    return [
      {
        start: span.start,
        end: span.end,
        conceptId: span.conceptId,
        sourceTerm: preferredTerm(concept, sourceLocale)?.text ?? segment.text.slice(span.start, span.end),
        ...(target ? { targetTerm: target.text } : {}),
        forbidden: deprecatedTerms(concept, locale).map((term) => term.text),
        ...(definition ? { definition } : {}),
      },
    ];
  });
}

function placeholderInfos(segment: Segment, formatter: ValueFormatter, locale: string): PlaceholderInfo[] {
  return segment.spans.filter(isProtected).map((span) => {
    const display = segment.text.slice(span.start, span.end);
    const shown = formatter.format(span);
    let note = `shown in ${locale} as "${shown}"`;
    if (span.kind === 'money') {
      const conversion = formatter.conversions.at(-1);
      const rates = conversion && conversion.amount === span.amount && conversion.from === span.currency ? conversion.rates : [];
      const used = rates.map((rate) => `${rate.base}/${rate.quote} ${rate.rate} per ${rate.unit}, ${rate.source.name}, in force from ${rate.validFrom}`).join('; ');
      note = `${plainAmount(span.amount, span.currency)}; ${note}${used ? ` (rates: ${used})` : ''}`;
    } else if (span.kind === 'date') {
      note = `${span.date}${span.yearStated ? '' : ' (year from the article date)'}; ${note}`;
    }
    return { name: span.placeholder, kind: span.kind, display, note };
  });
}
