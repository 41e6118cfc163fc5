import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commentKey, configFileNames, findConfig } from '../config.js';
import { ConfigError } from '../core/errors.js';

export type CiKind = 'github' | 'gitlab';

export interface InitOptions {
  /** Also write a CI workflow that runs `glossa check --format sarif` and hands the report to the CI's code-quality view. */
  readonly ci?: CiKind | undefined;
  /** Put the configuration under the `glossa` key of the folder's existing package.json instead of glossa.config.json. */
  readonly packageJson?: boolean | undefined;
}

export interface InitResult {
  /** Files written, relative to the folder, in the order written. */
  readonly written: readonly string[];
  /** Files left alone because they existed, each with the reason. */
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

/** The settings `init` writes, with one line of explanation per key (JSON has no comments). */
const settings = {
  [commentKey]: [
    'Glossa configuration. Paths are relative to the folder of this file. Every key is described in the README, section Configuration.',
    'sourceLocale: the language the articles are written in (BCP 47). targetLocales: the languages to translate into.',
    'sources: glob(s) of the source articles (Markdown with YAML front matter). glossary: the termbase (.yaml, .tbx or .csv). rates: dated, sourced exchange rates.',
    'locales: where the messages per language live (locales/<lng>/<article>.json). output: where renderings, XLIFF and reports go.',
    'money: per locale, keep amounts in their currency or convert them ("both" shows the original and the converted amount).',
  ],
  sourceLocale: 'en',
  targetLocales: ['de'],
  sources: 'source/**/*.md',
  glossary: 'glossary/termbase.yaml',
  rates: 'glossary/rates.yaml',
  locales: 'locales',
  output: 'dist',
  money: {
    en: { mode: 'keep' },
    de: { mode: 'both', target: 'EUR' },
  },
};

const exampleArticle = `---
title: An example article
date: 2022-01-07
publisher: Your newsroom
lang: en
---

This example article shows what Glossa checks. It names Kyiv, the capital of Ukraine, as the project's termbase prefers, and it mentions an amount of $250, which the German edition also shows in euros at the European Central Bank's reference rate of 7 January 2022. Replace this file with your own articles.
`;

const exampleTermbase = `# The project's termbase: the agreed names of places, people and institutions.
# Each concept lists, per language (BCP 47 code), the preferred term, admitted
# alternatives and deprecated terms that the check reports. The full format is
# described at the top of the termbase in Glossa's own repository and in its README.
concepts:
  - id: kyiv
    subject: geography
    definition: The capital of Ukraine.
    note: Use the transliteration from Ukrainian, not the one from Russian.
    terms:
      en:
        preferred: Kyiv
        deprecated: Kiev
      de:
        preferred: Kyjiw
        admitted: Kiew
`;

const exampleRates = `# Exchange rates for converting amounts in articles. Every row is a rate as
# its publisher states it, with the days it is in force and where to check it:
# base and quote are ISO 4217 codes; rate is how many quote one unit of base
# costs; from (and optionally to, inclusive) are YYYY-MM-DD.
rates:
  - base: EUR
    quote: USD
    rate: 1.1298
    unit: 1
    from: 2022-01-07
    source:
      name: European Central Bank
      url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html
`;

const githubWorkflow = `# Checks terminology, placeholders and translations on every push and pull
# request, and shows the findings in GitHub code scanning.
name: glossa
on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx glossa check --format sarif --output glossa.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: glossa.sarif
          category: glossa
`;

const gitlabJob = `# Checks terminology, placeholders and translations in every pipeline: the
# SARIF report is kept as an artifact, the JUnit report shows the findings in
# merge requests, and the job fails when the check finds errors.
glossa:
  image: node:20
  script:
    - npm ci
    - npx glossa check --format sarif --output glossa.sarif || true
    - npx glossa check --format junit --output glossa-junit.xml
  artifacts:
    when: always
    paths:
      - glossa.sarif
    reports:
      junit: glossa-junit.xml
`;

/**
 * Sets up a Glossa project in `folder`: a configuration, an example article,
 * termbase and rate table, and optionally a CI workflow. An existing file is
 * never replaced; it is listed in `skipped` instead.
 */
export async function init(folder: string, options: InitOptions = {}): Promise<InitResult> {
  const written: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const create = async (file: string, contents: string): Promise<void> => {
    const full = path.join(folder, file);
    await mkdir(path.dirname(full), { recursive: true });
    try {
      await writeFile(full, contents, { flag: 'wx' });
      written.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      skipped.push({ file, reason: 'exists' });
    }
  };

  const existing = await configurationIn(folder);
  if (existing) skipped.push({ file: existing, reason: 'the project already has a configuration there' });
  else if (options.packageJson) await addToPackageJson(folder);
  else await create(configFileNames[0], `${JSON.stringify(settings, null, 2)}\n`);
  if (!existing && options.packageJson) written.push('package.json');

  await create('source/example.md', exampleArticle);
  await create('glossary/termbase.yaml', exampleTermbase);
  await create('glossary/rates.yaml', exampleRates);
  if (options.ci === 'github') await create('.github/workflows/glossa.yml', githubWorkflow);
  if (options.ci === 'gitlab') await create('.gitlab-ci.yml', gitlabJob);
  return { written, skipped };
}

/** The file in `folder` itself (not above it) that already holds a configuration, relative to the folder. */
async function configurationIn(folder: string): Promise<string | undefined> {
  const found = await findConfig(folder);
  return found && path.dirname(found.file) === path.resolve(folder) ? path.basename(found.file) : undefined;
}

async function addToPackageJson(folder: string): Promise<void> {
  const file = path.join(folder, 'package.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)}); --package-json adds the configuration to an existing package.json (run npm init first)`, file);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not valid JSON: ${(error as Error).message}`, file);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new ConfigError('is not a JSON object', file);
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  await writeFile(file, `${JSON.stringify({ ...manifest, glossa: settings }, null, indent)}\n`);
}
