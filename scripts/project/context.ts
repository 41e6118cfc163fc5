import type { GlossaConfig } from '../config.js';
import { ProjectArticles } from './article-store.js';
import { ContentCache } from './content-cache.js';
import type { RateTable } from '../money/index.js';
import type { ProjectMoney } from './money.js';
import type { Part } from './partition.js';
import { ProjectPaths } from './paths.js';
import { ProjectTermbase } from './termbase.js';

export type { LoadedArticle } from './article-store.js';

/** A project without a rate table still formats amounts, numbers and dates; it just converts nothing. */
export const noRates: RateTable = { file: '(no rate table configured)', rows: [] };
export type { TermContext } from './termbase.js';

/**
 * Everything a command needs from the project, each part loaded once and on
 * demand (a command that needs no termbase or rates never reads them): the
 * configuration and its paths, the termbase and its matchers, the rates and
 * money policy, and the source articles of this instance's share.
 */
export class Project extends ProjectPaths {
  readonly termbase: ProjectTermbase;
  private moneyPromise?: Promise<ProjectMoney>;
  readonly articles: ProjectArticles;
  /** Results of pure, expensive steps kept between runs. */
  readonly cache: ContentCache;
  /** Stage memos made to tell which articles need work, until this thread's run takes them (`pipeline/stage-memo.ts`). */
  readonly askedStageMemos = new Map<string, unknown>();

  /**
   * @param parts shares of the articles this instance works on (a CI shard,
   *   a worker's part); an article must be in all of them.
   * @param cache the content cache of another instance for the same project
   *   in this thread, whose file digests it then shares, and whose failure to
   *   write is then reported with the run.
   */
  constructor(config: GlossaConfig, parts: readonly Part[] = [], cache?: ContentCache) {
    super(config);
    this.cache = cache ?? new ContentCache(this.cacheFolder);
    this.termbase = new ProjectTermbase(this, this.cache);
    this.articles = new ProjectArticles(this, this.termbase, this.cache, parts);
  }

  /** The rates and money policy, loaded on first use: a check read back from the cache needs neither. */
  money(): Promise<ProjectMoney> {
    this.moneyPromise ??= import('./money.js').then(({ ProjectMoney }) => new ProjectMoney(this));
    return this.moneyPromise;
  }

  get parts(): readonly Part[] {
    return this.articles.parts;
  }
}
