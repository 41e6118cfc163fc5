import path from 'node:path';
import type { GlossaConfig } from '../config.js';
import { cacheFolderOf } from '../config-location.js';

/** The configuration and the paths below its root: what every project service starts from. */
export class ProjectPaths {
  constructor(readonly config: GlossaConfig) {}

  resolve(relative: string): string {
    return path.resolve(this.config.root, relative);
  }

  /** Path relative to the project root with forward slashes, as shown in messages. */
  relative(absolute: string): string {
    return path.relative(this.config.root, absolute).split(path.sep).join('/');
  }

  /** Where pure, expensive results are kept between runs (see ContentCache); the folder a repeated run looks in first. */
  get cacheFolder(): string {
    return cacheFolderOf(this.config.root, this.config)!;
  }
}
