/** What to do when the process (or worker thread) ends after completing, by who asked, under one exit listener. */
const pending = new Map<unknown, () => void>();

/**
 * Runs `action` when the process or worker thread exits with 0 or 1 (a run
 * that completed, with or without findings); a run stopped by a broken input
 * or an internal error runs none. Asking again under the same `owner`
 * replaces its action. Used for what is kept for the next run (the file
 * digests, the accepted locale codes), which a failed run must not write.
 */
export function onCompletedExit(owner: unknown, action: () => void): void {
  if (pending.size === 0) {
    process.once('exit', (code) => {
      if (code <= 1) for (const each of pending.values()) each();
      pending.clear();
    });
  }
  pending.set(owner, action);
}
