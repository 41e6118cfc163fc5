import { parentPort, workerData } from 'node:worker_threads';
import { Project } from '../project/context.js';
import { toTransferable } from './error-transfer.js';
import type { WorkerInput, WorkerOutput } from './run-in-parts.js';
import { matcherLocales, runTask } from '../pipeline/tasks.js';

const { task, config, parts, input, readsTermbaseFirst } = workerData as WorkerInput;

if (!readsTermbaseFirst) await new Promise((resolve) => parentPort!.once('message', resolve));

try {
  let project = new Project(config, parts);
  if (readsTermbaseFirst) {
    const inCache = await project.termbase.compileMatchers(matcherLocales(task, config));
    parentPort!.postMessage('termbase ready');
    // Having parsed and compiled it, this thread holds the whole termbase as objects; read back from the cache
    // as the other threads read it, it is an index and a few typed arrays for the rest of the run.
    if (inCache) project = new Project(config, parts);
  }
  project.articles.onArticle = () => parentPort!.postMessage('article');
  const result = await runTask(project, task, input);
  parentPort!.postMessage({ ok: true, result } satisfies WorkerOutput);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: toTransferable(error) } satisfies WorkerOutput);
}
