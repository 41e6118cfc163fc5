import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Project } from '../project/context.js';
import type { Part } from '../project/partition.js';
import type { ArticleFile } from '../project/articles.js';
import type { ParallelOptions } from '../core/progress.js';
import type { TransferredError } from './error-transfer.js';
import { runTask, type TaskName } from '../pipeline/tasks.js';

/** What a worker thread is given: plain data, since a Project cannot cross threads. */
export interface WorkerInput {
  readonly task: TaskName;
  readonly config: Project['config'];
  readonly parts: readonly Part[];
  readonly input: unknown;
  /** This thread reads the termbase and compiles the task's matchers into the content cache, and says so ('termbase ready'); the others wait for 'start'. */
  readonly readsTermbaseFirst: boolean;
}

export type WorkerOutput =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: TransferredError };

// The worker is this folder's worker module, compiled (.js) or run from source (.ts).
const fromSource = path.extname(fileURLToPath(import.meta.url)) === '.ts';
const workerUrl = new URL(`./worker${fromSource ? '.ts' : '.js'}`, import.meta.url);

/** Run from source (tests, development), a worker first registers tsx, which module hooks do not pass on to threads. */
function startWorker(workerData: WorkerInput): Worker {
  if (!fromSource) return new Worker(workerUrl, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(workerUrl.href)}));`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Runs a task over the project's articles split into shares, one worker
 * thread each (`jobs` at most, and at least `bytesPerThread` of sources
 * each), and returns the shares' results in share order once every thread
 * has ended. With one share it runs in this thread. Errors in a worker come
 * back as the same kind of error, so the exit code does not change.
 */
export async function runInParts<T>(project: Project, task: TaskName, input: unknown, options: ParallelOptions): Promise<T[]> {
  const articles = await project.articles.list();
  const count = threadsFor(articles, options);
  const { progress } = options;
  progress?.start(task, articles.length);
  try {
    if (count === 1) {
      project.articles.onArticle = () => progress?.articleDone();
      return [(await runTask(project, task, input)) as T];
    }
    const shares = Array.from({ length: count }, (_, index) => ({ index, count, salt: 'jobs:' }));
    // The first thread reads the termbase and compiles the task's matchers into the content cache; the others load
    // their code meanwhile and start when those are there, so the termbase is parsed, checked and compiled once, not once per thread.
    const workers = shares.map((share, index) => startWorker({ task, config: project.config, parts: [...project.parts, share], input, readsTermbaseFirst: index === 0 }));
    let startOthers = () => {};
    const termbaseReady = new Promise<void>((resolve) => (startOthers = resolve));
    const running = workers.map((worker, index) => resultOf<T>(worker, () => progress?.articleDone(), index === 0 ? startOthers : undefined));
    const first = running[0]!;
    try {
      await Promise.race([termbaseReady, first]);
    } catch (error) {
      for (const result of running) result.catch(() => undefined);
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    for (const worker of workers.slice(1)) worker.postMessage('start');
    return await Promise.all(running);
  } finally {
    progress?.finish();
  }
}

export const defaultBytesPerThread = 1_000_000;

/** As many threads as asked for, but no more than articles, nor than the sources' size allows. */
export function threadsFor(articles: readonly ArticleFile[], options: ParallelOptions): number {
  const jobs = Math.min(options.jobs ?? 1, articles.length);
  const least = options.bytesPerThread ?? defaultBytesPerThread;
  if (jobs <= 1) return 1;
  if (least === 0) return jobs;
  let bytes = 0;
  for (const article of articles) bytes += statSync(article.absolutePath, { throwIfNoEntry: false })?.size ?? 0;
  return Math.max(1, Math.min(jobs, Math.floor(bytes / least)));
}

/**
 * A worker's result, once the thread has ended: by then its heap is given
 * back, so what the caller does next with the results (read back findings
 * written out, sort them) does not add to the threads' memory.
 */
function resultOf<T>(worker: Worker, onArticle: () => void, onTermbaseReady?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let output: WorkerOutput | undefined;
    worker.on('message', (message: WorkerOutput | 'article' | 'termbase ready') => {
      if (message === 'article') onArticle();
      else if (message === 'termbase ready') onTermbaseReady?.();
      else output = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (output?.ok) resolve(output.result as T);
      // The error classes are many modules; they are loaded only when a worker fails.
      else if (output) import('./error-transfer.js').then(({ revive }) => reject(revive((output as Extract<WorkerOutput, { ok: false }>).error)), reject);
      else reject(new Error(code === 0 ? 'a worker thread ended without a result' : `a worker thread stopped with exit code ${code}`));
    });
  });
}
