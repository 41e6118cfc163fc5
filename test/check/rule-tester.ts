import { expect } from 'chai';
import { runRules, sourceUnitsOf, type RuleSetting } from '../../scripts/check/engine.js';
import type { Rule, TranslationUnit } from '../../scripts/check/rule.js';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';
import { LineIndex } from '../../scripts/core/position.js';
import type { Segment } from '../../scripts/core/segment.js';
import { parseArticle } from '../../scripts/document/read.js';
import type { Glossary } from '../../scripts/glossary/index.js';
import { compileMatcher } from '../../scripts/glossary/index.js';
import type { RateTable } from '../../scripts/money/index.js';
import { formatResource, messageOffsetToFileOffset, parseResource } from '../../scripts/locales/resource-file.js';
import { segmentArticle, type SegmentationStages } from '../../scripts/segment/segment-article.js';

/** One source sentence and, optionally, its translation into `locale`. */
export interface RuleCase {
  readonly name: string;
  readonly source: string;
  readonly locale?: string;
  readonly translation?: string;
  /** Extra translations of other sentences, for rules that compare across a locale. */
  readonly others?: readonly { source: string; translation?: string }[];
  /** Resource entries by id, for ids that are in no source. */
  readonly extraEntries?: readonly (readonly [string, string])[];
  readonly errors: readonly ExpectedFinding[];
}

export interface ExpectedFinding {
  readonly messageIncludes: string;
  /** 'source' for the Markdown file, 'translation' for the locale resource. */
  readonly file: 'source' | 'translation';
  readonly line: number;
  readonly column: number;
}

export interface RuleTesterSetup {
  readonly sourceLocale?: string;
  readonly targetLocales?: readonly string[];
  readonly glossary?: Glossary;
  readonly rates?: RateTable;
  readonly stages?: Partial<SegmentationStages>;
  readonly articleDate?: string;
  /** Severities per rule id, as in the project configuration. */
  readonly settings?: Readonly<Record<string, RuleSetting>>;
}

const oneSentencePerParagraph = (text: string) => [{ start: 0, end: text.trimEnd().length }];

/**
 * Runs one rule over a small project made of the case: an article with one
 * paragraph per source sentence, and a locale resource with the translations.
 * Diagnostics come back with real file positions, as `glossa check` prints them.
 */
export function runCase(rule: Rule | readonly Rule[], setup: RuleTesterSetup, testCase: RuleCase): Diagnostic[] {
  const sourceLocale = setup.sourceLocale ?? 'en';
  const locale = testCase.locale ?? 'ru';
  const pairs = [{ source: testCase.source, translation: testCase.translation }, ...(testCase.others ?? [])];
  const markdown = `---\ntitle: Test article\ndate: ${setup.articleDate ?? '2022-01-07'}\npublisher: Test\nlang: ${sourceLocale}\n---\n\n${pairs.map((pair) => pair.source).join('\n\n')}\n`;
  const document = parseArticle(markdown, 'source/case.md', 'case');
  const matchers = new Map<string, ReturnType<typeof compileMatcher>>();
  const matcher = (lang: string) => {
    if (!setup.glossary) return undefined;
    if (!matchers.has(lang)) matchers.set(lang, compileMatcher(setup.glossary, lang));
    return matchers.get(lang);
  };
  const sourceMatcher = matcher(sourceLocale);
  const segments = segmentArticle(document, {
    split: oneSentencePerParagraph,
    ...(sourceMatcher ? { findTerms: (text: string) => sourceMatcher.find(text) } : {}),
    ...setup.stages,
  }).filter((segment) => segment.block > 0);
  const byText = new Map<string, Segment>(segments.map((segment) => [segment.text, segment]));
  const entries = pairs
    .filter((pair) => pair.translation !== undefined)
    .map((pair) => [byText.get(pair.source)?.id ?? `missing-${pair.source}`, pair.translation!] as const)
    .concat(testCase.extraEntries ?? []);
  const resource = parseResource(formatResource(entries), `locales/${locale}/case.json`);
  const lines = new LineIndex(resource.text);
  const translations: TranslationUnit[] = resource.entries.map((entry) => {
    const source = segments.find((segment) => segment.id === entry.id);
    return {
      side: 'translation',
      origin: 'resource',
      article: 'case',
      file: resource.file,
      locale,
      id: entry.id,
      text: entry.message,
      ...(source ? { source } : {}),
      location: { position: (offset: number) => lines.positionAt(messageOffsetToFileOffset(entry, offset)) },
    };
  });
  return runRules({
    sourceLocale,
    targetLocales: setup.targetLocales ?? [locale],
    rules: 'meta' in rule ? [rule] : rule,
    settings: setup.settings ?? {},
    ...(setup.glossary ? { glossary: setup.glossary } : {}),
    ...(setup.rates ? { rates: setup.rates } : {}),
    matcher,
    sources: sourceUnitsOf(document, sourceLocale, segments),
    translations,
    suppressions: new Map(),
  });
}

/** Line of the first source sentence in the case article (after 6 lines of front matter and a blank line). */
export const firstSourceLine = 8;

/** Registers one mocha test per case, asserting message, file, line and column of every finding. */
export function ruleTests(rule: Rule, setup: RuleTesterSetup, valid: readonly Omit<RuleCase, 'errors'>[], invalid: readonly RuleCase[]): void {
  describe(rule.meta.id, () => {
    for (const testCase of valid) {
      it(`valid: ${testCase.name}`, () => {
        const found = runCase(rule, setup, { ...testCase, errors: [] });
        expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).to.deep.equal([]);
      });
    }
    for (const testCase of invalid) {
      it(`invalid: ${testCase.name}`, () => {
        const found = runCase(rule, setup, testCase);
        expect(found, found.map((d) => d.message).join('\n')).to.have.length(testCase.errors.length);
        testCase.errors.forEach((expected, index) => {
          const diagnostic = found[index]!;
          expect(diagnostic.ruleId).to.equal(rule.meta.id);
          expect(diagnostic.message).to.include(expected.messageIncludes);
          expect(diagnostic.file).to.equal(expected.file === 'source' ? 'source/case.md' : `locales/${testCase.locale ?? 'ru'}/case.json`);
          expect([diagnostic.line, diagnostic.column], diagnostic.message).to.deep.equal([expected.line, expected.column]);
        });
      });
    }
  });
}
