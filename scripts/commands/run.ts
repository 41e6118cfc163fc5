import { ExitCode } from '../core/errors.js';
import * as print from '../cli/print.js';
import type { Project } from '../project/context.js';
import { build } from './build.js';
import { extract } from './extract.js';

/** The whole pipeline, in stage order; returns the exit code. */
export async function run(project: Project, options: { jobs?: number } = {}): Promise<number> {
  print.extractSummary(await extract(project, options));
  print.buildSummary(await build(project, options));
  return ExitCode.ok;
}
