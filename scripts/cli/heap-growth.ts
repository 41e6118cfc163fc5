import { setFlagsFromString } from 'node:v8';

/** How much V8 may grow the old space past what the last full collection left, in per cent. */
const heapGrowingPercent = 30;

/**
 * A busy V8 heap may grow to several times what is live before the next full
 * collection. A check of a large archive allocates fast and keeps little (a
 * message's segments and matches are garbage once it is checked), so without
 * a bound most of its peak memory is garbage: 869 MB for 170 MB live on the
 * 10 MB benchmark corpus with 20,000 concepts, 575 MB with this bound, in the
 * same time. V8 flags belong to the process, so the worker threads have it
 * too. A `--heap-growing-percent` given to node itself is left as it is.
 */
export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((argument) => /^--heap[-_]growing[-_]percent\b/.test(argument))) return;
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
