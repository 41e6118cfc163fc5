import path from 'node:path';
import type { GlossaConfig } from '../config.js';
import { defaultSrxPath } from '../segment/default-srx-path.js';
import { packageRoot } from '../util/package-files.js';
import { globBase } from './articles.js';

/**
 * Every file or folder a project command may read besides what it is told on
 * the command line: the folders the source globs start from, the locales
 * (with their histories and imported memories; `localeFolders`: only these
 * folders of it), the termbase, the rate table, the segmentation rules and the
 * XLIFF schemas. Absolute paths.
 */
export function projectInputs(config: GlossaConfig, localeFolders?: readonly string[]): string[] {
  const inProject = (file: string) => path.resolve(config.root, file);
  return [
    ...config.sources.map((pattern) => inProject(globBase(pattern))),
    ...(localeFolders ? localeFolders.map((folder) => inProject(path.join(config.locales, folder))) : [inProject(config.locales)]),
    ...(config.glossary ? [inProject(config.glossary)] : []),
    ...(config.rates ? [inProject(config.rates)] : []),
    config.segmentation ? inProject(config.segmentation) : defaultSrxPath(),
    path.join(packageRoot, 'schemas'),
  ];
}
