import path from 'node:path';
import type { Segment, TermSpan } from '../core/segment.js';
import { isProtected } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';
import { intendedTerms } from '../glossary/term-concepts.js';
import type { Glossary } from '../glossary/model.js';
import { deprecatedTerms, findConcept, preferredTerm } from '../glossary/term-lookup.js';
import { plainAmount, type ValueFormatter } from '../money/index.js';
import type { ArticleFile } from '../project/articles.js';
import { noRates, type Project } from '../project/context.js';
import { articleTranslations } from '../project/memory.js';
import { writeStageOutput } from './stage-memo.js';
import { bestCandidates, xliffDocument, type GroupInput, type PlaceholderInfo, type TermHint, type UnitInput, type XliffVersion } from '../xliff/index.js';

/** One XLIFF file an export wrote (or found unchanged). */
export interface XliffExportResult {
  readonly article: string;
  readonly locale: string;
  readonly file: string;
  readonly units: number;
  readonly translated: number;
  readonly suggestions: number;
  readonly changed: boolean;
}

/** One export run's choices, resolved from the options and the configuration. */
export interface ExportPlan {
  readonly locales: readonly string[];
  readonly version: XliffVersion;
  readonly outDir: string;
  readonly prefill: 'source' | 'none';
}

/**
 * Writes one article's XLIFF file per locale: its units with their
 * translations, term hints, placeholder notes and fuzzy suggestions. The
 * termbase and rates are read once, when the exporter is made.
 */
export async function articleExporter(project: Project, plan: ExportPlan): Promise<(file: ArticleFile) => Promise<XliffExportResult[]>> {
  const { config } = project;
  const { glossary, matcher } = await project.termbase.terms();
  const sourceMatcher = matcher(config.sourceLocale);
  const money = await project.money();
  const rates = (await money.rates()) ?? noRates;
  return async (file) => {
    const { document, segments } = await project.articles.read(file);
    const written: XliffExportResult[] = [];
    for (const locale of plan.locales) {
      const { translations, memory } = await articleTranslations(project, document.name, locale);
      const formatter = money.valueFormatter(locale, rates, document);
      const groups = groupUnits(document, segments, (segment) => {
        const target = translations.get(segment.id);
        return {
          segment,
          ...(target !== undefined ? { target, state: 'translated' as const } : { prefill: plan.prefill === 'source' }),
          notes: [],
          terms: glossary ? termHints(segment, intendedTerms(segment, sourceMatcher), glossary, config.sourceLocale, locale) : [],
          placeholders: placeholderInfos(segment, formatter, locale),
          candidates: target === undefined && memory.length > 0 ? bestCandidates(segment.message, memory) : [],
        };
      });
      const xml = xliffDocument({ version: plan.version, original: document.file, article: document.name, srcLang: config.sourceLocale, trgLang: locale, groups });
      const out = path.posix.join(plan.outDir, locale, `${document.name}.xlf`);
      const changed = writeStageOutput(project, out, xml.bytes());
      const units = groups.flatMap((group) => group.units);
      written.push({
        article: document.name,
        locale,
        file: out,
        units: units.length,
        translated: units.filter((unit) => unit.target !== undefined).length,
        suggestions: units.filter((unit) => unit.candidates.length > 0).length,
        changed,
      });
    }
    return written;
  };
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
