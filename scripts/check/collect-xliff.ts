import type { Segment } from '../core/segment.js';
import { InputError } from '../core/errors.js';
import { partsToIcu, readXliffFile, type ParsedUnit } from '../xliff/index.js';
import type { Project } from '../project/context.js';
import { findArticles } from '../project/articles.js';
import type { TranslationUnit } from './rule.js';
import { lazyFileText, xliffTargetLocation } from './xliff-location.js';

/**
 * The targets of XLIFF files named on the command line, as check units, so a
 * translator's delivery can be checked before it is imported. A target whose
 * inline codes cannot become a message is left to `glossa xliff validate`.
 * Findings point at their word inside the target (xliff-location.ts).
 */
export async function collectXliffUnits(
  project: Project,
  files: readonly string[],
  segmentsByArticle: ReadonlyMap<string, ReadonlyMap<string, Segment>>,
): Promise<TranslationUnit[]> {
  const { config } = project;
  const articleOfSource = new Map((await findArticles(config)).map((article) => [article.file, article.name]));
  const units: TranslationUnit[] = [];
  for (const given of files) {
    const file = project.relative(project.resolve(given));
    const parsed = await readXliffFile(project.resolve(given), file);
    const fileText = lazyFileText(project.resolve(given));
    const locale = config.targetLocales.find((candidate) => candidate.toLowerCase() === parsed.trgLang?.toLowerCase());
    if (!locale) {
      throw new InputError(`target language ${JSON.stringify(parsed.trgLang ?? '')} is not one of the project's locales (${config.targetLocales.join(', ')})`, file, parsed);
    }
    for (const xliffFile of parsed.files) {
      const article = articleOfSource.get(xliffFile.original ?? '') ?? xliffFile.original ?? file;
      if (!project.articles.includes(article)) continue;
      for (const unit of xliffFile.units) {
        if (!unit.target) continue;
        const converted = partsToIcu(unit.target);
        if (!('message' in converted)) continue;
        units.push(xliffTranslationUnit({ unit, article, file, locale, text: converted.message, source: segmentsByArticle.get(article)?.get(unit.id), fileText }));
      }
    }
  }
  return units;
}

/** A target of an XLIFF unit as a check unit, placed at its words in the file (`fileText` is read on the first finding). */
export function xliffTranslationUnit(target: {
  readonly unit: ParsedUnit | undefined;
  readonly article: string;
  readonly file: string;
  readonly locale: string;
  readonly text: string;
  readonly source: Segment | undefined;
  readonly fileText: () => string | undefined;
}): TranslationUnit {
  const { unit, article, file, locale, text, source, fileText } = target;
  const location = unit ? xliffTargetLocation(unit, fileText) : { position: () => ({ line: 1, column: 1 }) };
  return { side: 'translation', origin: 'xliff', article, file, locale, id: unit?.id ?? '', text, ...(source ? { source } : {}), location };
}
