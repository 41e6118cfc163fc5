import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const scriptsRoot = path.resolve(__dirname, '../../scripts');

/**
 * What loading `module` loads at once: its static imports that are not type-only
 * (TypeScript drops those), followed through scripts/; packages by name.
 * Dynamic `import()` is what defers code, so it is not followed.
 */
function loadedWith(entry: string): Set<string> {
  const loaded = new Set<string>();
  const visit = (module: string) => {
    if (loaded.has(module)) return;
    loaded.add(module);
    if (!module.endsWith('.ts')) return;
    const text = readFileSync(path.join(scriptsRoot, module), 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(import|export)\s+([^;]*?)\s+from\s+'([^']+)'/g)) {
      const [, keyword, clause, specifier] = match as unknown as [string, string, string, string];
      if (clause.startsWith('type ') || (keyword === 'import' && /^\{[^}]*\}$/.test(clause) && clause.slice(1, -1).split(',').every((name) => /^\s*type\s/.test(name) || name.trim() === ''))) continue;
      if (keyword === 'export' && /^\{[^}]*\}$/.test(clause) && clause.slice(1, -1).split(',').every((name) => /^\s*type\s/.test(name) || name.trim() === '')) continue;
      if (!specifier.startsWith('.')) {
        loaded.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
        continue;
      }
      if (specifier.startsWith('node:')) continue;
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(module), specifier)).replace(/\.js$/, '.ts'));
    }
  };
  visit(entry);
  return loaded;
}

describe('architecture: code loaded before a command knows it has work', () => {
  // A check of an unchanged archive, an extract, export or build that finds every article as it left it:
  // these modules run before the cache answers; what they load, every such run pays for.
  const entries = ['cli.ts', 'commands/check.ts', 'check/report.ts', 'check/reporters/index.ts', 'pipeline/check-inputs.ts', 'parallel/run-in-parts.ts', 'pipeline/extract-articles.ts', 'pipeline/export-articles.ts', 'pipeline/build-articles.ts', 'pipeline/tasks.ts', 'commands/build.ts'];
  const heavy = [
    'document/read.ts',
    'segment/segmenter.ts',
    'segment/segment-article.ts',
    'money/index.ts',
    'glossary/load-glossary.ts',
    'glossary/term-matcher.ts',
    'check/registry.ts',
    'check/rules/index.ts',
    'check/reporters/junit.ts',
    'xliff/index.ts',
    'render/i18n.ts',
    'parallel/error-transfer.ts',
    'mdast-util-from-markdown',
    'micromark-extension-gfm',
    'yaml',
    'js-yaml',
    'xmlbuilder2',
    'saxes',
    '@formatjs/intl',
    'i18next',
    'csv-parse',
  ];

  for (const entry of entries) {
    it(`${entry} loads no parser, formatter, rule or writer`, () => {
      const loaded = loadedWith(entry);
      expect(loaded.size, 'the module itself').to.be.greaterThan(0);
      expect(heavy.filter((module) => loaded.has(module))).to.deep.equal([]);
    });
  }

  it('sees through to what a module loads (the check that makes the list above mean something)', () => {
    expect(loadedWith('pipeline/export-article.ts')).to.include.members(['xliff/index.ts', 'money/index.ts']);
    expect(loadedWith('document/read.ts')).to.include.members(['mdast-util-from-markdown', 'yaml']);
    expect(loadedWith('check/rules/index.ts')).to.include('glossary/term-lookup.ts');
  });
});

describe('architecture: code a cold check or build loads for its articles', () => {
  // The termbase is read by load-glossary.ts, which picks its reader by format; the rules and the
  // rendering need only the model, the matcher and the term lookups. Through the termbase library's
  // index they had loaded every reader and writer (TBX, CSV, YAML writing, xmlbuilder2): 0.9 MB of code.
  const termbaseFormats = ['glossary/index.ts', 'glossary/tbx-read.ts', 'glossary/tbx-write.ts', 'glossary/csv-read.ts', 'glossary/yaml-write.ts', 'xmlbuilder2', 'csv-parse'];

  for (const entry of ['pipeline/check-articles.ts', 'check/rules/index.ts', 'pipeline/build-article.ts', 'pipeline/export-article.ts', 'pipeline/extract-article.ts']) {
    it(`${entry} loads no termbase reader or writer`, () => {
      const loaded = loadedWith(entry);
      expect(loaded.size, 'the module itself').to.be.greaterThan(0);
      expect(termbaseFormats.filter((module) => loaded.has(module))).to.deep.equal([]);
    });
  }

  it('sees a termbase writer where one is loaded', () => {
    expect(loadedWith('commands/glossary.ts')).to.include.members(['glossary/index.ts', 'glossary/tbx-write.ts', 'xmlbuilder2']);
  });
});
