export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, UTF-16 code units. */
  readonly column: number;
}

/**
 * Maps offsets of one text to 1-based line/column. Build it once per file; each
 * lookup is a binary search over line starts. The line starts are found at the
 * first lookup: most files a check reads have nothing to report.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  positionAt(offset: number): Position {
    const lineStarts = this.lineStarts();
    const index = lineIndexOf(lineStarts, offset);
    return { line: index + 1, column: offset - lineStarts[index]! + 1 };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts()[position.line - 1];
    if (start === undefined) return this.text.length;
    return start + position.column - 1;
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1)) starts.push(at + 1);
    return (this.starts = starts);
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
