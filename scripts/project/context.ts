import type { GlossaConfig } from '../config.js';
import { ProjectArticles } from './article-store.js';
import { ContentCache } from './content-cache.js';
import { ProjectMoney } from './money.js';
import type { Part } from './partition.js';
import { ProjectPaths } from './paths.js';
import { ProjectTermbase } from './termbase.js';

export type { LoadedArticle } from './article-store.js';
export { noRates } from './money.js';
export type { TermContext } from './termbase.js';

/**
 * Everything a command needs from the project, each part loaded once and on
 * demand (a command that needs no termbase or rates never reads them): the
 * configuration and its paths, the termbase and its matchers, the rates and
 * money policy, and the source articles of this instance's share.
 */
export class Project extends ProjectPaths {
  readonly termbase: ProjectTermbase;
  readonly money: ProjectMoney;
  readonly articles: ProjectArticles;
  /** Results of pure, expensive steps kept between runs. */
  readonly cache: ContentCache;

  /**
   * @param parts shares of the articles this instance works on (a CI shard,
   *   a worker's part); an article must be in all of them.
   */
  constructor(config: GlossaConfig, parts: readonly Part[] = []) {
    super(config);
    const cache = new ContentCache(this.cacheFolder);
    this.cache = cache;
    this.termbase = new ProjectTermbase(this, cache);
    this.money = new ProjectMoney(this);
    this.articles = new ProjectArticles(this, this.termbase, cache, parts);
  }

  get parts(): readonly Part[] {
    return this.articles.parts;
  }
}
