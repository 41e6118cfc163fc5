import { parentPort, workerData } from 'node:worker_threads';
import { Project } from '../project/context.js';
import { toTransferable } from './error-transfer.js';
import type { WorkerInput, WorkerNews, WorkerOutput } from './run-in-parts.js';
import { MatcherClaims } from '../project/matcher-claims.js';
import { matcherLocales, readArticlesFor, runTask } from '../pipeline/tasks.js';

const { task, config, parts, input, role, waitsForTermbase, claimSlots } = workerData as WorkerInput;
const tell = (news: WorkerNews) => parentPort!.postMessage(news);

try {
  const project = new Project(config, parts);
  readArticlesFor(project, task);
  let result: unknown;
  if (role === 'termbase') {
    const locales = matcherLocales(task, config);
    result = await project.termbase.compileMatchers(claimSlots ? new MatcherClaims(locales, claimSlots).claim() : locales, () => tell('parsed'));
  } else {
    if (waitsForTermbase) {
      const started = new Promise((resolve) => parentPort!.once('message', resolve));
      await project.articles.prepare(started);
      await started;
    }
    project.articles.onArticle = () => tell('article');
    result = await runTask(project, task, input);
  }
  // The digests of the files this thread read go with its result: the thread that names the run's inputs need not read them again.
  parentPort!.postMessage({ ok: true, result, digests: project.cache.digests.handOver() } satisfies WorkerOutput);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: toTransferable(error) } satisfies WorkerOutput);
}
