import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Project } from '../project/context.js';
import type { Part } from '../project/partition.js';
import type { ArticleFile } from '../project/articles.js';
import type { ParallelOptions } from '../core/progress.js';
import type { TransferredError } from './error-transfer.js';
import { heapGrowth } from '../core/heap-growth.js';
import { codeRoot } from '../util/package-files.js';
import { MatcherClaims } from '../project/matcher-claims.js';
import type { FileDigests, HandedDigests } from '../project/file-digests.js';
import { articleNeedsWork, matcherLocales, readArticlesFor, runTask, type TaskName } from '../pipeline/tasks.js';
import { forgetAskedMemos } from '../pipeline/stage-memo.js';

/** What a worker thread is given: plain data, since a Project cannot cross threads. */
export interface WorkerInput {
  readonly task: TaskName;
  readonly config: Project['config'];
  readonly parts: readonly Part[];
  readonly input: unknown;
  /**
   * 'termbase': this thread only reads the termbase and compiles the task's
   * matchers into the content cache, and returns whether they are there.
   * 'share': it works on its share, at once or (with `waitsForTermbase`)
   * when told to 'start', preparing its first articles meanwhile.
   */
  readonly role: 'termbase' | 'share';
  readonly waitsForTermbase?: boolean;
  /** For a termbase thread: MatcherClaims' slots, when the thread that started it compiles some of the matchers too. */
  readonly claimSlots?: Int32Array;
}

/** What a thread says while it works: an article is done; the parsed termbase is in the content cache. */
export type WorkerNews = 'article' | 'parsed';

export type WorkerOutput =
  | { readonly ok: true; readonly result: unknown; readonly digests: HandedDigests }
  | { readonly ok: false; readonly error: TransferredError };

// The worker module, bundled (lib/parallel/worker.js) or run from source (scripts/parallel/worker.ts).
const fromSource = path.extname(fileURLToPath(import.meta.url)) === '.ts';
const workerUrl = pathToFileURL(path.join(codeRoot, 'parallel', `worker${fromSource ? '.ts' : '.js'}`));

/** Run from source (tests, development), a worker first registers tsx, which module hooks do not pass on to threads. */
function startWorker(workerData: WorkerInput): Worker {
  if (!fromSource) return new Worker(workerUrl, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(workerUrl.href)}));`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Runs a task over the project's articles split into shares (`jobs` at
 * most, and at least `bytesPerThread` of sources each), the first in this
 * thread and each of the others in a worker thread, and returns the shares'
 * results in share order once every thread has ended. Errors in a worker
 * come back as the same kind of error, so the exit code does not change.
 */
export async function runInParts<T>(project: Project, task: TaskName, input: unknown, options: ParallelOptions): Promise<T[]> {
  readArticlesFor(project, task);
  const articles = await project.articles.list();
  // Which articles need work is asked only when their size could earn a second thread. In one share the run
  // takes the memos made to answer it; threads make their own, so the main thread lets them go.
  const count = sizeAllowsThreads(articles, options, task) ? threadsFor(articles, options, task, await articleNeedsWork(project, task, input)) : 1;
  if (count > 1) forgetAskedMemos(project);
  const { progress } = options;
  progress?.start(task, articles.length);
  try {
    // A single share leaves a processor to libuv's threads, which write the cache entries meanwhile.
    project.cache.writesBehind = count === 1 && (options.jobs ?? 1) > 1;
    if (count === 1) {
      await prepareBesideTermbase(project, task, input, options);
      project.articles.onArticle = () => progress?.articleDone();
      return [(await runTask(project, task, input)) as T];
    }
    const shares = Array.from({ length: count }, (_, index) => ({ index, count, salt: 'jobs:' }));
    // This thread works the first share itself: a thread of its own would cost its start-up, its regular
    // expressions compiled again and its own copy of the compiled termbase, while this one waited.
    const waitsForTermbase = !(await termbaseCompiled(project, task));
    const workers = shares.slice(1).map((share) => startWorker({ task, config: project.config, parts: [...project.parts, share], input, role: 'share', waitsForTermbase }));
    const running = workers.map((worker) => resultOf<T>(worker, project.cache.digests, (news) => news === 'article' && progress?.articleDone()));
    // A failure is reported once this thread's share is done; until then it must not count as unhandled.
    for (const result of running) result.catch(() => undefined);
    const own = new Project(project.config, [...project.parts, shares[0]!], project.cache);
    readArticlesFor(own, task);
    let ownResult: T;
    try {
      // A termbase not yet compiled is compiled into the content cache before the other shares take it from
      // there; they read, parse and split their first articles meanwhile, which needs no termbase.
      if (waitsForTermbase) {
        if (!(await prepareBesideTermbase(own, task, input, options))) await own.termbase.compileMatchers(matcherLocales(task, project.config));
        for (const worker of workers) worker.postMessage('start');
      }
      own.articles.onArticle = () => progress?.articleDone();
      ownResult = (await runTask(own, task, input)) as T;
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return [ownResult, ...(await Promise.all(running))];
  } finally {
    progress?.finish();
  }
}

/** Whether the content cache holds the parsed termbase and every matcher `task` uses. */
function termbaseCompiled(project: Project, task: TaskName): Promise<boolean> {
  return project.termbase.compiledInCache(matcherLocales(task, project.config));
}

/**
 * A thread that reads, checks and compiles the termbase into the content
 * cache (the matchers `task` uses, or those it claims of them), then ends.
 */
function startTermbaseThread(project: Project, task: TaskName, input: unknown, claims?: MatcherClaims): Worker {
  return startWorker({ task, config: project.config, parts: project.parts, input, role: 'termbase', ...(claims ? { claimSlots: claims.slots } : {}) });
}

/**
 * The least bytes of termbase that earn a thread of its own beside a single
 * share. Paired against compiling in the share's thread, on the 1 MB bench
 * corpus: 1.07 times the wall time with 100 concepts (124 KB), 0.99 with
 * 2,000 (1.9 MB), 0.94 over nine pairs with 20,000 (20.5 MB; 0.87 and 1.02
 * in two sets of five).
 */
export const termbaseBytesForThread = 4_000_000;

/**
 * With a second processor allowed and a termbase file of at least
 * `termbaseBytesForThread`: this thread reads, parses and splits its first
 * articles (of its share, when there are several) while the termbase is made
 * ready beside it. Compiled in the content cache already, its files are read
 * in libuv's threads. Not yet, it is read, checked and compiled by a thread
 * of its own; once the articles are prepared and the parsed termbase is in
 * the content cache, this thread compiles matchers too, from the last locale
 * while that thread goes from the first, and the task reads the others back
 * from the cache. A termbase that thread cannot compile is read here again,
 * which reports what is wrong with it. True when a thread of its own was
 * started; false when the termbase is small, absent, or compiled already.
 */
async function prepareBesideTermbase(project: Project, task: TaskName, input: unknown, options: ParallelOptions): Promise<boolean> {
  const { glossary } = project.config;
  if ((options.jobs ?? 1) <= 1 || !glossary || fileBytes(project.resolve(glossary)) < (options.bytesPerThread ?? termbaseBytesForThread)) return false;
  if (await termbaseCompiled(project, task)) {
    await project.articles.prepare(project.termbase.readAhead(matcherLocales(task, project.config)));
    return false;
  }
  await heapGrowth.keeping(async () => {
    const claims = new MatcherClaims(matcherLocales(task, project.config));
    let parsed!: () => void;
    const parsedInCache = new Promise<boolean>((resolve) => (parsed = () => resolve(true)));
    const compiled = resultOf<boolean>(startTermbaseThread(project, task, input, claims), project.cache.digests, (news) => news === 'parsed' && parsed()).catch(() => false);
    await project.articles.prepare(compiled);
    if (await Promise.race([parsedInCache, compiled.then(() => false)])) {
      // A matcher that cannot be compiled here fails the same way when the task compiles it, which reports it.
      await project.termbase.compileMatchers(claims.claim(true)).catch(() => undefined);
    }
    await compiled;
  });
  return true;
}

/**
 * The least bytes of source Markdown that earn a thread, by task. A thread
 * costs its start-up and its own copy of the compiled termbase; a check of
 * 1 MB in two threads took 1.05 times as long as in one. Export writes an
 * XLIFF file per target locale and build renders every locale as Markdown
 * and HTML, so they earn a thread on less: two threads took 0.95 (export)
 * and 0.86 (build) of one thread's time on 600 KB, 0.93 and 0.81 on 1 MB.
 */
export const defaultBytesPerThread: Readonly<Record<TaskName, number>> = { check: 1_000_000, extract: 1_000_000, export: 300_000, build: 300_000 };

/** Whether `articles` hold enough source bytes for `task` to earn two threads, if every one needed work. */
export function sizeAllowsThreads(articles: readonly ArticleFile[], options: ParallelOptions, task: TaskName): boolean {
  if (Math.min(options.jobs ?? 1, articles.length) <= 1) return false;
  const least = options.bytesPerThread ?? defaultBytesPerThread[task];
  let bytes = 0;
  for (const article of articles) {
    bytes += fileBytes(article.absolutePath);
    if (bytes >= least * 2) return true;
  }
  return false;
}

/**
 * As many threads as asked for, but no more than the articles that need work
 * (`needsWork`), nor than their size allows for `task`. Articles are looked
 * at only until enough work for every thread is found.
 */
export function threadsFor(articles: readonly ArticleFile[], options: ParallelOptions, task: TaskName, needsWork: (file: ArticleFile) => boolean = () => true): number {
  const jobs = Math.min(options.jobs ?? 1, articles.length);
  const least = options.bytesPerThread ?? defaultBytesPerThread[task];
  if (jobs <= 1) return 1;
  let bytes = 0;
  let pending = 0;
  for (const article of articles) {
    if (pending >= jobs && bytes >= least * jobs) break;
    if (!needsWork(article)) continue;
    pending++;
    bytes += fileBytes(article.absolutePath);
  }
  const bySize = least === 0 ? jobs : Math.floor(bytes / least);
  return Math.max(1, Math.min(jobs, pending, bySize));
}

/**
 * A worker's result, once the thread has ended: by then its heap is given
 * back, so what the caller does next with the results (read back findings
 * written out, sort them) does not add to the threads' memory. The digests
 * of the files it read are adopted into `digests`.
 */
function resultOf<T>(worker: Worker, digests: FileDigests, onNews: (news: WorkerNews) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let output: WorkerOutput | undefined;
    worker.on('message', (message: WorkerOutput | WorkerNews) => {
      if (typeof message === 'string') onNews(message);
      else output = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (output?.ok) {
        digests.adopt(output.digests);
        resolve(output.result as T);
      }
      // The error classes are many modules; they are loaded only when a worker fails.
      else if (output) import('./error-transfer.js').then(({ revive }) => reject(revive((output as Extract<WorkerOutput, { ok: false }>).error)), reject);
      else reject(new Error(code === 0 ? 'a worker thread ended without a result' : `a worker thread stopped with exit code ${code}`));
    });
  });
}

/** A file's size in bytes; 0 when it is missing (the run reports that where it reads the file). */
function fileBytes(absolutePath: string): number {
  return statSync(absolutePath, { throwIfNoEntry: false })?.size ?? 0;
}
