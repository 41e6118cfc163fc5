import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Fills `into` from an open file, at `position` or, with null, from the
 * file's current position; false when the file ends first. One `readSync`
 * may return fewer bytes than asked for.
 */
export function readFully(descriptor: number, into: Uint8Array, position: number | null = null): boolean {
  for (let done = 0; done < into.byteLength; ) {
    const read = readSync(descriptor, into, done, into.byteLength - done, position === null ? null : position + done);
    if (read === 0) return false;
    done += read;
  }
  return true;
}

/** Writes all of `bytes` to an open file at its current position; one `writeSync` may write fewer. */
export function writeFully(descriptor: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.byteLength; ) written += writeSync(descriptor, bytes, written);
}

/**
 * Parts of one file, read through a descriptor opened at the first read and
 * held until `close`; a read after `close` opens the file again.
 */
export class FileRanges {
  private descriptor: number | undefined;

  constructor(readonly file: string) {}

  /** `length` bytes from `position`; undefined when the file cannot be opened or ends first. */
  read(position: number, length: number): Buffer | undefined {
    try {
      this.descriptor ??= openSync(this.file, 'r');
      const bytes = Buffer.allocUnsafe(length);
      return readFully(this.descriptor, bytes, position) ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  close(): void {
    if (this.descriptor === undefined) return;
    closeSync(this.descriptor);
    this.descriptor = undefined;
  }
}
