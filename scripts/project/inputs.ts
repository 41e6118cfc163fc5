import path from 'node:path';
import type { GlossaConfig } from '../config.js';
import type { WatchedPaths } from '../util/path-state.js';
import { defaultSrxPath } from '../segment/default-srx-path.js';
import { packageRoot } from '../util/package-files.js';
import { globBase } from './articles.js';

/**
 * Every file or folder a project command may read besides what it is told on
 * the command line: the folders the source globs start from (without names
 * starting with a dot, unless a pattern names one), the locales (with their
 * histories and imported memories; `localeFolders`: only these folders of
 * it), the termbase, the rate table, the segmentation rules and the XLIFF
 * schemas. Absolute paths.
 */
export function projectInputs(config: GlossaConfig, localeFolders?: readonly string[]): Omit<WatchedPaths, 'skip'> {
  const inProject = (file: string) => path.resolve(config.root, file);
  const paths: string[] = [];
  const withoutDotNames: string[] = [];
  for (const pattern of config.sources) {
    const base = globBase(pattern);
    // The sources are globbed with dot: false, where only a pattern's own dotted part can match a dotted name.
    const dotted = pattern.split('/').slice(base === '.' ? 0 : base.split('/').length).some((part) => part.startsWith('.'));
    (dotted ? paths : withoutDotNames).push(inProject(base));
  }
  paths.push(
    ...(localeFolders ? localeFolders.map((folder) => inProject(path.join(config.locales, folder))) : [inProject(config.locales)]),
    ...(config.glossary ? [inProject(config.glossary)] : []),
    ...(config.rates ? [inProject(config.rates)] : []),
    config.segmentation ? inProject(config.segmentation) : defaultSrxPath(),
    path.join(packageRoot, 'schemas'),
  );
  return { paths, withoutDotNames };
}
