import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GlossaConfig } from '../config.js';
import type { Segment } from '../core/segment.js';
import type { ArticleDocument } from '../document/model.js';
import { decodeUtf8, parseArticle, readArticle } from '../document/read.js';
import { compileMatcher, loadGlossary, type Glossary, type TermMatcher } from '../glossary/index.js';
import { createValueFormatter, loadRates, type ValueFormatter, parseMoneyPolicy, policyForLocale, protectText, type LocaleMoneyPolicy, type MoneyPolicy, type RateTable } from '../money/index.js';
import { createSegmenter, defaultSrxPath, loadDefaultRules, loadSrx } from '../segment/index.js';
import { findArticles, type ArticleFile } from './articles.js';
import { inPart, type Part } from './partition.js';
import { segmentArticle, type SegmentationStages } from './segment-article.js';
import { ContentCache, cacheKey, codeKey } from './content-cache.js';
import { rememberLastText } from './memo-matcher.js';
import { InputError } from '../core/errors.js';

/** A project without a rate table still formats amounts, numbers and dates; it just converts nothing. */
export const noRates: RateTable = { file: '(no rate table configured)', rows: [] };

export interface TermContext {
  readonly glossary?: Glossary;
  matcher(locale: string): TermMatcher | undefined;
}

export interface LoadedArticle {
  readonly document: ArticleDocument;
  /** In document order; an id may appear more than once. */
  readonly segments: readonly Segment[];
}

/**
 * Everything a command needs from the project, loaded once and on demand:
 * commands that do not need the glossary or the rates never read them.
 */
export class Project {
  private glossaryPromise?: Promise<Glossary | undefined>;
  private ratesPromise?: Promise<RateTable | undefined>;
  private articlesPromise?: Promise<LoadedArticle[]>;
  private readonly matchers = new Map<string, TermMatcher>();

  /**
   * @param parts shares of the articles this instance works on (a CI shard,
   *   a worker's part); an article must be in all of them.
   */
  constructor(
    readonly config: GlossaConfig,
    readonly parts: readonly Part[] = [],
  ) {}

  /** Whether an article (or a translation file of that name) is this instance's to handle. */
  /** Called after each article is read and segmented (progress display). */
  onArticle: (() => void) | undefined;

  includes(articleName: string): boolean {
    return this.parts.every((part) => inPart(articleName, part));
  }

  resolve(relative: string): string {
    return path.resolve(this.config.root, relative);
  }

  /** Path relative to the project root with forward slashes, as shown in messages. */
  relative(absolute: string): string {
    return path.relative(this.config.root, absolute).split(path.sep).join('/');
  }

  glossary(): Promise<Glossary | undefined> {
    this.glossaryPromise ??= this.loadGlossary();
    return this.glossaryPromise;
  }

  private cacheInstance?: ContentCache;

  private get cache(): ContentCache {
    this.cacheInstance ??= new ContentCache(path.join(this.config.root, this.config.output, '.cache'));
    return this.cacheInstance;
  }

  private glossaryKey = 'no glossary';

  /** Parsing a large termbase costs more than reading it back as JSON: cached by content. */
  private async loadGlossary(): Promise<Glossary | undefined> {
    if (!this.config.glossary) return undefined;
    const file = this.resolve(this.config.glossary);
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) return loadGlossary(file);
    // The prefix lets a cache entry be told apart by name: the benchmark keeps the termbase and drops the articles.
    this.glossaryKey = `termbase-${cacheKey('glossary', await codeKey(), path.extname(file).toLowerCase(), bytes)}`;
    return this.cache.get(this.glossaryKey, () => loadGlossary(file));
  }

  async matcher(locale: string): Promise<TermMatcher | undefined> {
    return (await this.terms()).matcher(locale);
  }

  /** The glossary with a matcher per locale, compiled on first use. */
  async terms(): Promise<TermContext> {
    const glossary = await this.glossary();
    const matcher = (locale: string): TermMatcher | undefined => {
      if (!glossary) return undefined;
      let compiled = this.matchers.get(locale);
      if (!compiled) {
        compiled = rememberLastText(compileMatcher(glossary, locale));
        this.matchers.set(locale, compiled);
      }
      return compiled;
    };
    return glossary ? { glossary, matcher } : { matcher };
  }

  rates(): Promise<RateTable | undefined> {
    this.ratesPromise ??= this.config.rates ? loadRates(this.resolve(this.config.rates)) : Promise.resolve(undefined);
    return this.ratesPromise;
  }

  private readonly articlePolicies = new WeakMap<ArticleDocument, MoneyPolicy>();

  /** Formats the values of one article's placeholders in a locale, per the money policy and the rates. */
  valueFormatter(locale: string, rates: RateTable, document: ArticleDocument): ValueFormatter {
    return createValueFormatter({
      locale,
      policy: this.moneyPolicy(locale, document),
      rates,
      articleDate: document.frontMatter.date,
      article: document.file,
      allowEarlierRates: this.config.allowEarlierRates,
    });
  }

  /**
   * How amounts are shown in a locale: the built-in default for the locale,
   * changed by the `money` setting, then by the article's front matter `money`.
   */
  moneyPolicy(locale: string, document?: ArticleDocument): LocaleMoneyPolicy {
    return policyForLocale(locale, this.config.money, document ? this.articlePolicy(document) : undefined);
  }

  private articlePolicy(document: ArticleDocument): MoneyPolicy | undefined {
    const raw = document.frontMatter.extra['money'];
    if (raw === undefined) return undefined;
    let policy = this.articlePolicies.get(document);
    if (!policy) {
      policy = parseMoneyPolicy(raw, `${document.file}: front matter`);
      this.articlePolicies.set(document, policy);
    }
    return policy;
  }

  /** The source articles in this instance's share, sorted by path. */
  async articleFiles(): Promise<ArticleFile[]> {
    return (await findArticles(this.config)).filter((article) => this.includes(article.name));
  }

  /** Reads and segments every source article. */
  articles(): Promise<LoadedArticle[]> {
    this.articlesPromise ??= this.loadArticles();
    return this.articlesPromise;
  }

  /**
   * Reads and segments each article, or takes it from the cache when the
   * article, the glossary, the segmentation rules and the code are unchanged.
   */
  private async loadArticles(): Promise<LoadedArticle[]> {
    const files = await this.articleFiles();
    const lang = this.config.sourceLocale;
    const srxFile = this.config.segmentation ? this.resolve(this.config.segmentation) : defaultSrxPath();
    await this.glossary();
    const settingsKey = cacheKey('article', await codeKey(), this.glossaryKey, lang, (await readFile(srxFile).catch(() => undefined)) ?? '');
    let stages: SegmentationStages | undefined;
    const stagesFor = async (): Promise<SegmentationStages> => {
      if (stages) return stages;
      const rules = this.config.segmentation ? await loadSrx(srxFile) : loadDefaultRules();
      const matcher = await this.matcher(lang);
      stages = {
        split: createSegmenter(rules, lang),
        protect: (text, articleDate) => protectText(text, { lang, articleDate }),
        ...(matcher ? { findTerms: (text: string) => matcher.find(text) } : {}),
      };
      return stages;
    };
    const loaded: LoadedArticle[] = [];
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
      loaded.push(bytes ? await this.cache.get(cacheKey(settingsKey, file.file, file.name, bytes), load) : await load());
      this.onArticle?.();
    }
    return loaded;
  }
}

/** The file's bytes, or undefined when it cannot be read (the reader that follows says why). Synchronous: see readResource. */
function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
