import { setFlagsFromString } from 'node:v8';

/** How much V8 may grow the old space past what the last full collection left, in per cent. */
const heapGrowingPercent = 30;

/**
 * A busy V8 heap may grow to several times what is live before the next full
 * collection. A check of a large archive allocates fast and keeps little (a
 * message's segments and matches are garbage once it is checked), so without
 * a bound most of its peak memory is garbage: the 100 MB benchmark corpus
 * with 20,000 concepts peaked at 1,307 MB without it, 877 MB with it. V8
 * flags belong to the process, so the worker threads have it too.
 *
 * Reading and compiling a termbase is the opposite: it keeps nearly all it
 * allocates. Under the bound, a heap growing from nothing to the 300 MB of a
 * parsed 20,000-concept termbase was fully collected a dozen times, each
 * time finding little to free, so that work runs under V8's own growth.
 */
export class HeapGrowthBound {
  /** Whether this process set the bound (a flag given to node itself is left alone). */
  private bounded = false;
  /** How many phases that keep what they allocate are under way. */
  private phases = 0;

  constructor(private readonly setFlags: (flags: string) => void = setFlagsFromString) {}

  /** Bounds the growth, unless `--heap-growing-percent` was given to node itself. */
  bound(execArgv: readonly string[] = process.execArgv): void {
    if (execArgv.some((argument) => /^--heap[-_]growing[-_]percent\b/.test(argument))) return;
    this.setFlags(`--heap-growing-percent=${heapGrowingPercent}`);
    this.bounded = true;
  }

  /**
   * Runs `work`, which keeps nearly all it allocates, with the bound lifted.
   * The flag is the process's: the main thread, which sets the bound, also
   * lifts it, for its own compiling and for the life of a thread that
   * compiles; in a worker thread this only runs `work`.
   */
  async keeping<T>(work: () => Promise<T>): Promise<T> {
    this.lift();
    try {
      return await work();
    } finally {
      this.restore();
    }
  }

  /** The same for work that does not wait. */
  keepingNow<T>(work: () => T): T {
    this.lift();
    try {
      return work();
    } finally {
      this.restore();
    }
  }

  private lift(): void {
    // 0 is V8's default: the growth is V8's own again.
    if (this.bounded && this.phases++ === 0) this.setFlags('--heap-growing-percent=0');
  }

  private restore(): void {
    if (this.bounded && --this.phases === 0) this.setFlags(`--heap-growing-percent=${heapGrowingPercent}`);
  }
}

/** This thread's: the CLI bounds it in the main thread. */
export const heapGrowth = new HeapGrowthBound();
