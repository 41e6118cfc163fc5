import type { GlossaConfig } from '../config.js';
import type { Project } from '../project/context.js';
import type { CheckArticlesInput } from './check-articles.js';
import type { ExportArticlesOptions } from './export-articles.js';

/**
 * The stages that work article by article, by name, so that a worker thread
 * can be told which one to run on its share. Each loads on first use.
 */
export const tasks = {
  check: async (project: Project, input: CheckArticlesInput) => (await import('./check-articles.js')).checkArticles(project, input),
  extract: async (project: Project) => (await import('./extract-articles.js')).extractArticles(project),
  export: async (project: Project, input: ExportArticlesOptions) => (await import('./export-articles.js')).exportArticles(project, input),
  build: async (project: Project, input: { locales?: readonly string[] }) => (await import('./build-articles.js')).buildArticles(project, input),
} as const;

export type TaskName = keyof typeof tasks;

export function runTask(project: Project, task: TaskName, input: unknown): Promise<unknown> {
  return (tasks[task] as (project: Project, input: unknown) => Promise<unknown>)(project, input);
}

/**
 * The locales whose term matchers a task uses: a check reads sources and
 * translations, the other stages only the source language. The thread that
 * reads the termbase first compiles these into the content cache, so the
 * other threads read them back instead of each compiling them again.
 */
export function matcherLocales(task: TaskName, config: Pick<GlossaConfig, 'sourceLocale' | 'targetLocales'>): string[] {
  return task === 'check' ? [config.sourceLocale, ...config.targetLocales] : [config.sourceLocale];
}
