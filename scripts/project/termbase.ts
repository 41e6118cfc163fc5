import path from 'node:path';
import { InputError } from '../core/errors.js';
import { heapGrowth } from '../core/heap-growth.js';
import { ConceptsOnDemand } from '../glossary/concepts-on-demand.js';
import type { Glossary, TermMatcher } from '../glossary/index.js';
import { ContentCache, cacheKey, codeKey, contentKeyOfFiles } from './content-cache.js';
import { rememberLastText } from './memo-matcher.js';
import { decodeParsedTermbase, encodeParsedTermbase } from './parsed-termbase.js';
import type { ProjectPaths } from './paths.js';

type MatcherCompiler = typeof import('../glossary/term-matcher.js');

export interface TermContext {
  readonly glossary?: Glossary;
  matcher(locale: string): TermMatcher | undefined;
}

/**
 * The project's termbase, read once (from the content cache when its bytes
 * and the code are unchanged), and its matchers, compiled per locale on
 * first use.
 */
export class ProjectTermbase {
  private glossaryPromise?: Promise<Glossary | undefined>;
  private readonly matchers = new Map<string, TermMatcher>();

  constructor(
    private readonly paths: ProjectPaths,
    private readonly cache: ContentCache,
  ) {}

  glossary(): Promise<Glossary | undefined> {
    this.glossaryPromise ??= this.load();
    return this.glossaryPromise;
  }

  /** Parsing a large termbase costs more than reading it back: cached by content, its concepts parsed when first used. */
  private async load(): Promise<Glossary | undefined> {
    const { glossary } = this.paths.config;
    if (!glossary) return undefined;
    const file = this.paths.resolve(glossary);
    const read = async () => (await import('../glossary/load-glossary.js')).loadGlossary(file);
    const key = await this.contentKey();
    if (key === undefined) return read();
    const stored = this.cache.openEntry(key, parsedTermbaseExtension);
    const restored = stored && decodeParsedTermbase(stored, (conceptId) => this.damaged(stored.file, conceptId));
    if (restored) return restored;
    const parsed = await heapGrowth.keeping(read);
    this.cache.putBytes(key, parsedTermbaseExtension, encodeParsedTermbase(parsed));
    return parsed;
  }

  /**
   * A concept of the parsed termbase in the cache cannot be read back as it
   * was written (its CRC-32 differs, or the file was cut or removed): the
   * file changed after it was written whole. The concepts are
   * read as matches need them, so this shows in the middle of a task, too
   * late to parse the termbase instead; the file is removed, and the next
   * run parses the termbase and writes it again.
   */
  private damaged(file: string, conceptId: string): never {
    try {
      this.cache.remove(file);
    } catch {
      // Left in place, it is found damaged again.
    }
    throw new InputError(`the parsed termbase in the content cache changed after it was written (concept '${conceptId}' cannot be read back as written); it was removed: run the command again`, file);
  }

  /** Names the termbase file's content (and the code that reads it) without parsing it; undefined when it cannot be read. */
  contentKey(): Promise<string | undefined> {
    this.contentKeyPromise ??= this.readContentKey();
    return this.contentKeyPromise;
  }

  private contentKeyPromise?: Promise<string | undefined>;

  private async readContentKey(): Promise<string | undefined> {
    const { glossary } = this.paths.config;
    if (!glossary) return 'no glossary';
    const file = this.paths.resolve(glossary);
    const { key, unreadable } = contentKeyOfFiles(['glossary', await codeKey(), path.extname(file).toLowerCase()], [[glossary, file]], this.cache.digests);
    // The prefix lets a cache entry be told apart by name: the benchmark keeps the termbase and drops the articles.
    return unreadable ? undefined : `termbase-${key}`;
  }

  async matcher(locale: string): Promise<TermMatcher | undefined> {
    return (await this.terms()).matcher(locale);
  }

  /**
   * Reads the termbase and compiles (or reads back) the matchers of `locales`
   * now rather than on first use; `locales` may hand them out one by one as
   * this thread claims them (MatcherClaims). `onParsed` is called once the
   * parsed termbase is in the content cache, before any matcher is compiled.
   * True when the parsed termbase and every matcher compiled here are in the
   * content cache, for another reader to take.
   */
  async compileMatchers(locales: Iterable<string>, onParsed?: () => void): Promise<boolean> {
    const { glossary, matcher } = await this.terms();
    if (glossary && onParsed && (await this.parsedInCache())) onParsed();
    const compiled: string[] = [];
    const compileEach = () => {
      for (const locale of locales) {
        matcher(locale);
        compiled.push(locale);
      }
    };
    if (glossary?.concepts instanceof ConceptsOnDemand) glossary.concepts.keepingAll(compileEach);
    else compileEach();
    return glossary !== undefined && (await this.compiledInCache(compiled));
  }

  /** Whether the parsed termbase and the matchers of `locales` are in the content cache (or there is no termbase), without reading them. */
  async compiledInCache(locales: readonly string[]): Promise<boolean> {
    if (!this.paths.config.glossary) return true;
    // parsedInCache waits for this thread's writes behind before it looks.
    const key = await this.contentKey();
    if (key === undefined || !(await this.parsedInCache())) return false;
    return locales.every((locale) => this.cache.has(compiledMatcherKey(key, locale), 'bin'));
  }

  /** Starts reading the compiled matchers of `locales` from the content cache (see ContentCache.readAhead); the parsed termbase is read a concept at a time. */
  async readAhead(locales: readonly string[]): Promise<void> {
    const key = await this.contentKey();
    if (key === undefined || !this.paths.config.glossary) return;
    await this.cache.readAhead(locales.map((locale) => ({ key: compiledMatcherKey(key, locale), extension: 'bin' })));
  }

  /** Whether the content cache holds the parsed termbase, so that reading it costs a decoding, not a parse. */
  async parsedInCache(): Promise<boolean> {
    await this.cache.settled();
    const key = await this.contentKey();
    return key !== undefined && this.cache.has(key, parsedTermbaseExtension);
  }

  /** The glossary with a matcher per locale, compiled on first use. */
  async terms(): Promise<TermContext> {
    const glossary = await this.glossary();
    const termbaseKey = await this.contentKey();
    const compiler = await import('../glossary/term-matcher.js');
    const matcher = (locale: string): TermMatcher | undefined => {
      if (!glossary) return undefined;
      let compiled = this.matchers.get(locale);
      if (!compiled) {
        compiled = rememberLastText(this.compiledMatcher(compiler, glossary, locale, termbaseKey));
        this.matchers.set(locale, compiled);
      }
      return compiled;
    };
    return glossary ? { glossary, matcher } : { matcher };
  }

  /**
   * Compiling a large termbase's matcher takes longer than reading its tables
   * back, so they are cached beside the termbase (and under its name, so the
   * benchmark's "termbase cached" runs keep them). An entry that does not fit
   * is compiled again and replaced.
   */
  private compiledMatcher(compiler: MatcherCompiler, glossary: Glossary, locale: string, termbaseKey: string | undefined): TermMatcher {
    const compile = () => heapGrowth.keepingNow(() => compiler.compileMatcher(glossary, locale));
    if (termbaseKey === undefined) return compile();
    const key = compiledMatcherKey(termbaseKey, locale);
    const tables = this.cache.peekIntegers(key);
    if (tables) {
      try {
        return compiler.restoreMatcher(glossary, locale, tables);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
      }
    }
    const compiled = compile();
    const compiledTables = compiler.matcherTables(compiled);
    if (compiledTables) {
      this.cache.putIntegers(key, compiledTables);
      this.pruneCompiledMatchers(termbaseKey);
    }
    return compiled;
  }

  private pruned = false;

  /**
   * A large termbase's compiled matchers take tens of megabytes, and every
   * edit of the termbase makes a new set: only the sets of the few termbases
   * written last are kept (several configurations may share one cache).
   */
  private pruneCompiledMatchers(current: string): void {
    if (this.pruned) return;
    this.pruned = true;
    const sets = new Map<string, { newest: number; files: string[] }>();
    for (const { name, written } of this.cache.list('termbase-')) {
      const termbase = /^(termbase-[\w-]+)-matcher-[\w-]+\.bin$/.exec(name)?.[1];
      if (termbase === undefined || termbase === current) continue;
      const set = sets.get(termbase) ?? { newest: 0, files: [] };
      set.newest = Math.max(set.newest, written);
      set.files.push(name);
      sets.set(termbase, set);
    }
    const older = [...sets.values()].sort((a, b) => b.newest - a.newest).slice(compiledTermbasesKept - 1);
    for (const set of older) for (const file of set.files) this.cache.remove(file);
  }
}

function compiledMatcherKey(termbaseKey: string, locale: string): string {
  return `${termbaseKey}-matcher-${cacheKey(locale)}`;
}

/** The parsed termbase's file in the cache: `termbase-<key>.concepts`. */
const parsedTermbaseExtension = 'concepts';

/** Termbases whose compiled matchers stay in the cache: the one in use and the three written last before it. */
const compiledTermbasesKept = 4;
