/**
 * How a stage that works article by article reports its progress. The CLI
 * passes one that draws a counter on a terminal; without one nothing is shown.
 */
export interface ProgressListener {
  start(stage: string, articles: number): void;
  articleDone(): void;
  finish(): void;
}

/** What every command that spreads articles over threads takes. */
export interface ParallelOptions {
  /** Threads at most, the main one included (it works the first share); 1 runs in this thread alone. */
  readonly jobs?: number;
  /**
   * Least bytes of source articles per worker thread (default: by task, see
   * `defaultBytesPerThread`; 0: no least). A thread costs its start-up and its
   * own copy of the compiled termbase, which a small project does not earn back.
   * Set, it is also the least bytes of termbase that earn a thread of its own
   * beside a single share (default `termbaseBytesForThread`).
   */
  readonly bytesPerThread?: number;
  readonly progress?: ProgressListener;
}
