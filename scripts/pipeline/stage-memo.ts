import { cacheKey, contentKeyOfFiles } from '../project/content-cache.js';
import type { ArticleFile } from '../project/articles.js';
import type { Project } from '../project/context.js';
import { writeOutputFile } from '../util/atomic-write.js';
import { readBytes } from '../util/read-file.js';

/** What one stage wrote for one article, and what it returned, on a run whose inputs had a given name. */
interface StoredStage<R> {
  readonly result: R;
  /** SHA-256 of each file the stage writes, as it left them; "absent" for a file it did not write. */
  readonly outputs: Readonly<Record<string, string>>;
}

export interface StageMemo<R> {
  /** The result of the run that had the same inputs, when every output file still holds what it wrote. */
  readonly result: R | undefined;
  /** After the stage ran and wrote its files: remembers the result and the files' content. */
  remember(result: R): void;
}

/**
 * Lets a stage that writes files per article (extract, xliff export, build) skip an
 * article whose inputs are byte for byte those of an earlier run and whose
 * outputs are still what that run wrote: re-running on an unchanged archive
 * then only reads and hashes files. `settings` names everything else the
 * output depends on (code, configuration, options, termbase, rates); `stage`
 * names the stage, which its cache entries carry; `perArticle` false for a
 * memo made once per run.
 */
export function stageMemo<R>(project: Project, stage: string, settings: string, inputs: readonly string[], outputs: readonly string[], perArticle = true): StageMemo<R> {
  const key = `${stageKeyPrefix(stage)}${contentKeyOfFiles([settings], inputs.map((file) => [file, project.resolve(file)] as const), project.cache.digests).key}`;
  // What this run wrote is named from the bytes it wrote (writeStageOutput), not read back.
  const digests = (): Record<string, string> =>
    Object.fromEntries(outputs.map((file) => [file, project.cache.takeWrittenDigest(project.resolve(file)) ?? digestOf(project, file)]));
  // A memo per article is kept in the thread's pack; one per run (the index page) in a file of its own.
  const stored = perArticle ? project.cache.peekPacked<StoredStage<R>>(key) : project.cache.peek<StoredStage<R>>(key);
  const intact = stored !== undefined && outputs.every((file) => stored.outputs[file] === digestOf(project, file));
  return {
    result: intact ? stored.result : undefined,
    remember: (result) => {
      const value: StoredStage<R> = { result, outputs: digests() };
      if (perArticle) project.cache.putPacked(key, value);
      else project.cache.put(key, value);
    },
  };
}

/** Cache entries of one stage start with this, so a run can tell whether any are there without naming one. */
function stageKeyPrefix(stage: string): string {
  return `stage-${stage}-`;
}

/** What tells whether a stage needs to work on an article. */
export interface StageMemos {
  /** The name the stage's cache entries carry ("build"). */
  readonly name: string;
  /** The memo of one article: from its inputs, and whether its outputs are as the run that wrote them left them. */
  readonly memo: (file: ArticleFile) => StageMemo<unknown>;
}

/** A stage that works article by article and skips an article an earlier run left unchanged. */
export interface MemoizedStage<R> extends StageMemos {
  readonly memo: (file: ArticleFile) => StageMemo<R>;
  /** Makes the function that does one article's work; called once, when the first article needs it (so its code loads only then). */
  readonly work: () => Promise<(file: ArticleFile) => Promise<R>>;
  /** A remembered result as it is reported again (an XLIFF file found unchanged, not written). */
  readonly again?: (result: R) => R;
}

/** Runs `stage` over the share's articles in order, each unchanged one from its memo. */
export async function runMemoized<R>(project: Project, stage: MemoizedStage<R>): Promise<R[]> {
  const results: R[] = [];
  let work: ((file: ArticleFile) => Promise<R>) | undefined;
  for (const file of await project.articles.list()) {
    const memo = (takeAskedMemo(project, stage.name, file) as StageMemo<R> | undefined) ?? stage.memo(file);
    if (memo.result !== undefined) results.push(stage.again ? stage.again(memo.result) : memo.result);
    else {
      work ??= await stage.work();
      const result = await work(file);
      memo.remember(result);
      results.push(result);
    }
    project.articles.articleDone();
  }
  return results;
}

/**
 * Whether `file` needs `stage` to work on it: false when an earlier run's
 * memo holds its result. With no entry of the stage in the cache at all
 * (a first run), every article does, and no input is hashed to say so.
 */
export function needsWork(project: Project, stage: StageMemos): (file: ArticleFile) => boolean {
  if (!project.cache.holdsAnyPacked(stageKeyPrefix(stage.name))) return () => true;
  return (file) => {
    const memo = stage.memo(file);
    project.askedStageMemos.set(askedKey(stage.name, file), memo);
    return memo.result === undefined;
  };
}

/**
 * The memos `needsWork` made wait on the project until the run that asked
 * takes them: a run in one share then works through the same articles, and
 * each memo's inputs and outputs are not named and hashed a second time
 * (80–130 ms of an unchanged 1 MB export). A run in several shares lets them go.
 */
const askedKey = (stage: string, file: ArticleFile) => `${stage}\u0000${file.file}`;

function takeAskedMemo(project: Project, stage: string, file: ArticleFile): StageMemo<unknown> | undefined {
  const key = askedKey(stage, file);
  const memo = project.askedStageMemos.get(key) as StageMemo<unknown> | undefined;
  if (memo) project.askedStageMemos.delete(key);
  return memo;
}

/** Lets go of the memos `needsWork` made, which the threads of a run in several shares make again for themselves. */
export function forgetAskedMemos(project: Project): void {
  project.askedStageMemos.clear();
}

/**
 * Names what a stage's output depends on besides an article's own files:
 * the code, termbase, source language and SRX rules (the articles'
 * settings), the configuration, and `more` (options, the rate table).
 */
export async function stageSettings(project: Project, stage: string, ...more: readonly (string | Uint8Array)[]): Promise<string> {
  return cacheKey(stage, await project.articles.settingsKey(), JSON.stringify(project.config), ...more);
}

/** The rate table's bytes, for the settings of a stage whose output shows converted amounts. */
export function ratesKey(project: Project): Buffer | string {
  const { rates } = project.config;
  return rates ? (readBytes(project.resolve(rates)) ?? 'absent') : 'none';
}

/**
 * Writes one of a stage's output files (see `writeOutputFile`) and notes the
 * digest of what it wrote, which the stage's memo then records.
 */
export function writeStageOutput(project: Project, file: string, content: string | NodeJS.ArrayBufferView): boolean {
  const absolute = project.resolve(file);
  const changed = writeOutputFile(absolute, content);
  project.cache.noteWritten(absolute, content);
  return changed;
}

function digestOf(project: Project, file: string): string {
  return project.cache.digests.digest(project.resolve(file)) ?? 'absent';
}
