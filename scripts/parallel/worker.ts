import { parentPort, workerData } from 'node:worker_threads';
import { Project } from '../project/context.js';
import { toTransferable } from './error-transfer.js';
import type { WorkerInput, WorkerOutput } from './run-in-parts.js';
import { matcherLocales, runTask } from '../pipeline/tasks.js';

const { task, config, parts, input, role, waitsForTermbase } = workerData as WorkerInput;

try {
  const project = new Project(config, parts);
  let result: unknown;
  if (role === 'termbase') result = await project.termbase.compileMatchers(matcherLocales(task, config));
  else {
    if (waitsForTermbase) {
      const started = new Promise((resolve) => parentPort!.once('message', resolve));
      await project.articles.prepare(started);
      await started;
    }
    project.articles.onArticle = () => parentPort!.postMessage('article');
    result = await runTask(project, task, input);
  }
  parentPort!.postMessage({ ok: true, result } satisfies WorkerOutput);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: toTransferable(error) } satisfies WorkerOutput);
}
