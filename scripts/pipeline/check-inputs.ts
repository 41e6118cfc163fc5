import { listResources } from '../check/collect.js';
import { codeKey, contentKeyOfFiles } from '../project/content-cache.js';
import type { Project } from '../project/context.js';
import { defaultSrxPath } from '../segment/default-srx-path.js';
import type { CheckArticlesInput } from './check-articles.js';

/** Prefix of a stored check result's key. */
export const checkKeyPrefix = 'check-';

/**
 * Names everything a check's findings depend on: the code, the
 * configuration, the share, the termbase, the rates, the segmentation rules,
 * and the bytes of every article, translation and XLIFF file it reads. Equal
 * keys mean equal findings, so a check of an unchanged archive reads its
 * findings back instead of checking again. Undefined when a file cannot be
 * read: the check then runs and reports it.
 *
 * `afterRun`: named once the check is done, each file it read by the bytes it
 * read, so the key names exactly what the findings came from.
 */
export async function checkInputsKey(project: Project, input: CheckArticlesInput, afterRun = false): Promise<string | undefined> {
  const { config } = project;
  const termbase = await project.termbase.contentKey();
  if (termbase === undefined) return undefined;
  const settings = ['check', await codeKey(), JSON.stringify(config), JSON.stringify(project.parts), JSON.stringify(input), termbase];
  const files = [
    ...(config.rates ? [config.rates] : []),
    config.segmentation ?? defaultSrxPath(),
    ...(await project.articles.list()).map((article) => article.file),
    ...[...(await listResources(config, (article) => project.articles.includes(article))).values()].flat().map((resource) => resource.file),
    ...input.xliffFiles,
  ].map((file) => [file, project.resolve(file)] as const);
  // Read as hashed, one file at a time (an archive's files together can be larger than memory), and
  // only the files whose metadata changed since their last digest; after a run, none it read.
  const named = contentKeyOfFiles(settings, files, project.cache.digests, { asRead: afterRun });
  return named.unreadable ? undefined : `${checkKeyPrefix}${named.key}`;
}
