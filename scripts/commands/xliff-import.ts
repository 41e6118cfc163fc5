import { readFile } from 'node:fs/promises';
import { runRules } from '../check/engine.js';
import type { TranslationUnit } from '../check/rule.js';
import { allRules } from '../check/rules/index.js';
import { lazyFileText } from '../check/xliff-location.js';
import { xliffTranslationUnit } from '../check/collect-xliff.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { InputError } from '../core/errors.js';
import type { Segment } from '../core/segment.js';
import { readResource, resourceMap, resourcePath, writeResource } from '../locales/store.js';
import { assertFileSize } from '../core/limits.js';
import { decodeUtf8 } from '../core/utf8.js';
import { applyRuleSettings } from '../core/rule-settings.js';
import type { Project, TermContext } from '../project/context.js';
import { languageMismatch, partsToIcu, planImport, readXliff, sortValidationErrors, sourceMismatches, validateAndReadXliffAll, validateXliff, type ParsedUnit, type ParsedXliff } from '../xliff/index.js';

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
  /** Units refused one by one (the plan's refusals; units the validator left out are not counted). */
  readonly rejected: number;
  /** Units whose sentence is no longer in the source. */
  readonly stale: number;
  readonly written: boolean;
  /** Rejected and stale units, and glossary findings on the imported targets. */
  readonly diagnostics: readonly Diagnostic[];
  /** Nothing was written: glossary errors under --strict, or the file was refused. */
  readonly blocked: boolean;
  /** The whole file was refused (validation, languages, changed sources); `diagnostics` say why. */
  readonly refused: boolean;
}

const termRules = allRules.filter((rule) => rule.meta.id.startsWith('term/'));

/**
 * Imports translators' XLIFF files into `locales/<lng>/<article>.json`. Every
 * file is read and checked before anything is written; a unit that fails a
 * check is reported and never replaces a translation; the resource is written
 * atomically, and not at all when nothing changed.
 *
 * A file is refused as a whole (nothing of it written) when it cannot be read
 * (not UTF-8, not well-formed, DOCTYPE, over a limit: `InputError`, exit 2),
 * when its languages are not the project's, when `xliff validate` finds an
 * error outside a unit's content (schema, ids, languages), when a unit's
 * source is not the current text of its id, or when its targets are in
 * another language than it claims (the CLI exits 1). A unit alone is refused for
 * broken or foreign inline codes, changed placeholders, or a duplicate id.
 * A finding the `rules` configuration sets below `error` refuses nothing,
 * except those `waivableRefusals` leaves out (the setting then changes only
 * the report).
 */
export async function importXliff(project: Project, files: readonly string[], options: XliffImportOptions = {}): Promise<XliffImportResult[]> {
  const { config } = project;
  const articles = await project.articles.load();
  const byFile = new Map(articles.map((article) => [article.document.file, article]));
  const results: XliffImportResult[] = [];
  const nextValidated = validatedInChunks(project, files);
  for (const given of files) {
    const file = project.relative(project.resolve(given));
    const { validation: found, read: readDocument } = await nextValidated();
    const validation = applyRuleSettings(found, config.rules);
    const read = readDocument();
    const article = articleOf(read, file, byFile);
    const currentSegments = new Map<string, Segment>(article.segments.map((segment) => [segment.id, segment]));
    const locale = config.targetLocales.find((candidate) => candidate.toLowerCase() === read.trgLang?.toLowerCase()) ?? read.trgLang ?? '';
    const resource = resourcePath(config.locales, locale, article.document.name);
    const existing = resourceMap(await readResource(config.root, resource));
    const context = { fileName: file, configuredLocales: config.targetLocales, sourceLocale: config.sourceLocale, currentSegments, existing, rules: config.rules };
    const firstPlan = planImport(read, context);

    const units = read.files.flatMap((entry) => entry.units);
    const invalid = sortValidationErrors(validation, units);
    const translations = new Map<string, ReadonlyMap<string, string>>();
    for (const other of config.targetLocales) {
      translations.set(other, other === firstPlan.locale ? existing : resourceMap(await readResource(config.root, resourcePath(config.locales, other, article.document.name))));
    }
    const mismatch = languageMismatch(read, file, { locale: firstPlan.locale, sourceLocale: config.sourceLocale, translations, targetMessage: usableTarget });
    const fileFindings = applyRuleSettings([...sourceMismatches(read, file, currentSegments), ...(mismatch ? [mismatch] : [])], config.rules);
    const refusals = [...invalid.file, ...fileFindings.filter((finding) => finding.severity === 'error')];
    // Set below error, they refuse nothing; changed sources are then reported unit by unit by the plan.
    const waived = fileFindings.filter((finding) => finding.severity !== 'error' && finding.ruleId !== 'xliff/import-source-changed');
    if (refusals.length > 0) {
      results.push({ file, article: article.document.name, locale: firstPlan.locale, resource, imported: 0, unchanged: 0, skipped: 0, rejected: 0, stale: 0, written: false, diagnostics: refusals, blocked: true, refused: true });
      continue;
    }
    // Units the validator found broken and the planner would still import are left out, with the validator's findings.
    const plannerRejected = new Set(firstPlan.rejected.map((d) => d.segmentId));
    const unitFindings = [...invalid.byUnit].filter(([id]) => !plannerRejected.has(id));
    const leftOut = new Set(unitFindings.map(([id]) => id));
    const parsed = leftOut.size === 0 ? read : { ...read, files: read.files.map((entry) => ({ ...entry, units: entry.units.filter((unit) => !leftOut.has(unit.id)) })) };
    const plan = leftOut.size === 0 ? firstPlan : planImport(parsed, context);

    const importedIds = [...plan.entries].filter(([id, message]) => existing.get(id) !== message).map(([id]) => id);
    const findings = glossaryFindings(project, await project.termbase.terms(), parsed, file, plan.locale, importedIds, plan.entries, currentSegments, article.document.name);
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
      rejected: plan.rejectedUnits,
      stale: plan.staleUnits,
      written,
      diagnostics: [...waived, ...unitFindings.flatMap(([, found]) => found), ...plan.rejected, ...plan.waived, ...plan.stale, ...findings],
      blocked,
      refused: false,
    });
  }
  return results;
}

/** Files validated per schema run: each run of xmllint costs a thread and a schema compilation. */
const validationChunk = 64;

/** A file read and validated, ready to import: its findings, and its document (or what reading it throws). */
interface ValidatedFile {
  readonly validation: Diagnostic[];
  readonly read: () => ParsedXliff;
}

/**
 * Reads and validates the files a chunk at a time, in one schema run per
 * chunk, each file parsed once for the rules and its document, and hands
 * them out in order. A file that cannot be read, or that the validator
 * refuses, fails at its own turn, as if files were taken one by one: the
 * files before it are imported.
 */
function validatedInChunks(project: Project, files: readonly string[]): () => Promise<ValidatedFile> {
  const queue: Promise<ValidatedFile>[] = [];
  let prepared = 0;
  const prepare = () => {
    const chunk = files.slice(prepared, prepared + validationChunk).map((given) => {
      const file = project.relative(project.resolve(given));
      return { file, text: readXliffText(project.resolve(given), file) };
    });
    prepared += chunk.length;
    const readable = Promise.all(chunk.map(({ text }) => text.catch(() => undefined)));
    const validations = readable.then((contents) =>
      validateAndReadXliffAll(chunk.flatMap(({ file }, index) => (contents[index] === undefined ? [] : [{ text: contents[index]!, fileName: file }]))).catch(() => undefined),
    );
    chunk.forEach(({ file, text }, index) => {
      const entry = (async (): Promise<ValidatedFile> => {
        const content = await text;
        const position = (await readable).slice(0, index).filter((item) => item !== undefined).length;
        const validated = (await validations)?.[position];
        if (validated) return { validation: validated.diagnostics, read: validated.read };
        // When the batch failed on some file, this one is validated alone, so a failure comes at its own turn.
        return { validation: await validateXliff(content, file), read: () => readXliff(content, file) };
      })();
      entry.catch(() => undefined);
      queue.push(entry);
    });
  };
  return () => {
    if (queue.length === 0) prepare();
    return queue.shift()!;
  };
}

/** The file's text: refused above `xliffFileSize` or when it is not UTF-8, at the first bad byte. */
async function readXliffText(absolutePath: string, file: string): Promise<string> {
  await assertFileSize(absolutePath, file, 'xliffFileSize');
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw new InputError(`cannot read XLIFF file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
  }
  return decodeUtf8(bytes, file);
}

/** The ICU message a unit's target would become, when it has a usable one. */
function usableTarget(unit: ParsedUnit): string | undefined {
  if (!unit.target || unit.state === 'initial') return undefined;
  const converted = partsToIcu(unit.target);
  return 'error' in converted || converted.message.trim() === '' ? undefined : converted.message;
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
  const translations: TranslationUnit[] = ids.map((id) => ({
    ...xliffTranslationUnit({ unit: units.get(id), article, file, locale, text: entries.get(id)!, source: segments.get(id), fileText }),
    id,
  }));
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
