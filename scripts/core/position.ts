export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, UTF-16 code units. */
  readonly column: number;
}

/**
 * Maps offsets of one text to 1-based line/column. Build it once per file; each
 * lookup is a binary search over line starts.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    const index = lineIndexOf(this.lineStarts, offset);
    return { line: index + 1, column: offset - this.lineStarts[index]! + 1 };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[position.line - 1];
    if (start === undefined) return this.text.length;
    return start + position.column - 1;
  }
}

/** Index of the last line start at or before `offset`, by binary search over sorted line starts. */
export function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
