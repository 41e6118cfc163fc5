import { readFile } from 'node:fs/promises';
import type { Segment } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';
import { decodeUtf8, parseArticle, readArticle } from '../document/read.js';
import { InputError } from '../core/errors.js';
import { protectText } from '../money/index.js';
import { createSegmenter, defaultSrxPath, loadDefaultRules, loadSrx } from '../segment/index.js';
import { segmentArticle, type SegmentationStages } from '../segment/segment-article.js';
import { findArticles, type ArticleFile } from './articles.js';
import { ContentCache, cacheKey, codeKey } from './content-cache.js';
import { inPart, type Part } from './partition.js';
import type { ProjectPaths } from './paths.js';
import { readBytes, type ProjectTermbase } from './termbase.js';

export interface LoadedArticle {
  readonly document: ArticleDocument;
  /** In document order; an id may appear more than once. */
  readonly segments: readonly Segment[];
}

/** The source articles in this instance's share of the project, read and segmented once. */
export class ProjectArticles {
  private loadedPromise?: Promise<LoadedArticle[]>;
  /** Called after each article is read and segmented (progress display). */
  onArticle: (() => void) | undefined;

  /**
   * @param parts shares of the articles this instance works on (a CI shard,
   *   a worker's part); an article must be in all of them.
   */
  constructor(
    private readonly paths: ProjectPaths,
    private readonly termbase: ProjectTermbase,
    private readonly cache: ContentCache,
    readonly parts: readonly Part[],
  ) {}

  /** Whether an article (or a translation file of that name) is this instance's to handle. */
  includes(articleName: string): boolean {
    return this.parts.every((part) => inPart(articleName, part));
  }

  /** The source articles in this instance's share, sorted by path. */
  async list(): Promise<ArticleFile[]> {
    return (await findArticles(this.paths.config)).filter((article) => this.includes(article.name));
  }

  /** Reads and segments every source article of the share. */
  load(): Promise<LoadedArticle[]> {
    this.loadedPromise ??= (async () => {
      const loaded: LoadedArticle[] = [];
      for await (const article of this.stream()) loaded.push(article);
      return loaded;
    })();
    return this.loadedPromise;
  }

  /**
   * Reads and segments each article in turn, or takes it from the cache when
   * the article, the glossary, the segmentation rules and the code are
   * unchanged; nothing of an article is kept once the caller moves on.
   */
  async *stream(): AsyncGenerator<LoadedArticle> {
    const { config } = this.paths;
    const files = await this.list();
    const lang = config.sourceLocale;
    const srxFile = config.segmentation ? this.paths.resolve(config.segmentation) : defaultSrxPath();
    await this.termbase.glossary();
    const settingsKey = cacheKey('article', await codeKey(), this.termbase.key, lang, (await readFile(srxFile).catch(() => undefined)) ?? '');
    let stages: SegmentationStages | undefined;
    const stagesFor = async (): Promise<SegmentationStages> => {
      if (stages) return stages;
      const rules = config.segmentation ? await loadSrx(srxFile) : loadDefaultRules();
      const matcher = await this.termbase.matcher(lang);
      stages = {
        split: createSegmenter(rules, lang),
        protect: (text, articleDate) => protectText(text, { lang, articleDate }),
        ...(matcher ? { findTerms: (text: string) => matcher.find(text) } : {}),
      };
      return stages;
    };
    for (const file of files) {
      const bytes = readBytes(file.absolutePath);
      const load = async (): Promise<LoadedArticle> => {
        const document = bytes ? parseArticle(decodeUtf8(bytes, file.file), file.file, file.name) : await readArticle(file.absolutePath, file.file, file.name);
        if (document.frontMatter.lang !== lang) {
          throw new InputError(
            `the article is in "${document.frontMatter.lang}" but the project's source locale is "${lang}"; fix the front matter's lang or the configuration's sourceLocale`,
            file.file,
          );
        }
        return { document, segments: segmentArticle(document, await stagesFor()) };
      };
      yield bytes ? await this.cache.get(cacheKey(settingsKey, file.file, file.name, bytes), load) : await load();
      this.onArticle?.();
    }
  }
}
