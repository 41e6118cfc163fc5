import type { Segment } from '../core/segment.js';
import { InputError } from '../core/errors.js';
import { partsToIcu, readXliffFile } from '../xliff/index.js';
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
        const source = segmentsByArticle.get(article)?.get(unit.id);
        units.push({
          side: 'translation',
          origin: 'xliff',
          article,
          file,
          locale,
          id: unit.id,
          text: converted.message,
          ...(source ? { source } : {}),
          location: xliffTargetLocation(unit, fileText),
        });
      }
    }
  }
  return units;
}
