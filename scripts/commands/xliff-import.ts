import { runRules } from '../check/engine.js';
import type { TranslationUnit } from '../check/rule.js';
import { allRules } from '../check/rules/index.js';
import { lazyFileText, xliffTargetLocation } from '../check/xliff-location.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { ExitCode, InputError } from '../core/errors.js';
import type { Segment } from '../core/segment.js';
import { readResource, resourceMap, resourcePath, writeResource } from '../locales/store.js';
import type { Project, TermContext } from '../project/context.js';
import { planImport, readXliffFile, type ParsedXliff } from '../xliff/index.js';

export interface XliffImportOptions {
  readonly dryRun?: boolean;
  /** Glossary findings on imported targets block the import of that file. */
  readonly strict?: boolean;
}

export interface XliffImportResult {
  readonly file: string;
  readonly article: string;
  readonly locale: string;
  readonly resource: string;
  readonly imported: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly written: boolean;
  /** Rejected and stale units, and glossary findings on the imported targets. */
  readonly diagnostics: readonly Diagnostic[];
  readonly blocked: boolean;
}

const termRules = allRules.filter((rule) => rule.meta.id.startsWith('term/'));

/**
 * Imports translators' XLIFF files into `locales/<lng>/<article>.json`. Every
 * file is read and checked before anything is written; a unit that fails a
 * check is reported and never replaces a translation; the resource is written
 * atomically, and not at all when nothing changed.
 */
export async function importXliff(project: Project, files: readonly string[], options: XliffImportOptions = {}): Promise<{ results: XliffImportResult[]; exitCode: number }> {
  const { config } = project;
  const articles = await project.articles();
  const byFile = new Map(articles.map((article) => [article.document.file, article]));
  const results: XliffImportResult[] = [];
  for (const given of files) {
    const file = project.relative(project.resolve(given));
    const parsed = await readXliffFile(project.resolve(given), file);
    const article = articleOf(parsed, file, byFile);
    const currentSegments = new Map<string, Segment>(article.segments.map((segment) => [segment.id, segment]));
    const locale = config.targetLocales.find((candidate) => candidate.toLowerCase() === parsed.trgLang?.toLowerCase()) ?? parsed.trgLang ?? '';
    const resource = resourcePath(config.locales, locale, article.document.name);
    const existing = resourceMap(await readResource(config.root, resource));
    const plan = planImport(parsed, { fileName: file, configuredLocales: config.targetLocales, sourceLocale: config.sourceLocale, currentSegments, existing });

    const importedIds = [...plan.entries].filter(([id, message]) => existing.get(id) !== message).map(([id]) => id);
    const findings = glossaryFindings(project, await project.terms(), parsed, file, plan.locale, importedIds, plan.entries, currentSegments, article.document.name);
    const blocked = options.strict === true && findings.some((finding) => finding.severity === 'error');
    const written = !options.dryRun && !blocked && (await writeResource(config.root, resource, plan.entries));
    results.push({
      file,
      article: article.document.name,
      locale: plan.locale,
      resource,
      imported: plan.imported,
      unchanged: plan.unchanged,
      skipped: plan.skipped,
      written,
      diagnostics: [...plan.rejected, ...plan.stale, ...findings],
      blocked,
    });
  }
  const failed = results.some((result) => result.blocked || result.diagnostics.some((d) => d.ruleId.startsWith('xliff/import-') && d.severity === 'error'));
  return { results, exitCode: failed ? ExitCode.checkFailed : ExitCode.ok };
}

function articleOf(parsed: ParsedXliff, file: string, byFile: ReadonlyMap<string, { document: { file: string; name: string }; segments: readonly Segment[] }>) {
  const originals = [...new Set(parsed.files.map((entry) => entry.original ?? ''))];
  const [original] = originals;
  if (originals.length !== 1 || original === undefined) {
    throw new InputError('an imported XLIFF file must hold exactly one article (one original); export per article with glossa xliff export', file, parsed);
  }
  const article = byFile.get(original);
  if (!article) {
    throw new InputError(`original="${original}" is not a source article of this project; was the file exported from another project?`, file, parsed.files[0]!);
  }
  return article;
}

/** The term rules over the imported targets, each finding at its word in the file. */
function glossaryFindings(
  project: Project,
  terms: TermContext,
  parsed: ParsedXliff,
  file: string,
  locale: string,
  ids: readonly string[],
  entries: ReadonlyMap<string, string>,
  segments: ReadonlyMap<string, Segment>,
  article: string,
): Diagnostic[] {
  if (!terms.glossary || ids.length === 0) return [];
  const units = new Map(parsed.files.flatMap((entry) => entry.units).map((unit) => [unit.id, unit]));
  const fileText = lazyFileText(project.resolve(file));
  const translations: TranslationUnit[] = ids.map((id) => {
    const unit = units.get(id);
    const source = segments.get(id);
    const location = unit ? xliffTargetLocation(unit, fileText) : { position: () => ({ line: 1, column: 1 }) };
    return { side: 'translation', origin: 'xliff', article, file, locale, id, text: entries.get(id)!, ...(source ? { source } : {}), location };
  });
  return runRules({
    sourceLocale: project.config.sourceLocale,
    targetLocales: [locale],
    rules: termRules,
    settings: project.config.rules,
    glossary: terms.glossary,
    matcher: terms.matcher,
    sources: [],
    translations,
    suppressions: new Map(),
  });
}
