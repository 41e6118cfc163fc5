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
  /** Worker threads; 1 runs in this thread. */
  readonly jobs?: number;
  readonly progress?: ProgressListener;
}
