import type { Project } from '../project/context.js';

/** Commands whose work splits by article; each runs on one share of the articles. */
export const tasks = {
  check: async (project: Project, input: { xliffFiles: readonly string[] }) => (await import('../commands/check.js')).checkPart(project, input),
  extract: async (project: Project) => (await import('../commands/extract.js')).extractArticles(project),
  'xliff-export': async (project: Project, input: import('../commands/xliff-export.js').XliffExportOptions) =>
    (await import('../commands/xliff-export.js')).exportArticles(project, input),
  build: async (project: Project, input: { locales?: readonly string[] }) => (await import('../commands/build.js')).buildArticles(project, input),
} as const;

export type TaskName = keyof typeof tasks;

export function runTask(project: Project, task: TaskName, input: unknown): Promise<unknown> {
  return (tasks[task] as (project: Project, input: unknown) => Promise<unknown>)(project, input);
}
