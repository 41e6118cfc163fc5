import { readFile } from 'node:fs/promises';
import type { FileFix } from '../check/fix.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { ConfigError, InputError } from '../core/errors.js';
import { mergeJsonReports, type RuleInfo } from '../check/reporters/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { ParallelOptions } from '../core/progress.js';
import type { CheckArticlesInput, CheckPartResult } from '../pipeline/check-articles.js';
import { checkInputsKey, checkKeyPrefix } from '../pipeline/check-inputs.js';
import type { Project } from '../project/context.js';

export interface CheckOptions extends ParallelOptions {
  /** Files or folders to report on; empty: the whole project. */
  readonly paths: readonly string[];
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  /** Findings each share holds before it writes the rest to a temporary file until the end (default 5,000). */
  readonly findingsInMemory?: number;
}

export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly checkedFiles: readonly string[];
  /** The rules that ran, with the severities this project configured (for reports that describe them). */
  readonly rules: readonly RuleInfo[];
  readonly fixes: readonly FileFix[];
  readonly diffs: readonly string[];
}

/**
 * Runs every rule over the project's articles, their translations in
 * `locales/` and the XLIFF files named in `paths`, in worker threads when
 * `jobs` > 1 (same findings, same order). Findings are reported for the files
 * named (all by default); whole articles are always read, because a
 * translation is judged against its source.
 */
export async function check(project: Project, options: CheckOptions): Promise<CheckResult> {
  const xliffFiles = options.paths.filter(isXliffPath);
  const wanted = options.paths.map((entry) => project.relative(project.resolve(entry)));
  const covers = (entry: string, file: string) => entry === '' || file === entry || file.startsWith(`${entry}/`);
  const inScope = (file: string) => wanted.length === 0 || wanted.some((entry) => covers(entry, file));
  const locales = project.relative(project.resolve(project.config.locales));
  // Naming only source files or folders: translations are still read (a source sentence without one is a
  // finding), but the rules need not look for problems in them.
  const reportOnTranslations = wanted.length === 0 || xliffFiles.length > 0 || wanted.some((entry) => covers(entry, locales) || covers(locales, entry));
  const input = { xliffFiles, reportOnTranslations };
  // The checking code is loaded only when the findings are not in the cache: an unchanged archive is
  // answered in a fraction of the time it takes to load it.
  const run = async (): Promise<{ diagnostics: Diagnostic[]; checkedFiles: string[]; rules: RuleInfo[] }> => {
    const [{ runInParts }, { readSpilled }, { temporaryFolder }] = await Promise.all([import('../parallel/run-in-parts.js'), import('../util/spill-list.js'), import('../util/temporary-folder.js')]);
    // Each share writes its findings past the first few thousand to this folder as it goes, and they are read
    // back once every thread has ended: on a large archive no thread holds them while the others work.
    // Without a temporary folder (none can be made), they are held to the end as before.
    const folder = temporaryFolder('glossa-findings-');
    const spill = { ...(folder ? { findingsFolder: folder.path } : {}), ...(options.findingsInMemory !== undefined ? { findingsInMemory: options.findingsInMemory } : {}) };
    try {
      const parts = await runInParts<CheckPartResult>(project, 'check', { ...input, ...spill }, options);
      // Rules that compare across articles report here, over what every share gathered.
      const [{ RuleRun }, { allRules }, { ruleInfos, checkOrigins }] = await Promise.all([import('../check/engine.js'), import('../check/rules/index.js'), import('../check/rule-infos.js')]);
      const { config } = project;
      const finishing = new RuleRun({ sourceLocale: config.sourceLocale, targetLocales: config.targetLocales, rules: allRules, settings: config.rules, matcher: () => undefined, reportOnTranslations });
      const shares = parts.map(({ earlier, findings: share }) => (earlier ? { ...share, placed: [...readSpilled(earlier), ...share.placed] } : share));
      return {
        diagnostics: finishing.finishShares(shares),
        checkedFiles: [...new Set(parts.flatMap((part) => part.checkedFiles))].sort(),
        rules: ruleInfos(config.rules, checkOrigins),
      };
    } finally {
      folder?.remove();
    }
  };
  const { diagnostics: all, checkedFiles, rules } = await checkOrRecall(project, input, run);

  for (const entry of wanted) {
    if (!checkedFiles.some((file) => covers(entry, file))) {
      throw new ConfigError(`${entry} holds no source article, locale resource or XLIFF file of this project`);
    }
  }
  const diagnostics = all.filter((diagnostic) => inScope(diagnostic.file));

  const fixes: FileFix[] = [];
  const diffs: string[] = [];
  if (options.fix || options.fixDryRun) {
    const { applyFixes, fixDiff } = await import('../check/fix.js');
    const files = [...new Set(diagnostics.filter((d) => d.fix && !d.suppressed).map((d) => d.file))];
    for (const file of files) {
      const fix = applyFixes(file, await readFile(project.resolve(file), 'utf8'), diagnostics);
      if (fix.applied === 0) continue;
      fixes.push(fix);
      if (options.fixDryRun) diffs.push(fixDiff(fix));
      else await writeFileAtomic(project.resolve(file), fix.after);
    }
  }
  const remaining = options.fix && !options.fixDryRun ? diagnostics.filter((diagnostic) => !diagnostic.fix || diagnostic.suppressed) : diagnostics;
  return {
    diagnostics: remaining,
    checkedFiles: checkedFiles.filter(inScope),
    rules,
    fixes,
    diffs,
  };
}

/**
 * The stored result of a check with the same inputs, or `run`'s, stored for
 * the next run. With no check result stored at all, no key can find one: the
 * check starts at once, and its inputs are named once it is done, by the
 * digests its threads took of the bytes they read.
 */
async function checkOrRecall<T>(project: Project, input: CheckArticlesInput, run: () => Promise<T>): Promise<T> {
  if (project.cache.holdsAny(checkKeyPrefix)) {
    const key = await checkInputsKey(project, input);
    if (key === undefined) return await run();
    const result = await project.cache.get(key, run);
    await project.cache.settled();
    return result;
  }
  const result = await run();
  // An input that cannot be named only means nothing is stored: the check itself reports every broken input.
  const key = await checkInputsKey(project, input, true).catch(() => undefined);
  if (key !== undefined) project.cache.put(key, result);
  return result;
}

/** Merges `--format json` reports of several runs (CI shards) into one result. */
export async function mergeReports(files: readonly string[]): Promise<CheckResult> {
  const texts = await Promise.all(
    files.map((file) =>
      readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new InputError(`cannot read the report (${error.code ?? String(error)})`, file);
      }),
    ),
  );
  const merged = mergeJsonReports(texts, files);
  const diagnostics = [...merged.diagnostics];
  return { diagnostics, checkedFiles: merged.checkedFiles ?? [], rules: [...merged.rules.values()], fixes: [], diffs: [] };
}

function isXliffPath(file: string): boolean {
  return /\.(xlf|xliff)$/i.test(file);
}
