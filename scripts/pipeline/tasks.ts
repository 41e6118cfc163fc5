import type { GlossaConfig } from '../config.js';
import type { Project } from '../project/context.js';
import type { CheckArticlesInput } from './check-articles.js';
import type { ExportArticlesOptions } from './export-articles.js';
import type { ArticleFile } from '../project/articles.js';
import { needsWork, type StageMemos } from './stage-memo.js';

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

/**
 * Readies a project's articles for a task, before any is read: a build
 * renders HTML from each article's Markdown tree, so the tree parsed when
 * the article is read is kept with it.
 */
export function readArticlesFor(project: Project, task: TaskName): void {
  project.articles.keepBodyTrees = task === 'build';
}

/** Runs `task` over the project's share; its cache entries are written when it settles. */
export async function runTask(project: Project, task: TaskName, input: unknown): Promise<unknown> {
  const result = await (tasks[task] as (project: Project, input: unknown) => Promise<unknown>)(project, input);
  await project.cache.settled();
  return result;
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

/** The stages that skip an article an earlier run left unchanged, by task. */
const memoizedStages: Partial<Record<TaskName, (project: Project, input: unknown) => Promise<StageMemos>>> = {
  extract: async (project) => (await import('./extract-articles.js')).extractStage(project),
  export: async (project, input) => (await import('./export-articles.js')).exportStage(project, input as ExportArticlesOptions),
  build: async (project, input) => (await import('./build-articles.js')).buildStage(project, input as { locales?: readonly string[] }),
};

/**
 * Whether an article needs `task` to work on it; false when an earlier run's
 * result for it stands. A run starts threads only for the articles that do:
 * on an unchanged archive their start-up was most of the run.
 */
export async function articleNeedsWork(project: Project, task: TaskName, input: unknown): Promise<(file: ArticleFile) => boolean> {
  const stage = await memoizedStages[task]?.(project, input);
  return stage ? needsWork(project, stage) : () => true;
}
