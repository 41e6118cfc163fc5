import { lineIndexOf, type Position } from '../core/position.js';

/**
 * Line/column of offsets in text that arrives in chunks. Only the line starts
 * of the last two chunks are kept, which is enough for the positions a parser
 * asks for just behind its reading point; memory stays bounded however large
 * the file is. Lines end at LF (so CRLF files count right as well).
 */
export class StreamPosition {
  /** Ascending absolute offsets where lines start. */
  private starts: number[] = [0];
  /** 1-based line number of `starts[0]`. */
  private firstLine = 1;
  private lastChunkStart = 0;
  private consumed = 0;

  /** Registers the next chunk; call it before the parser sees the chunk. */
  add(chunk: string): void {
    let drop = 0;
    while (drop + 1 < this.starts.length && this.starts[drop + 1]! <= this.lastChunkStart) drop++;
    if (drop > 0) {
      this.starts = this.starts.slice(drop);
      this.firstLine += drop;
    }
    this.lastChunkStart = this.consumed;
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) this.starts.push(this.consumed + i + 1);
    this.consumed += chunk.length;
  }

  /** 1-based position of an absolute UTF-16 offset; offsets before the kept window clamp to its first line. */
  positionAt(offset: number): Position {
    const low = lineIndexOf(this.starts, offset);
    return { line: this.firstLine + low, column: Math.max(1, offset - this.starts[low]! + 1) };
  }
}
