import type { ProgressListener } from '../core/progress.js';

/**
 * A one-line progress counter on stderr ("check 120/1000 articles"), shown
 * only on a terminal and never under CI, so logs and pipes stay clean.
 */
export class Progress {
  private done = 0;
  private lastDrawn = 0;
  private readonly active: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.stream = stream;
    this.active = stream.isTTY === true && !process.env['CI'] && total > 1;
  }

  private readonly stream: NodeJS.WriteStream;

  tick(count = 1): void {
    this.done += count;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.lastDrawn < 100 && this.done < this.total) return;
    this.lastDrawn = now;
    this.stream.write(`\r${this.label} ${this.done}/${this.total} articles`);
  }

  finish(): void {
    if (this.active) this.stream.write('\r\u001b[K');
  }
}

/** A ProgressListener that draws a Progress counter per stage on `stream`. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressListener {
  let current: Progress | undefined;
  return {
    start: (stage, articles) => {
      current = new Progress(stage, articles, stream);
    },
    articleDone: () => current?.tick(),
    finish: () => {
      current?.finish();
      current = undefined;
    },
  };
}
