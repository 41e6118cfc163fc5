import { InputError } from '../core/errors.js';
import type { Position } from '../core/position.js';

/** One thing wrong in a glossary file, located as precisely as the format allows. */
export interface GlossaryProblem {
  readonly message: string;
  readonly file: string;
  readonly position?: Position;
}

/**
 * Every problem found in one glossary file. `message`, `file` and `position`
 * describe the first problem; `format()` lists all of them, one per line, in
 * the "file:line:column: message" form editors link to.
 */
export class GlossaryError extends InputError {
  override name = 'GlossaryError';

  constructor(readonly problems: readonly GlossaryProblem[]) {
    const first = problems[0];
    if (!first) throw new Error('GlossaryError needs at least one problem');
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(`${first.message}${more}`, first.file, first.position);
  }

  override format(): string {
    return this.problems.map(formatProblem).join('\n');
  }
}

export function formatProblem(problem: GlossaryProblem): string {
  const where = problem.position ? `${problem.file}:${problem.position.line}:${problem.position.column}` : problem.file;
  return `${where}: ${problem.message}`;
}

/** Gathers problems during one pass over a file so that all of them are reported together. */
export class ProblemCollector {
  readonly problems: GlossaryProblem[] = [];

  constructor(readonly file: string) {}

  add(message: string, position?: Position): void {
    this.problems.push(position ? { message, file: this.file, position } : { message, file: this.file });
  }

  /** Throws a GlossaryError when anything was collected, problems sorted by position. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const sorted = [...this.problems].sort(
      (a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0),
    );
    throw new GlossaryError(sorted);
  }
}
