import { parentPort, workerData } from 'node:worker_threads';
import { Project } from '../project/context.js';
import { toTransferable } from './error-transfer.js';
import type { WorkerInput, WorkerOutput } from './run-in-parts.js';
import { matcherLocales, runTask } from '../pipeline/tasks.js';

const { task, config, parts, input, readsTermbaseFirst } = workerData as WorkerInput;

if (!readsTermbaseFirst) await new Promise((resolve) => parentPort!.once('message', resolve));

try {
  const project = new Project(config, parts);
  if (readsTermbaseFirst) {
    await project.termbase.compileMatchers(matcherLocales(task, config));
    parentPort!.postMessage('termbase ready');
  }
  project.articles.onArticle = () => parentPort!.postMessage('article');
  const result = await runTask(project, task, input);
  parentPort!.postMessage({ ok: true, result } satisfies WorkerOutput);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: toTransferable(error) } satisfies WorkerOutput);
}
