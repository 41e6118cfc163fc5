import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from './core/errors.js';
import { closestMatch } from './core/edit-distance.js';
import { acceptedLanguageCodes, adoptAcceptedLanguageCodes, didYouMean, isKnownLocale, languageDataVersion, suggestLocale } from './core/locale.js';
import type { RuleSettings } from './core/rule-settings.js';
import { cacheFolderOf, configFileNames, findConfig, projectRootOf } from './config-location.js';
import { outsideRootProblem, pathOutsideRoot } from './config-paths.js';
import { parseMoneyPolicy, type MoneyPolicy } from './money/money-policy.js';
import { onCompletedExit } from './util/on-completed-exit.js';
import { readBytes } from './util/read-file.js';

/** The project configuration, from glossa.config.json, .glossarc.json or the `glossa` key of package.json (see `findConfig`). */
export interface GlossaConfig {
  /** Absolute path of the project root; every other path is relative to it. */
  readonly root: string;
  /** Where the configuration came from, for messages. */
  readonly file: string;
  readonly sourceLocale: string;
  readonly targetLocales: readonly string[];
  /** Glob(s) of source articles, relative to root. */
  readonly sources: readonly string[];
  readonly glossary?: string;
  readonly rates?: string;
  readonly segmentation?: string;
  readonly locales: string;
  readonly output: string;
  /** Severity per rule id ('off' turns a rule off). */
  readonly rules: RuleSettings;
  /** Per-locale changes to the built-in money policy. */
  readonly money?: MoneyPolicy;
  /** Convert with the nearest earlier rate when none is in force on an article's date (with a warning). */
  readonly allowEarlierRates: boolean;
}

export { configFileNames, findConfig, projectRootOf, type ConfigLocation } from './config-location.js';

/** A key for explanations in the JSON file itself (JSON has no comments); its value is not read. */
export const commentKey = '$comment';

const knownKeys = new Set([
  commentKey,
  'sourceLocale',
  'targetLocales',
  'sources',
  'glossary',
  'rates',
  'segmentation',
  'locales',
  'output',
  'rules',
  'money',
  'allowEarlierRates',
  'allowOutsideRoot',
]);

/**
 * Loads the configuration found by `findConfig`: with `configFile`, that file
 * (a package.json contributes its `glossa` key, any other JSON file is the
 * settings); otherwise the nearest one from `cwd` upward.
 */
export async function loadConfig(cwd: string, configFile?: string | undefined): Promise<GlossaConfig> {
  const location = await findConfig(cwd, configFile);
  if (!location) {
    throw new ConfigError(
      `no Glossa configuration in ${path.resolve(cwd)} or any folder above it (looked for ${configFileNames.join(', ')} and a "glossa" key in package.json); run glossa init to create one, or pass --config FILE`,
    );
  }
  const { file } = location;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path given with --config`,
      file,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not valid JSON: ${(error as Error).message}`, file);
  }
  const raw = location.inPackageJson ? (json as Record<string, unknown> | null)?.['glossa'] : json;
  if (raw === undefined) throw new ConfigError('no "glossa" key with the project configuration', file);
  const root = projectRootOf(file);
  const languageChecks = recallLanguageChecks(root, raw);
  const config = validateConfig(raw, root, file);
  await languageChecks.keep();
  await assertKnownRuleIds(config);
  return config;
}

/**
 * The locale codes a configuration was accepted with, kept in its project's
 * cache (under the output folder it names) with the ICU data they were
 * checked against. A configuration read again is checked as before, but its
 * known codes are not looked up in CLDR again.
 */
function recallLanguageChecks(root: string, raw: unknown): { keep(): Promise<void> } {
  const folder = cacheFolderOf(root, raw);
  if (folder === undefined) return { keep: async () => undefined };
  let kept: { version?: unknown; accepted?: unknown } | undefined;
  try {
    kept = JSON.parse(readBytes(path.join(folder, `${languageCodesKey}.json`))?.toString('utf8') ?? 'null') as typeof kept;
  } catch {
    kept = undefined;
  }
  const known = kept?.version === languageDataVersion && typeof kept.accepted === 'object' && kept.accepted !== null ? kept.accepted : undefined;
  adoptAcceptedLanguageCodes(known);
  return {
    keep: async () => {
      const accepted = acceptedLanguageCodes();
      if (known && Object.keys(accepted).every((code) => Object.hasOwn(known, code))) return;
      const { ContentCache } = await import('./project/content-cache.js');
      const cache = new ContentCache(folder);
      // Kept only by a run that completes, and never into a project folder removed meanwhile.
      onCompletedExit(folder, () => {
        if (existsSync(root)) cache.put(languageCodesKey, { version: languageDataVersion, accepted });
      });
    },
  };
}

const languageCodesKey = 'language-codes';

/**
 * Refuses a `rules` entry whose id no rule has, with the nearest id. The registry
 * loads every check rule, so it is read only when `rules` has entries.
 */
async function assertKnownRuleIds(config: GlossaConfig): Promise<void> {
  const ids = Object.keys(config.rules);
  if (ids.length === 0) return;
  const { registeredRules } = await import('./check/registry.js');
  const known = registeredRules.map((rule) => rule.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    const where = config.file.endsWith('package.json') ? `glossa.rules.${id}` : `rules.${id}`;
    const near = closestMatch(id, known);
    const hint = near === undefined ? '; the rule ids are the pages of docs/rules/' : didYouMean(near);
    throw new ConfigError(`${where} names no rule${hint}`, config.file);
  }
}

export function validateConfig(raw: unknown, root: string, file: string): GlossaConfig {
  const where = (key: string): string => (file.endsWith('package.json') ? `glossa.${key}` : key);
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(`${where(key)} ${problem}`, file);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('', 'must be an object');
  const settings = raw as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!knownKeys.has(key)) fail(key, `is not a known setting (known: ${[...knownKeys].join(', ')})`);
  }
  const string = (key: string, fallback?: string): string | undefined => {
    const value = settings[key] ?? fallback;
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') fail(key, 'must be a non-empty string');
    return value as string;
  };
  const locale = (key: string, value: unknown): string => {
    if (typeof value !== 'string' || !isKnownLocale(value)) {
      const hint = typeof value === 'string' ? didYouMean(suggestLocale(value)) : '';
      fail(key, `has an unknown locale code ${JSON.stringify(value)}${hint || '; use a BCP 47 code such as "ru" or "de-AT"'}`);
    }
    return value as string;
  };

  if (!['boolean', 'undefined'].includes(typeof settings['allowOutsideRoot'])) fail('allowOutsideRoot', 'must be true or false');
  const outside = settings['allowOutsideRoot'] === true ? undefined : pathOutsideRoot(settings);
  if (outside) fail(outside.key, outsideRootProblem(outside.value));

  const sourceLocale = locale('sourceLocale', settings['sourceLocale'] ?? 'en');
  const targets = settings['targetLocales'];
  if (!Array.isArray(targets) || targets.length === 0) fail('targetLocales', 'must be a non-empty list of locale codes');
  const targetLocales = (targets as unknown[]).map((value) => locale('targetLocales', value));
  if (targetLocales.includes(sourceLocale)) fail('targetLocales', `must not contain the source locale "${sourceLocale}"`);
  if (new Set(targetLocales).size !== targetLocales.length) fail('targetLocales', 'lists a locale twice');

  const sourcesRaw = settings['sources'] ?? 'source/**/*.md';
  const sources = typeof sourcesRaw === 'string' ? [sourcesRaw] : sourcesRaw;
  if (!Array.isArray(sources) || sources.length === 0 || sources.some((glob) => typeof glob !== 'string' || glob === '')) {
    fail('sources', 'must be a glob or a list of globs');
  }

  const rulesRaw = settings['rules'] ?? {};
  if (typeof rulesRaw !== 'object' || rulesRaw === null || Array.isArray(rulesRaw)) fail('rules', 'must be an object of rule id → severity');
  for (const [id, severity] of Object.entries(rulesRaw as Record<string, unknown>)) {
    if (!['error', 'warning', 'info', 'off'].includes(severity as string)) {
      fail(`rules.${id}`, 'must be "error", "warning", "info" or "off"');
    }
  }

  const optional = (key: string): { [k: string]: string } => {
    const value = string(key);
    return value === undefined ? {} : { [key]: value };
  };
  const allowEarlierRates = settings['allowEarlierRates'] ?? false;
  if (typeof allowEarlierRates !== 'boolean') fail('allowEarlierRates', 'must be true or false');
  return {
    root,
    file,
    allowEarlierRates: allowEarlierRates as boolean,
    sourceLocale,
    targetLocales,
    sources: sources as string[],
    locales: string('locales', 'locales')!,
    output: string('output', 'dist')!,
    rules: rulesRaw as GlossaConfig['rules'],
    ...optional('glossary'),
    ...optional('rates'),
    ...optional('segmentation'),
    ...(settings['money'] === undefined ? {} : { money: parseMoneyPolicy(settings['money'], file) }),
  };
}

/** Every locale of the project, source first. */
export function allLocales(config: GlossaConfig): string[] {
  return [config.sourceLocale, ...config.targetLocales];
}

/**
 * The locales a command should work on: those asked for with --locale, each
 * checked against the configuration, or all of them. `withSource` admits the
 * source locale (build renders it; exports and counts do not).
 */
export function selectLocales(config: GlossaConfig, requested: readonly string[] | undefined, options: { withSource?: boolean } = {}): string[] {
  const known = options.withSource ? allLocales(config) : [...config.targetLocales];
  for (const locale of requested ?? []) {
    if (!known.includes(locale)) {
      const which = options.withSource ? 'one of the project\'s locales' : 'a target locale of the project';
      // The value came from the command line, so the message names the option, not the configuration file.
      throw new ConfigError(`--locale ${locale} is not ${which} (${known.join(', ')})${didYouMean(suggestLocale(locale, known))}`);
    }
  }
  return requested && requested.length > 0 ? [...requested] : known;
}
