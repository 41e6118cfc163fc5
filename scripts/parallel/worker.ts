import { parentPort, workerData } from 'node:worker_threads';
import { GlossaError } from '../core/errors.js';
import { Project } from '../project/context.js';
import type { WorkerInput, WorkerOutput } from './run-in-parts.js';
import { runTask } from './tasks.js';

const { task, config, parts, input } = workerData as WorkerInput;

try {
  const project = new Project(config, parts);
  project.onArticle = () => parentPort!.postMessage('article');
  const result = await runTask(project, task, input);
  parentPort!.postMessage({ ok: true, result } satisfies WorkerOutput);
} catch (error) {
  const failure = error as Error;
  const glossa = error instanceof GlossaError ? error : undefined;
  parentPort!.postMessage({
    ok: false,
    error: {
      name: failure.name,
      message: failure.message,
      ...(failure.stack ? { stack: failure.stack } : {}),
      ...(glossa ? { exitCode: glossa.exitCode } : {}),
      ...(glossa?.file ? { file: glossa.file } : {}),
      ...(glossa?.position ? { position: glossa.position } : {}),
    },
  } satisfies WorkerOutput);
}
