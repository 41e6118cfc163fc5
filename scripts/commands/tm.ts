import { selectLocales } from '../config.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { InputError } from '../core/errors.js';
import { applyRuleSettings } from '../core/rule-settings.js';
import { messageToParts, partsToMessage, placeholdersOf } from '../core/message.js';
import { historyPath, readResource, resourceMap, resourcePath, writeResource } from '../locales/store.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Project } from '../project/context.js';
import { memoryFile } from '../project/output-paths.js';
import { hasTranslation } from '../stats/segment-status.js';
import { addToImportedMemory, importedMemoryPath } from '../tm/imported-memory.js';
import { readTmxFile, type TmxUnit, type TmxVariant } from '../tm/read-tmx.js';
import { tmxDocument, type TmxUnitInput } from '../tm/write-tmx.js';

export interface TmExportOptions {
  readonly locales?: readonly string[];
  /** Default: <output>/tm/memory.tmx. */
  readonly output?: string;
}

export interface TmExportResult {
  readonly file: string;
  readonly changed: boolean;
  readonly locales: ReadonlyArray<{ readonly locale: string; readonly current: number; readonly retired: number }>;
}

/**
 * Writes the translation memory as TMX 1.4b: for every locale, each
 * translated sentence of the current articles and each translated sentence
 * that has left them (`locales/.history`), one `<tu>` per sentence and locale.
 */
export async function exportTm(project: Project, options: TmExportOptions = {}): Promise<TmExportResult> {
  const { config } = project;
  const locales = selectLocales(config, options.locales);
  const { toolVersion } = await import('../check/report.js');
  const units: TmxUnitInput[] = [];
  const counts = locales.map((locale) => ({ locale, current: 0, retired: 0 }));
  const articles = await project.articles.load();
  const histories = await Promise.all(articles.map(async ({ document }) => resourceMap(await readResource(config.root, historyPath(config.locales, document.name)))));
  for (const count of counts) {
    const seen = new Set<string>();
    for (const [articleIndex, { document, segments }] of articles.entries()) {
      const translations = resourceMap(await readResource(config.root, resourcePath(config.locales, count.locale, document.name)));
      const current = new Map(segments.map((segment) => [segment.id, segment.message]));
      const retired = [...histories[articleIndex]!].filter(([id]) => !current.has(id));
      for (const [status, pairs] of [['current', current], ['retired', retired]] as const) {
        for (const [id, source] of pairs) {
          const target = translations.get(id);
          const key = `${id}\u0000${target}`;
          if (!hasTranslation(target) || seen.has(key)) continue;
          seen.add(key);
          count[status]++;
          units.push({ id, targetLang: count.locale, source, target, props: [['x-glossa-article', document.name], ['x-glossa-status', status]] });
        }
      }
    }
  }
  const file = options.output ?? memoryFile(config);
  const changed = await writeFileAtomic(project.resolve(file), tmxDocument({ srcLang: config.sourceLocale, toolVersion, units }).bytes());
  return { file, changed, locales: counts };
}

export interface TmImportOptions {
  /** Fill untranslated sentences from 100% matches whose placeholders agree. */
  readonly applyExact?: boolean;
}

export interface TmImportLocaleResult {
  readonly locale: string;
  /** Usable pairs in the file for this locale. */
  readonly pairs: number;
  /** Pairs new to `locales/.tm/<lng>.json`. */
  readonly added: number;
  /** Sentences filled from exact matches (with `applyExact`). */
  readonly applied: number;
}

export interface TmImportResult {
  readonly file: string;
  readonly locales: readonly TmImportLocaleResult[];
  /** Variants in the file's languages that could not be used, and refused exact matches. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads an external TMX into the memory that fuzzy suggestions come from
 * (`locales/.tm/<lng>.json`, one per configured locale the file has). With
 * `applyExact`, an untranslated sentence whose source equals a memory source
 * exactly (white space aside) gets that translation, when there is only one
 * and its placeholders are exactly the sentence's.
 */
export async function importTm(project: Project, given: string, options: TmImportOptions = {}): Promise<TmImportResult> {
  const { config } = project;
  const file = project.relative(project.resolve(given));
  const tmx = await readTmxFile(project.resolve(given), file);
  const diagnostics: Diagnostic[] = [];
  const report = (where: TmxUnit | TmxVariant, ruleId: string, severity: Diagnostic['severity'], message: string, locale?: string): void => {
    diagnostics.push({ ruleId, severity, file, line: where.line, column: where.column, message, ...(locale ? { locale } : {}) });
  };

  const pairs = new Map<string, Array<{ source: string; target: string; unit: TmxUnit }>>(config.targetLocales.map((locale) => [locale, []]));
  if (tmx.srcLang !== '*all*' && !sameLanguage(tmx.srcLang, config.sourceLocale)) {
    throw new InputError(`the memory's source language (srclang) is "${tmx.srcLang}", not the project's source locale "${config.sourceLocale}"`, file);
  }
  const sourceLang = tmx.srcLang === '*all*' ? config.sourceLocale : tmx.srcLang;
  for (const unit of tmx.units) {
    const source = unit.variants.find((variant) => sameLanguage(variant.lang, sourceLang));
    if (!source || !sameLanguage(source.lang, config.sourceLocale)) continue;
    for (const variant of unit.variants) {
      const locale = config.targetLocales.find((candidate) => sameLanguage(variant.lang, candidate));
      if (variant === source || locale === undefined) continue;
      const unusable = source.code ?? variant.code;
      if (unusable !== undefined || !source.parts || !variant.parts) {
        report(unit, 'tm/inline-code', 'warning', `inline code ${unusable} is not a Glossa placeholder; this ${locale} translation unit is not used`, locale);
        continue;
      }
      pairs.get(locale)!.push({ source: partsToMessage(source.parts), target: partsToMessage(variant.parts), unit });
    }
  }

  const results: TmImportLocaleResult[] = [];
  for (const [locale, found] of pairs) {
    if (found.length === 0) continue;
    const added = await addToImportedMemory(config.root, importedMemoryPath(config.locales, locale), found);
    const applied = options.applyExact ? await applyExact(project, locale, found, (unit, message) => report(unit, 'tm/exact-match', 'error', message, locale)) : 0;
    results.push({ locale, pairs: found.length, added, applied });
  }
  return { file, locales: results, diagnostics: applyRuleSettings(diagnostics, config.rules) };
}

async function applyExact(
  project: Project,
  locale: string,
  found: ReadonlyArray<{ source: string; target: string; unit: TmxUnit }>,
  refuse: (unit: TmxUnit, message: string) => void,
): Promise<number> {
  const { config } = project;
  const bySource = new Map<string, Array<{ target: string; unit: TmxUnit }>>();
  for (const pair of found) {
    const key = matchKey(pair.source);
    const list = bySource.get(key) ?? [];
    if (!list.some((entry) => entry.target === pair.target)) list.push(pair);
    bySource.set(key, list);
  }
  let applied = 0;
  for (const { document, segments } of await project.articles.load()) {
    const resource = resourcePath(config.locales, locale, document.name);
    const entries = resourceMap(await readResource(config.root, resource));
    let changed = false;
    for (const segment of segments) {
      if (hasTranslation(entries.get(segment.id))) continue;
      const matches = bySource.get(matchKey(segment.message));
      if (!matches) continue;
      const [first] = matches;
      if (matches.length > 1) {
        refuse(first!.unit, `${matches.length} different ${locale} translations of "${segment.message}" (segment ${segment.id}); none applied`);
        continue;
      }
      const expected = placeholdersOf(segment.message).toSorted().join(',');
      const actual = placeholdersOf(first!.target).toSorted().join(',');
      if (expected !== actual) {
        refuse(first!.unit, `the ${locale} translation has placeholders {${actual.split(',').join('} {')}} where segment ${segment.id} has {${expected.split(',').join('} {')}}; not applied`);
        continue;
      }
      entries.set(segment.id, first!.target);
      changed = true;
      applied++;
    }
    if (changed) await writeResource(config.root, resource, entries);
  }
  return applied;
}

/** Source messages compared for an exact match: NFC, white space folded, placeholders by name. */
function matchKey(message: string): string {
  return messageToParts(message)
    .map((part) => (part.type === 'text' ? part.value : `\uE000${part.name}\uE001`))
    .join('')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a TMX language (`ru-RU`, `EN-US`) is the configured locale or a regional form of it. */
function sameLanguage(tmxLang: string, configured: string): boolean {
  const canonical = (tag: string): string => {
    try {
      return Intl.getCanonicalLocales(tag)[0]!.toLowerCase();
    } catch {
      return tag.toLowerCase();
    }
  };
  const lang = canonical(tmxLang);
  const locale = canonical(configured);
  return lang === locale || lang.startsWith(`${locale}-`);
}
