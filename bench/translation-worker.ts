/** A worker thread of the corpus generator: writes the translations of a share of the articles. */
import { parentPort, workerData } from 'node:worker_threads';
import { castLoader, writeTranslations, type TranslationShare } from './corpus.js';

const share = workerData as TranslationShare;
const result = await writeTranslations(share.seed, share.dir, { from: share.from, to: share.to }, castLoader(share.seed)().pools);
parentPort!.postMessage(result);
