import { allLocales } from '../config.js';
import path from 'node:path';
import { createTranslator } from '../render/i18n.js';
import { localizeSegments } from '../render/localize.js';
import { fallbackMarks, renderHtmlPage, type LanguageLink } from '../render/render-html.js';
import { renderBodyWithBlocks, renderMarkdown, renderTitle } from '../render/render-markdown.js';
import { localizedBodyTree, sourceBodyTree } from '../render/localized-tree.js';
import { readResource, resourceMap, resourcePath } from '../locales/store.js';
import type { ValueFormatter } from '../money/index.js';
import { noRates, type Project } from '../project/context.js';
import type { ArticleFile } from '../project/articles.js';
import { sourceMessages } from '../segment/segment-article.js';
import { termFixes } from '../glossary/term-fixes.js';
import { applyReplacements } from '../core/replace.js';
import { isProtected } from '../core/segment.js';
import { formatPublicationDate, languageAutonym } from '../render/locale-names.js';
import { outputFiles } from './build-outputs.js';
import { writeStageOutput } from './stage-memo.js';

export interface BuildResult {
  readonly article: string;
  /** The source article's front matter title and date, for the index page. */
  readonly title: string;
  readonly date: string;
  readonly locale: string;
  readonly segments: number;
  /** Segments shown in the source language because no translation exists. */
  readonly fallbacks: number;
  readonly files: readonly string[];
  /** Conversions made with an earlier rate than the article's date (allowEarlierRates). */
  readonly warnings: readonly string[];
}

/** Renders one article in `locales`; the termbase, rates and translator are made once, when the renderer is. */
export async function articleRenderer(project: Project, locales: readonly string[]): Promise<(file: ArticleFile) => Promise<BuildResult[]>> {
  const { config } = project;
  const all = allLocales(config);
  const money = await project.money();
  const rates = await money.rates();
  const glossary = await project.termbase.glossary();
  const sourceMatcher = await project.termbase.matcher(config.sourceLocale);
  const rewriteSource =
    glossary && sourceMatcher
      ? (message: string) => applyReplacements(message, termFixes(message, sourceMatcher, glossary, config.sourceLocale))
      : undefined;
  const translator = await createTranslator({ resources: {}, sourceLocale: config.sourceLocale, namespaces: [] });

  // Article by article: its messages in every locale are added to the translator, rendered and let go,
  // so memory (and the garbage collector's work) does not grow with the number of articles.
  return async (file) => {
    const { document, segments } = await project.articles.read(file);
    const sourceTree = sourceBodyTree(document, await project.articles.bodyTree(document));
    const results: BuildResult[] = [];
    for (const locale of all) {
      const messages =
        locale === config.sourceLocale
          ? Object.fromEntries(sourceMessages(segments))
          : Object.fromEntries(resourceMap(await readResource(config.root, resourcePath(config.locales, locale, document.name))));
      translator.addResourceBundle(locale, document.name, messages);
    }
    const languages = (current: string): LanguageLink[] =>
      all.map((locale) => ({ locale, href: `../${locale}/${path.posix.basename(document.name)}.html`, label: languageAutonym(locale), current: locale === current }));
    const formatters = new Map<string, ValueFormatter>();
    const formatterFor = (locale: string): ValueFormatter => {
      if (!formatters.has(locale)) {
        formatters.set(locale, money.valueFormatter(locale, rates ?? noRates, document));
      }
      return formatters.get(locale)!;
    };
    for (const locale of locales) {
      const rendered = localizeSegments(segments, {
        translator,
        article: document.name,
        file: document.file,
        locale,
        sourceLocale: config.sourceLocale,
        ...(rewriteSource ? { rewriteSource } : {}),
        valuesOf: (segment, shownLocale) => formatterFor(shownLocale).values(segment.spans.filter(isProtected)),
      });
      const [markdownFile, htmlFile] = outputFiles(config, locale, document.name);
      const markdown = renderMarkdown(document, rendered, locale);
      const htmlBody = renderBodyWithBlocks(document, rendered, fallbackMarks);
      const html = renderHtmlPage({
        locale,
        sourceLocale: config.sourceLocale,
        title: renderTitle(rendered),
        titleIsFallback: rendered.some(({ segment, fallback }) => segment.block === 0 && fallback),
        isoDate: document.frontMatter.date,
        displayDate: formatPublicationDate(locale, document.frontMatter.date),
        publisher: document.frontMatter.publisher,
        body: localizedBodyTree(sourceTree, htmlBody.body, htmlBody.blocks),
        languages: languages(locale),
      });
      writeStageOutput(project, markdownFile, markdown);
      writeStageOutput(project, htmlFile, html);
      results.push({
        article: document.name,
        title: document.frontMatter.title,
        date: document.frontMatter.date,
        locale,
        segments: rendered.length,
        fallbacks: rendered.filter(({ fallback }) => fallback).length,
        files: [markdownFile, htmlFile],
        warnings: [...new Set(formatterFor(locale).conversions.flatMap((conversion) => conversion.warnings))],
      });
    }
    for (const locale of all) translator.removeResourceBundle(locale, document.name);
    return results;
  };
}
