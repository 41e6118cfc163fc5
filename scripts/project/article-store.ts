import { readFile } from 'node:fs/promises';
import type { Segment } from '../core/segment.js';
import type { Root } from 'mdast';
import type { ArticleDocument } from '../document/model.js';
import { InputError } from '../core/errors.js';
import { defaultSrxPath } from '../segment/default-srx-path.js';
import type { SegmentationStages, SplitStages } from '../segment/segment-article.js';
import { findArticles, type ArticleFile } from './articles.js';
import { ContentCache, cacheKey, codeKey } from './content-cache.js';
import { inPart, type Part } from './partition.js';
import type { ProjectPaths } from './paths.js';
import type { ProjectTermbase } from './termbase.js';

export interface LoadedArticle {
  readonly document: ArticleDocument;
  /** In document order; an id may appear more than once. */
  readonly segments: readonly Segment[];
}

/** An article read and split before the termbase was there: its bytes, and its segments without term spans (or why it could not be read). */
interface PreparedArticle {
  readonly bytes: Buffer;
  readonly loaded: LoadedArticle | { readonly error: unknown };
}

/**
 * How much of its sources a thread prepares while it waits for the termbase:
 * enough to keep it busy through a large termbase's compilation, little
 * enough that holding them does not count beside the rest of the run.
 */
const preparedBytesAtMost = 4_000_000;

/** The source articles in this instance's share of the project, read and segmented once. */
export class ProjectArticles {
  private loadedPromise?: Promise<LoadedArticle[]>;
  /** Called after each article is read and segmented (progress display). */
  onArticle: (() => void) | undefined;
  /**
   * Whether an article parsed from here on keeps its body's Markdown tree
   * (`bodyTree`) for as long as its document lives: a build renders HTML from
   * it. Other tasks do without the memory.
   */
  keepBodyTrees = false;
  private readonly bodyTrees = new WeakMap<ArticleDocument, Root>();

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
    for (const file of await this.list()) {
      yield await this.read(file);
      this.articleDone();
    }
  }

  /** Tells the progress display that one more article is done (for stages that read articles one by one with `read`). */
  articleDone(): void {
    this.onArticle?.();
  }

  /** Reads and segments one article, or takes it from the cache (see stream). */
  async read(file: ArticleFile): Promise<LoadedArticle> {
    const prepared = this.prepared.get(file.file);
    this.prepared.delete(file.file);
    const bytes = prepared?.bytes ?? this.bytesOf(file);
    const load = async (): Promise<LoadedArticle> => {
      const { document, segments } = prepared ? takePrepared(prepared) : await this.split(file, bytes, await this.splitStages());
      const [{ withTermSpans }, { findTerms }] = await Promise.all([import('../segment/segment-article.js'), this.stages()]);
      return { document, segments: findTerms ? withTermSpans(segments, findTerms) : segments };
    };
    if (!bytes) return await load();
    const article = await this.cache.getPacked(cacheKey(await this.settingsKey(), file.file, file.name, bytes), load);
    await this.cache.lettingWritesOn();
    return article;
  }

  /** An article's bytes, undefined when they cannot be read (the reader then reports why). */
  private bytesOf(file: ArticleFile): Buffer | undefined {
    try {
      return this.cache.readInput(file.absolutePath);
    } catch {
      return undefined;
    }
  }

  private readonly prepared = new Map<string, PreparedArticle>();

  /**
   * While the termbase is compiled elsewhere: reads, parses and splits the
   * share's first articles (those not in the cache), without term spans, until
   * `ready` settles or they add up to a few megabytes. `read` then only adds
   * their term spans. A broken article is reported when `read` reaches it.
   */
  async prepare(ready: Promise<unknown>): Promise<void> {
    let waiting = true;
    const stop = () => {
      waiting = false;
    };
    ready.then(stop, stop);
    // An unreadable termbase is reported by the first `read`.
    if ((await this.termbase.contentKey()) === undefined) return;
    const stages = await this.splitStages();
    let preparedBytes = 0;
    for (const file of await this.list()) {
      // A turn of the event loop for the message that ends the wait.
      await new Promise((resolve) => setImmediate(resolve));
      if (!waiting || preparedBytes >= preparedBytesAtMost) return;
      const bytes = this.bytesOf(file);
      if (bytes === undefined) return;
      if (this.cache.hasPacked(cacheKey(await this.settingsKey(), file.file, file.name, bytes))) continue;
      let loaded: PreparedArticle['loaded'];
      try {
        loaded = await this.split(file, bytes, stages);
      } catch (error) {
        loaded = { error };
      }
      this.prepared.set(file.file, { bytes, loaded });
      preparedBytes += bytes.length;
    }
  }

  /** Parses an article (from `bytes`, or from its file when they could not be read) and splits it into segments without term spans. */
  private async split(file: ArticleFile, bytes: Buffer | undefined, stages: SplitStages): Promise<LoadedArticle> {
    const lang = this.paths.config.sourceLocale;
    const [{ decodeUtf8, parseArticle, parseArticleAndTree, readArticle }, { segmentWithoutTerms }] = await Promise.all([import('../document/read.js'), import('../segment/segment-article.js')]);
    let document: ArticleDocument;
    if (bytes && this.keepBodyTrees) {
      const parsed = parseArticleAndTree(decodeUtf8(bytes, file.file), file.file, file.name);
      document = parsed.document;
      this.bodyTrees.set(document, parsed.tree);
    } else if (bytes) {
      document = parseArticle(decodeUtf8(bytes, file.file), file.file, file.name);
    } else {
      document = await readArticle(file.absolutePath, file.file, file.name);
    }
    if (document.frontMatter.lang !== lang) {
      throw new InputError(
        `the article is in "${document.frontMatter.lang}" but the project's source locale is "${lang}"; fix the front matter's lang or the configuration's sourceLocale`,
        file.file,
      );
    }
    return { document, segments: segmentWithoutTerms(document, stages) };
  }

  /** The body's Markdown tree of an article `read` returned: the one kept when it was parsed, else parsed again. */
  async bodyTree(document: ArticleDocument): Promise<Root> {
    return this.bodyTrees.get(document) ?? (await import('../document/read.js')).parseBody(document);
  }

  private settingsKeyPromise?: Promise<string>;

  /** Names what segmentation depends on besides the article: the code, the termbase, the language and the SRX rules. */
  settingsKey(): Promise<string> {
    this.settingsKeyPromise ??= (async () => {
      const termbase = await this.termbase.contentKey();
      // An unreadable termbase: reading it throws the error that says why.
      if (termbase === undefined) await this.termbase.glossary();
      return cacheKey('article', await codeKey(), termbase ?? '', this.paths.config.sourceLocale, (await readFile(this.srxFile).catch(() => undefined)) ?? '');
    })();
    return this.settingsKeyPromise;
  }

  private get srxFile(): string {
    const { segmentation } = this.paths.config;
    return segmentation ? this.paths.resolve(segmentation) : defaultSrxPath();
  }

  private splitStagesPromise?: Promise<SplitStages>;

  /** Sentence splitting and placeholders: what segmentation needs besides the termbase. */
  private splitStages(): Promise<SplitStages> {
    this.splitStagesPromise ??= (async () => {
      const { config } = this.paths;
      const lang = config.sourceLocale;
      const [{ createSegmenter, loadDefaultRules, loadSrx }, { protectText }] = await Promise.all([import('../segment/index.js'), import('../money/index.js')]);
      const rules = config.segmentation ? await loadSrx(this.srxFile) : loadDefaultRules();
      return {
        split: createSegmenter(rules, lang),
        protect: (text: string, articleDate: string) => protectText(text, { lang, articleDate }),
      };
    })();
    return this.splitStagesPromise;
  }

  private stagesPromise?: Promise<SegmentationStages>;

  private stages(): Promise<SegmentationStages> {
    this.stagesPromise ??= (async () => {
      const [split, matcher] = await Promise.all([this.splitStages(), this.termbase.matcher(this.paths.config.sourceLocale)]);
      return { ...split, ...(matcher ? { findTerms: (text: string) => matcher.find(text) } : {}) };
    })();
    return this.stagesPromise;
  }
}

function takePrepared(prepared: PreparedArticle): LoadedArticle {
  if ('error' in prepared.loaded) throw prepared.loaded.error;
  return prepared.loaded;
}
