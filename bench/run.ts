/**
 * `npm run bench`: times the compiled Glossa CLI on generated corpora of
 * 1, 10 and 100 MB and compares it with textlint + textlint-rule-prh.
 *
 * Options: --quick (1 MB only), --regenerate (rebuild cached corpora),
 * --budget SECONDS (time for the whole run; default 1,330).
 *
 * Prints a table to stdout, progress to stderr, and writes every figure to
 * dist/bench/results.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '../scripts/document/read.js';
import { benchRoot, configFile, corpusSizes, defaultSeed, prepareAll, projectRoot, type CorpusInfo, type CorpusSizeName, type GlossarySize } from './corpus.js';
import { targetLanguages } from './language.js';
import { measure, measurePair, runOnce, rssMethod, type CommandSpec, type Measurement } from './measure.js';
import { countGlossaFindings, countTextlintFindings, writePeerConfig } from './peer.js';
import type { PairResult, PeerResult, ResultRow } from './results.js';
import { formatTable } from './table.js';
import { evaluateTargets } from './targets.js';

interface Options {
  readonly quick: boolean;
  readonly regenerate: boolean;
  readonly budgetSeconds: number;
}

function parseOptions(argv: readonly string[]): Options {
  let quick = false;
  let regenerate = false;
  let budgetSeconds = 1_330;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--regenerate') regenerate = true;
    else if (arg === '--budget' && /^\d+$/.test(argv[i + 1] ?? '')) budgetSeconds = Number(argv[++i]);
    else throw new Error(`unknown argument ${arg}; usage: bench/run.ts [--quick] [--regenerate] [--budget SECONDS]`);
  }
  return { quick, regenerate, budgetSeconds };
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const cli = path.join(projectRoot, 'lib', 'cli.js');
const jobs = os.availableParallelism();

/** Which commands take --jobs in this build of the CLI. */
function jobsSupport(): Record<string, boolean> {
  const commands = { check: ['check'], extract: ['extract'], 'xliff export': ['xliff', 'export'], build: ['build'] };
  return Object.fromEntries(
    Object.entries(commands).map(([name, args]) => {
      const help = spawnSync(process.execPath, [cli, ...args, '--help'], { cwd: projectRoot, encoding: 'utf8' });
      return [name, /--jobs\b/.test(`${help.stdout}${help.stderr}`)];
    }),
  );
}

class Bench {
  readonly rows: ResultRow[] = [];
  /** Rows measured in turn, with their pair ratios. */
  readonly pairs: PairResult[] = [];
  private readonly deadline: number;
  /** Scales every measurement's time cap to the budget left once the corpora are ready. */
  private capScale = 1;

  constructor(
    readonly options: Options,
    readonly jobsFor: Record<string, boolean>,
  ) {
    this.deadline = performance.now() + options.budgetSeconds * 1_000;
  }

  secondsLeft(): number {
    return (this.deadline - performance.now()) / 1_000;
  }

  /** Fits the planned caps into the time left. */
  plan(plannedSeconds: number): void {
    this.capScale = Math.min(1, Math.max(0.1, (this.secondsLeft() - 15) / plannedSeconds));
    if (this.capScale < 1) log(`time budget: repeat caps scaled to ${Math.round(this.capScale * 100)}%`);
  }

  /** `node lib/cli.js <args> --config <config>`, with --jobs where the command takes it. */
  glossa(args: readonly string[], config: string, command: string, jobCount: number = jobs): string[] {
    return [cli, ...args, '--config', config, ...(this.jobsFor[command] ? ['--jobs', String(jobCount)] : [])];
  }

  /**
   * Two rows measured in turn, A B A B …, so that their ratio is not the
   * machine's drift between two series. Each row keeps its own figures.
   */
  async runPair(
    rowA: PlannedRow,
    specA: CommandSpec,
    rowB: PlannedRow,
    specB: CommandSpec,
    policy: { runs: number; capSeconds: number; before?: () => Promise<void>; beforeB?: () => Promise<void>; throughput?: Throughput; throughputB?: Throughput },
  ): Promise<{ a: ResultRow; b: ResultRow; pair?: PairResult }> {
    await this.attempt([rowA, rowB], policy.capSeconds, (cap) => `in turn (up to ${policy.runs} pairs, cap ${Math.round(cap)} s)`, async (capSeconds, left) => {
      const paired = await measurePair({ ...specA, timeoutSeconds: left }, { ...specB, timeoutSeconds: left }, {
        runs: policy.runs,
        capSeconds,
        ...(policy.before ? { before: policy.before } : {}),
        ...(policy.beforeB ? { beforeB: policy.beforeB } : {}),
      });
      this.rows.push(withFigures(rowA, paired.a, policy.throughput), withFigures(rowB, paired.b, policy.throughputB ?? policy.throughput));
      this.pairs.push({ a: rowA.id, b: rowB.id, ratio: paired.ratio, ratios: paired.ratios });
      log(`${rowA.id} / ${rowB.id}: medians ${paired.a.median.toFixed(2)} s and ${paired.b.median.toFixed(2)} s, pair ratio ${paired.ratio.toFixed(2)}`);
    });
    const [a, b] = this.rows.slice(-2) as [ResultRow, ResultRow];
    const pair = this.pairs.find((each) => each.a === rowA.id && each.b === rowB.id);
    return { a, b, ...(pair ? { pair } : {}) };
  }

  async run(
    row: PlannedRow,
    spec: CommandSpec,
    policy: { runs: number; capSeconds: number; before?: () => Promise<void>; timeout?: boolean },
    throughput?: Throughput,
  ): Promise<ResultRow> {
    await this.attempt([row], policy.capSeconds, (cap) => `${row.command} (up to ${policy.runs} runs, cap ${Math.round(cap)} s)`, async (capSeconds, left) => {
      const measurement = await measure(
        { ...spec, timeoutSeconds: policy.timeout ? Math.max(capSeconds, 30) : left },
        { runs: policy.runs, capSeconds, ...(policy.before ? { before: policy.before } : {}) },
      );
      this.rows.push(withFigures(row, measurement, throughput));
      log(`${row.id}: median ${measurement.median.toFixed(2)} s over ${measurement.samples.length} run(s)${measurement.timedOut ? ' (timed out)' : ''}`);
    });
    return this.rows.at(-1)!;
  }

  /**
   * Measures with the cap the time budget leaves (`work` gets it and the
   * seconds left), or records the rows as skipped when no time is left, or as
   * failed when a command did not do its job.
   */
  private async attempt(rows: readonly PlannedRow[], capSeconds: number, describe: (cap: number) => string, work: (capSeconds: number, left: number) => Promise<void>): Promise<void> {
    const label = rows.map((row) => row.id).join(' / ');
    const left = this.secondsLeft() - 10;
    if (left < 5) {
      for (const row of rows) this.rows.push({ ...row, note: 'skipped: time budget used up' });
      log(`${label}: skipped, no time left`);
      return;
    }
    const cap = Math.min(capSeconds * this.capScale, left);
    log(`${label}: ${describe(cap)}`);
    try {
      await work(cap, left);
    } catch (error) {
      const note = `failed: ${(error as Error).message.split('\n').slice(0, 3).join(' / ')}`;
      for (const row of rows) this.rows.push({ ...row, note });
      log(`${label}: ${note}`);
    }
  }
}

type PlannedRow = Omit<ResultRow, 'measurement' | 'throughput' | 'note'>;
type Throughput = (seconds: number) => { value: number; unit: string };

/** A row with its measurement, its throughput (an upper bound when the run was stopped) and, when stopped, a note saying so. */
function withFigures(row: PlannedRow, measurement: Measurement, throughput: Throughput | undefined): ResultRow {
  return {
    ...row,
    measurement,
    ...(throughput && !measurement.timedOut ? { throughput: throughput(measurement.median) } : {}),
    ...(throughput && measurement.timedOut ? { throughput: { ...throughput(measurement.max), atMost: true } } : {}),
    ...(measurement.timedOut ? { note: `stopped after ${measurement.max.toFixed(0)} s` } : {}),
  };
}

/**
 * Glossa keeps parsed termbases and segmented articles in `<output>/.cache`
 * (output is `out` in the corpus configurations). Cold runs start without it.
 */
function cacheFolder(info: CorpusInfo): string {
  return path.join(info.dir, 'out', '.cache');
}

const clearCache = (info: CorpusInfo) => () => rm(cacheFolder(info), { recursive: true, force: true });

/** Drops every cache entry but the compiled termbases (their file names start with `termbase-`). */
const keepTermbaseOnly = (info: CorpusInfo) => async () => {
  const folder = cacheFolder(info);
  for (const entry of await readdir(folder).catch(() => [] as string[])) {
    if (!entry.startsWith('termbase-')) await rm(path.join(folder, entry), { recursive: true, force: true });
  }
};

const mb = (bytes: number) => bytes / 1e6;
const translationBytes = (info: CorpusInfo) => targetLanguages.reduce((sum, lang) => sum + info.translationBytes[lang], 0);
const perSecond = (amount: number, unit: string) => (seconds: number) => ({ value: amount / seconds, unit });

/** The articles' translatable text without front matter or Markdown markers: input for `glossa segment`. */
async function plainText(info: CorpusInfo): Promise<string> {
  const folder = path.join(info.dir, 'source');
  const parts: string[] = [];
  for (const file of (await readdir(folder)).sort()) {
    const document = parseArticle(await readFile(path.join(folder, file), 'utf8'), file, file);
    for (const block of document.blocks) parts.push(block.text);
  }
  return `${parts.join('\n\n')}\n`;
}

interface CheckRowOptions {
  /** Which of Glossa's cache entries survive between runs (default: none). */
  readonly cache?: 'cold' | 'warm' | 'termbase';
  /** Run with --jobs 1 instead of one job per core. */
  readonly singleJob?: boolean;
  readonly timeout?: boolean;
  /** The command this check is measured in turn with (its row gets its own id and says so). */
  readonly inTurnWith?: { readonly id: string; readonly command: string };
}

/** The row and command of one check measurement. */
function checkMeasurement(bench: Bench, info: CorpusInfo, size: CorpusSizeName, concepts: GlossarySize, options: CheckRowOptions = {}) {
  const cache = options.cache ?? 'cold';
  return {
    row: {
      id: `check-${size}-${concepts}-${cache}${options.singleJob ? '-jobs1' : ''}${options.inTurnWith ? `-with-${options.inTurnWith.id}` : ''}`,
      command: `check --format json${options.singleJob ? ' --jobs 1' : ''}${options.inTurnWith ? ` (in turn with ${options.inTurnWith.command})` : ''}`,
      corpus: size,
      concepts,
      cache,
    },
    spec: { args: [...bench.glossa(['check', '--format', 'json'], configFile(info.dir, concepts), 'check', options.singleJob ? 1 : jobs)], cwd: projectRoot, okExitCodes: [0, 1] },
    before: cache === 'cold' ? clearCache(info) : cache === 'termbase' ? keepTermbaseOnly(info) : undefined,
    throughput: perSecond(mb(info.sourceBytes + translationBytes(info)), 'MB/s'),
  };
}

async function checkRow(bench: Bench, info: CorpusInfo, size: CorpusSizeName, concepts: GlossarySize, runs: number, capSeconds: number, options: CheckRowOptions = {}) {
  const { row, spec, before, throughput } = checkMeasurement(bench, info, size, concepts, options);
  await bench.run(row, spec, { runs, capSeconds, ...(options.timeout ? { timeout: true } : {}), ...(before ? { before } : {}) }, throughput);
}

/** Two check measurements in turn (same corpus), for a ratio between them. */
async function checkPair(
  bench: Bench,
  info: CorpusInfo,
  size: CorpusSizeName,
  a: { readonly concepts: GlossarySize; readonly options?: CheckRowOptions },
  b: { readonly concepts: GlossarySize; readonly options?: CheckRowOptions },
  runs: number,
  capSeconds: number,
) {
  const first = checkMeasurement(bench, info, size, a.concepts, a.options);
  const second = checkMeasurement(bench, info, size, b.concepts, b.options);
  await bench.runPair(first.row, first.spec, second.row, second.spec, {
    runs,
    capSeconds,
    ...(first.before ? { before: first.before } : {}),
    ...(second.before ? { beforeB: second.before } : {}),
    throughput: first.throughput,
  });
}

/** One untimed check that leaves a glossary's compiled termbase in the cache. */
async function compileTermbase(bench: Bench, info: CorpusInfo, concepts: GlossarySize) {
  const { spec } = checkMeasurement(bench, info, '1mb', concepts, { cache: 'termbase' });
  await keepTermbaseOnly(info)();
  await runOnce(spec);
}

async function segmentRow(bench: Bench, info: CorpusInfo, size: CorpusSizeName, runs: number) {
  const input = path.join(benchRoot, `segment-input-${size}.txt`);
  const text = await plainText(info);
  await writeFile(input, text);
  await bench.run(
    { id: `segment-${size}`, command: 'segment --lang en < text', corpus: size },
    { args: [cli, 'segment', '--lang', 'en'], cwd: projectRoot, stdinFile: input },
    { runs, capSeconds: 20 },
    perSecond(mb(Buffer.byteLength(text)), 'MB/s'),
  );
}

/** extract, xliff export, xliff import and build on one corpus; extract, export and build again on unchanged input. */
async function pipelineRows(bench: Bench, info: CorpusInfo, size: CorpusSizeName, runs: number) {
  const config = configFile(info.dir, 2_000);
  const units = info.messages * targetLanguages.length;
  const out = path.join(info.dir, 'out');
  const spec = (args: readonly string[], command: string, okExitCodes = [0]): CommandSpec => ({ args: bench.glossa(args, config, command), cwd: projectRoot, okExitCodes });
  const row = (id: string, command: string, cache: 'cold' | 'warm') => ({ id: `${id}-${size}`, command, corpus: size, concepts: 2_000, cache });
  const fresh = (...folders: string[]) => async () => {
    await clearCache(info)();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  };

  await bench.run(
    row('extract-fresh', 'extract (no locales/en yet)', 'cold'),
    spec(['extract'], 'extract'),
    { runs, capSeconds: 20, before: fresh(path.join(info.dir, 'locales', 'en')) },
    perSecond(info.articles, 'articles/s'),
  );
  await bench.run(row('extract-again', 'extract (unchanged input)', 'warm'), spec(['extract'], 'extract'), { runs, capSeconds: 15 });
  // Export and build are judged against a cold check: each is measured in turn with one (A B A B …).
  const coldCheck = (command: string) => checkMeasurement(bench, info, size, 2_000, { inTurnWith: { id: command.replace(/\W+/g, '-'), command } });
  const exportCheck = coldCheck('xliff export');
  await bench.runPair(row('xliff-export-fresh', 'xliff export (no XLIFF yet)', 'cold'), spec(['xliff', 'export'], 'xliff export'), exportCheck.row, exportCheck.spec, {
    // A pair takes 15–17 s here. Five pairs, not three: the machine's speed drifts over a minute, and one
    // odd pair of three moved the median by a tenth.
    runs: 5,
    capSeconds: 90,
    before: fresh(path.join(out, 'xliff')),
    beforeB: clearCache(info),
    throughput: perSecond(units, 'units/s'),
    throughputB: exportCheck.throughput,
  });
  await bench.run(row('xliff-export-again', 'xliff export (unchanged input)', 'warm'), spec(['xliff', 'export'], 'xliff export'), { runs, capSeconds: 20 });

  const xliffFiles: string[] = [];
  for (const lang of targetLanguages) {
    const folder = path.join(out, 'xliff', lang);
    for (const file of await readdir(folder).catch(() => [] as string[])) xliffFiles.push(path.join(folder, file));
  }
  await bench.run(
    row('xliff-import', 'xliff import (every exported file, into empty locales)', 'cold'),
    { args: bench.glossa(['xliff', 'import', ...xliffFiles.sort()], configFile(info.dir, 'import'), 'xliff import'), cwd: projectRoot, okExitCodes: [0, 1] },
    { runs, capSeconds: 25, before: fresh(path.join(info.dir, 'locales-import')) },
    perSecond(units, 'units/s'),
  );
  const buildCheck = coldCheck('build');
  await bench.runPair(row('build', `build (${targetLanguages.length + 1} locales, .md + .html)`, 'cold'), spec(['build'], 'build'), buildCheck.row, buildCheck.spec, {
    runs: 5,
    capSeconds: 90,
    before: async () => {
      // Everything but the XLIFF files, the content cache included.
      for (const entry of await readdir(out).catch(() => [] as string[])) if (entry !== 'xliff') await rm(path.join(out, entry), { recursive: true, force: true });
    },
    beforeB: clearCache(info),
    throughput: perSecond(info.articles, 'articles/s'),
    throughputB: buildCheck.throughput,
  });
  await bench.run(row('build-again', 'build (unchanged input)', 'warm'), spec(['build'], 'build'), { runs, capSeconds: 20 });
}

async function peerRows(bench: Bench, info: CorpusInfo, glossaryFile: string): Promise<PeerResult> {
  const dir = path.join(benchRoot, 'peer');
  const setup = await writePeerConfig(glossaryFile, dir);
  const sourceGlob = path.relative(projectRoot, path.join(info.dir, 'source')).split(path.sep).join('/') + '/**/*.md';
  const textlintReport = path.join(dir, 'textlint-report.json');
  const glossaReport = path.join(dir, 'glossa-report.json');
  // In turn (A B A B …), so that the ratio is not the machine's drift between two series.
  const { a: textlint, b: glossa, pair } = await bench.runPair(
    { id: 'peer-textlint-prh', command: `textlint + prh (${setup.rules} rules) on the sources`, corpus: '1mb', concepts: 2_000 },
    {
      args: [path.join(projectRoot, 'node_modules', 'textlint', 'bin', 'textlint.js'), '--config', setup.textlintrc, '--format', 'json', '--output-file', textlintReport, sourceGlob],
      cwd: projectRoot,
      okExitCodes: [0, 1],
    },
    { id: 'peer-glossa-check-source', command: 'check <source folder> --format json', corpus: '1mb', concepts: 2_000, cache: 'cold' },
    {
      args: bench.glossa(['check', path.join(info.dir, 'source'), '--format', 'json', '--output', glossaReport], configFile(info.dir, 2_000), 'check'),
      cwd: projectRoot,
      okExitCodes: [0, 1],
    },
    { runs: 3, capSeconds: 45, beforeB: clearCache(info) },
  );
  const textlintFindings = textlint.measurement ? await countTextlintFindings(textlintReport) : undefined;
  const glossaFindings = glossa.measurement ? await countGlossaFindings(glossaReport, 'term/deprecated') : undefined;
  return {
    rules: setup.rules,
    patterns: setup.patterns,
    ...(textlint.measurement && textlintFindings !== undefined ? { textlint: { medianSeconds: textlint.measurement.median, findings: textlintFindings, runs: textlint.measurement.samples.length } } : {}),
    ...(glossa.measurement && glossaFindings !== undefined ? { glossa: { medianSeconds: glossa.measurement.median, findings: glossaFindings, runs: glossa.measurement.samples.length } } : {}),
    ...(pair && Number.isFinite(pair.ratio) ? { ratio: pair.ratio } : {}),
  };
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const jobsFor = jobsSupport();
  const bench = new Bench(options, jobsFor);
  log(`--jobs ${Object.values(jobsFor).some(Boolean) ? `${jobs} for ${Object.keys(jobsFor).filter((name) => jobsFor[name]).join(', ')}` : 'not supported by this build; omitted'}`);

  const sizes: CorpusSizeName[] = options.quick ? ['1mb'] : ['1mb', '10mb', '100mb'];
  const { glossaries, corpora } = await prepareAll(sizes, { seed: defaultSeed, force: options.regenerate, log });
  const small = corpora.get('1mb')!;
  // Planned caps in seconds, scaled down when generating the corpora ate into the budget.
  bench.plan(options.quick ? 570 : 1_290);

  if (options.quick) await segmentRow(bench, small, '1mb', 5);
  // The ratios the targets name are measured in turn (A B A B …); the other rows one series each.
  await checkPair(bench, small, '1mb', { concepts: 2_000 }, { concepts: 2_000, options: { singleJob: true } }, 5, 70);
  await checkRow(bench, small, '1mb', 2_000, 5, 15, { cache: 'warm' });
  const cacheSeen = existsSync(cacheFolder(small));
  await checkPair(bench, small, '1mb', { concepts: 20_000 }, { concepts: 100 }, 5, 75);
  // Both compiled termbases in the cache, the articles read afresh on every run.
  await compileTermbase(bench, small, 20_000);
  await checkPair(bench, small, '1mb', { concepts: 20_000, options: { cache: 'termbase' } }, { concepts: 100, options: { cache: 'termbase' } }, 5, 55);
  await pipelineRows(bench, small, '1mb', 5);
  const peer = await peerRows(bench, small, glossaries.files[2_000]);

  const medium = corpora.get('10mb');
  if (medium) {
    await segmentRow(bench, medium, '10mb', 3);
    // Large enough for every thread to have a share: how close --jobs N comes to N times as fast.
    // A pair takes 45–65 s; five of them, since three single runs of this length spread from 0.68 to 0.96.
    await checkPair(bench, medium, '10mb', { concepts: 2_000 }, { concepts: 2_000, options: { singleJob: true } }, 5, 320);
    await checkRow(bench, medium, '10mb', 20_000, 3, 100);
  }
  const large = corpora.get('100mb');
  // One run of the 100 MB check takes three to four minutes here (over 240 s on a slow afternoon); its cap leaves room for one.
  if (large) await checkRow(bench, large, '100mb', 20_000, 1, 330, { timeout: true });

  const results = {
    date: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      availableParallelism: jobs,
      memoryGB: os.totalmem() / 1e9,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: { start: loadAtStart, end: os.loadavg() },
    },
    glossa: { version: JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')).version as string, commit: gitCommit() },
    settings: { ...options, seed: defaultSeed, jobs: Object.values(jobsFor).some(Boolean) ? jobs : null, jobsFor, rssMethod, megabyte: 1e6, contentCache: cacheSeen },
    corpora: Object.fromEntries([...corpora].map(([size, info]) => [size, { ...info, dir: path.relative(projectRoot, info.dir), translationBytesTotal: translationBytes(info) }])),
    measurements: bench.rows.map((row) => ({
      id: row.id,
      command: row.command,
      corpus: row.corpus,
      ...(row.concepts !== undefined ? { concepts: row.concepts } : {}),
      ...(row.cache ? { cache: row.cache } : {}),
      ...(row.measurement
        ? {
            runs: row.measurement.samples.map((sample) => ({
              seconds: sample.seconds,
              ...(sample.maxRssMB !== undefined ? { maxRssMB: sample.maxRssMB } : {}),
              exitCode: sample.exitCode,
              ...(sample.timedOut ? { timedOut: true } : {}),
            })),
            medianSeconds: row.measurement.median,
            minSeconds: row.measurement.min,
            maxSeconds: row.measurement.max,
            ...(row.measurement.maxRssMB !== undefined ? { maxRssMB: row.measurement.maxRssMB } : {}),
            timedOut: row.measurement.timedOut,
          }
        : {}),
      ...(row.throughput ? { throughput: row.throughput } : {}),
      ...(row.note ? { note: row.note } : {}),
    })),
    peer,
    pairs: bench.pairs,
    targets: evaluateTargets(bench.rows, { textlintSeconds: peer.textlint?.medianSeconds, glossaSourcesSeconds: peer.glossa?.medianSeconds }, bench.pairs, jobs),
  };
  await writeFile(path.join(benchRoot, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(formatTable({ rows: bench.rows, corpora, peer, targets: results.targets, machine: results.machine, date: results.date, jobs: results.settings.jobs, sizes: corpusSizes, pairs: bench.pairs }));
  log(`figures written to ${path.relative(process.cwd(), path.join(benchRoot, 'results.json'))}`);
}

await main();
