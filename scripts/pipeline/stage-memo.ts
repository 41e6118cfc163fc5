import { contentKeyOfFiles } from '../project/content-cache.js';
import type { Project } from '../project/context.js';

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
 * Lets a stage that writes files per article (extract, xliff export) skip an
 * article whose inputs are byte for byte those of an earlier run and whose
 * outputs are still what that run wrote: re-running on an unchanged archive
 * then only reads and hashes files. `settings` names everything else the
 * output depends on (code, configuration, options, termbase, rates).
 */
export function stageMemo<R>(project: Project, settings: string, inputs: readonly string[], outputs: readonly string[]): StageMemo<R> {
  const key = `stage-${contentKeyOfFiles([settings], inputs.map((file) => [file, project.resolve(file)] as const), project.cache.digests).key}`;
  const digests = (): Record<string, string> => Object.fromEntries(outputs.map((file) => [file, digestOf(project, file)]));
  const stored = project.cache.peek<StoredStage<R>>(key);
  const intact = stored !== undefined && outputs.every((file) => stored.outputs[file] === digestOf(project, file));
  return {
    result: intact ? stored.result : undefined,
    remember: (result) => project.cache.put(key, { result, outputs: digests() } satisfies StoredStage<R>),
  };
}

function digestOf(project: Project, file: string): string {
  return project.cache.digests.digest(project.resolve(file)) ?? 'absent';
}
