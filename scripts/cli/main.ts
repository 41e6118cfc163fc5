import { availableParallelism } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import yargs from 'yargs';
import { allLocales, findConfig, loadConfig, type GlossaConfig } from '../config.js';
import { ConfigError, GlossaError } from '../core/errors.js';
import { heapGrowth } from '../core/heap-growth.js';
import type { Project } from '../project/context.js';
import { parseShard } from '../project/partition.js';
import { packageVersion } from '../util/package-files.js';
import { setColorOption, useColor } from './color.js';
import { withoutHelpRendering } from './help-rendering.js';
import { RunRecorder } from './run-journal.js';
import { explainUsageError } from './usage-hint.js';
import { detail, info, isQuiet, setVerbosity, shownDiagnostics, terminalReport } from './verbosity.js';

class UsageError extends ConfigError {
  override name = 'UsageError';
}

interface GlobalOptions {
  config?: string | undefined;
  shard?: string | undefined;
}

// Modules load when a command needs them: `glossa --help` or `glossa segment` should not pay for the glossary or XLIFF code.
async function openProject(argv: GlobalOptions) {
  const config = await loadConfig(process.cwd(), argv.config);
  detail(`configuration ${config.file}; paths are relative to ${config.root}`);
  const { Project } = await import('../project/context.js');
  const project = new Project(config, argv.shard ? [parseShard(argv.shard)] : []);
  openedProjects.push(project);
  return project;
}

/** The projects this run opened, whose caches are asked at the end whether they could be written. */
const openedProjects: Project[] = [];

/** Keeps this run's output for the next run of the same command on an unchanged project (undefined: on a terminal). */
let recorder: RunRecorder | undefined;

function warnOfUnwritableCaches(): void {
  if (isQuiet()) return;
  for (const project of openedProjects) {
    const failure = project.cache.writeFailure;
    if (failure === undefined) continue;
    const folder = project.relative(project.cache.folder);
    process.stderr.write(`glossa: warning: cannot write the cache in ${folder}: ${failure}; the results are complete, but the next run starts over. Make ${folder} a writable folder.\n`);
  }
}

/**
 * What this command prints depends only on the project's inputs (of the
 * locales, only `localeFolders` when given) and on `paths` (its outputs, and
 * files named on the command line, relative to the project or to here): a
 * rerun on an unchanged project repeats it.
 */
async function replayableWith(project: Project, reads: { readonly localeFolders?: readonly string[]; readonly paths?: readonly (string | undefined)[] } = {}): Promise<void> {
  if (!recorder) return;
  const { projectInputs } = await import('../project/inputs.js');
  const inputs = projectInputs(project.config, reads.localeFolders);
  const named = (reads.paths ?? []).filter((each): each is string => each !== undefined);
  recorder.replayableWith(project.config.file, project.cache.folder, {
    paths: [...inputs.paths, ...named.map((each) => project.resolve(each)), ...named.map((each) => path.resolve(each))],
    withoutDotNames: inputs.withoutDotNames,
  });
}

/**
 * Where each command writes below the output folder: a record watches these
 * rather than the whole folder, which may hold much else (this repository's
 * benchmark corpora, a site's other pages).
 */
async function writtenBy(config: GlossaConfig) {
  const { indexPage, localeOutputFolder, memoryFile, reportPage, xliffFolder } = await import('../project/output-paths.js');
  const inProject = (file: string) => path.resolve(config.root, file);
  const build = [...allLocales(config).map((locale) => inProject(localeOutputFolder(config, locale))), inProject(indexPage(config))];
  const xliff = inProject(xliffFolder(config));
  const report = inProject(path.posix.dirname(reportPage(config)));
  return { build, xliff, report, tm: inProject(memoryFile(config)), run: [...build, xliff, report] };
}

/** The `rules` of the configuration, for commands that also work outside a project (none found: no settings). */
async function configuredRules(argv: GlobalOptions) {
  if (argv.config === undefined && !(await findConfig(process.cwd()))) return {};
  return (await loadConfig(process.cwd(), argv.config)).rules;
}

const printer = () => import('./print.js');
/** Every exit code is decided there, from what the command returned or threw. */
const exitCodes = () => import('./exit-code.js');

const jobsOption = {
  alias: 'j',
  type: 'number',
  default: availableParallelism(),
  defaultDescription: 'the number of CPU cores',
  describe: 'Threads at most, the main one included, one per 1 MB of sources (300 KB for xliff export and build; GLOSSA_BYTES_PER_THREAD); the output is the same as with --jobs 1',
} as const;

function jobsOf(argv: { jobs: number }): number {
  if (!Number.isInteger(argv.jobs) || argv.jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not ${argv.jobs}`);
  return argv.jobs;
}

/** --jobs, and a progress counter on stderr (drawn only on a terminal, never under CI). */
async function parallelOf(argv: { jobs: number }) {
  const { terminalProgress } = await import('./progress.js');
  return { jobs: jobsOf(argv), progress: terminalProgress(), ...bytesPerThreadOf(process.env['GLOSSA_BYTES_PER_THREAD']) };
}

/** GLOSSA_BYTES_PER_THREAD: the least bytes of sources that earn a worker thread (0: thread count from --jobs alone). */
function bytesPerThreadOf(value: string | undefined): { bytesPerThread?: number } {
  if (value === undefined || value === '') return {};
  if (!/^\d+$/.test(value)) throw new UsageError(`GLOSSA_BYTES_PER_THREAD must be a whole number of bytes (0 for no least), not "${value}"`);
  return { bytesPerThread: Number(value) };
}

const localeOption = {
  alias: 'l',
  type: 'string',
  array: true,
  describe: 'Only these locales (repeat the option or separate with spaces); default: every configured locale',
} as const;

export function createCli(argv: string[]) {
  return yargs(argv)
    .scriptName('glossa')
    // Every other message of the CLI is English; without this, yargs would head the help with the words of the
    // terminal's language ("Kommandos:" under LANG=de_DE) around English descriptions.
    .locale('en')
    .usage('$0 <command> [options]\n\nLocalization pipeline for news articles: segment, extract, check, XLIFF, build.')
    .option('config', { type: 'string', describe: 'Configuration file (JSON); default: the nearest glossa.config.json, .glossarc.json or package.json with a "glossa" key, from here upward' })
    .option('shard', { type: 'string', describe: 'Only this share of the articles, as I/N (for CI matrices); the shares of 1/N … N/N cover every article once' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'Report errors only: no warnings, notes or progress lines' })
    .option('verbose', { type: 'boolean', describe: 'Also say which configuration was used, where paths start, and when the output repeats an unchanged run' })
    .option('color', { type: 'boolean', describe: 'Colour the terminal report (--no-color: never); default: on a terminal, unless NO_COLOR is set; FORCE_COLOR=1 or 0 overrides' })
    .middleware((args) => {
      setColorOption(args.color);
      setVerbosity(args);
    })
    .command(
      'init',
      'Set up a Glossa project here: configuration, an example article, termbase and rate table, and optionally CI',
      (y) =>
        y
          .option('ci', { choices: ['github', 'gitlab'] as const, describe: 'Also write a CI workflow that runs glossa check --format sarif' })
          .option('package-json', { type: 'boolean', default: false, describe: 'Put the configuration under the "glossa" key of the existing package.json instead of glossa.config.json' })
          .example('$0 init', 'in a new or existing repository')
          .example('$0 init --ci github', 'also .github/workflows/glossa.yml for GitHub code scanning'),
      async (args) => {
        const { init } = await import('../commands/init.js');
        (await printer()).initSummary(await init(process.cwd(), { ci: args.ci, packageJson: args.packageJson }));
      },
    )
    .command(
      'run',
      'Run the whole pipeline: extract, check, XLIFF export, build, review report',
      (y) => y.option('jobs', jobsOption).example('$0 run', 'what `npm start` does'),
      async (args) => {
        const { run } = await import('../commands/run.js');
        const { reportInput } = await import('../check/report.js');
        const stylish = await (await import('../check/reporters/index.js')).loadReporter('stylish');
        const { reportSummary } = await import('../commands/report.js');
        const print = await printer();
        const project = await openProject(args);
        await replayableWith(project, { paths: (await writtenBy(project.config)).run });
        const result = await run(project, await parallelOf(args), (done) => {
          if (done.stage === 'extract') print.extractSummary(done.result);
          else if (done.stage === 'check') {
            const shown = shownDiagnostics(done.result.diagnostics);
            terminalReport(stylish(reportInput(shown, done.result.checkedFiles, done.result.rules), { color: useColor() }), shown);
          } else if (done.stage === 'xliff-export') print.xliffExportSummary(done.result);
          else if (done.stage === 'build') print.buildSummary(done.result);
          else info(reportSummary(done.result));
        });
        process.exitCode = (await exitCodes()).checkExitCode(result.checked.diagnostics, undefined);
      },
    )
    .command(
      'extract',
      'Write locales/<source>/<article>.json: segment id → source message',
      (y) => y.option('jobs', jobsOption).example('$0 extract', 'refresh the source messages of every article'),
      async (args) => {
        const { extract } = await import('../commands/extract.js');
        const project = await openProject(args);
        // Extract reads the source locale's messages and the history, and no translation.
        await replayableWith(project, { localeFolders: [project.config.sourceLocale, '.history'] });
        (await printer()).extractSummary(await extract(project, await parallelOf(args)));
      },
    )
    .command(
      'build',
      'Render every article per locale into dist/<lng>/<article>.md and .html',
      (y) => y.option('locale', localeOption).option('jobs', jobsOption).example('$0 build --locale ru de', 'only Russian and German'),
      async (args) => {
        const { build } = await import('../commands/build.js');
        const project = await openProject(args);
        await replayableWith(project, { paths: (await writtenBy(project.config)).build });
        (await printer()).buildSummary(await build(project, { locales: args.locale ?? [], ...(await parallelOf(args)) }));
      },
    )
    .command(
      'check [paths..]',
      'Check terminology, placeholders, money and translation coverage in sources, locales and XLIFF files',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'Files or folders to report on (Markdown, locale JSON, XLIFF); default: the whole project' })
          .option('format', { alias: 'f', choices: ['stylish', 'json', 'junit', 'sarif', 'github'] as const, default: 'stylish' as const, describe: 'Report format' })
          .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout (the exit code is the same)' })
          .option('max-warnings', { type: 'number', describe: 'Exit 1 when there are more warnings than this' })
          .option('fix', { type: 'boolean', default: false, describe: 'Rewrite deprecated and out-of-context terms in source articles where the fix is unambiguous' })
          .option('fix-dry-run', { type: 'boolean', default: false, describe: 'Print the fixes as a diff instead of writing them' })
          .option('jobs', jobsOption)
          .option('merge', { type: 'string', array: true, describe: 'Instead of checking, merge these --format json reports (e.g. of CI shards) into one report' })
          .example('$0 check --shard 2/4 --format json --output shard-2.json', 'one job of a 4-way CI matrix')
          .example('$0 check --merge shard-*.json --format sarif --output glossa.sarif', 'one report from the shards')
          .example('$0 check', 'check the whole project, human-readable')
          .example('$0 check --format sarif --output glossa.sarif', 'for GitHub code scanning')
          .example('$0 check locales/ru', 'only report on the Russian translations')
          .example('$0 check dist/xliff/de/article.xlf', 'check a translator\'s delivery before importing it'),
      async (args) => {
        const { check, mergeReports } = await import('../commands/check.js');
        const { reportInput } = await import('../check/report.js');
        const reporter = await (await import('../check/reporters/index.js')).loadChunkedReporter(args.format);
        const project = await openProject(args);
        if (!args.merge && !args.fix) await replayableWith(project, { paths: [...(args.paths ?? []), args.output] });
        const result = args.merge
          ? await mergeReports(args.merge)
          : await check(project, { paths: args.paths ?? [], fix: args.fix, fixDryRun: args.fixDryRun, ...(await parallelOf(args)) });
        for (const diff of result.diffs) process.stdout.write(diff);
        const toFile = args.output !== undefined;
        const shown = shownDiagnostics(result.diagnostics);
        const report = reporter(reportInput(shown, result.checkedFiles, result.rules), { color: !toFile && useColor() });
        detail(`files checked: ${result.checkedFiles.length}`);
        if (toFile) {
          const { writeFileAtomic } = await import('../util/atomic-write.js');
          await writeFileAtomic(path.resolve(args.output!), report);
        } else if (args.format === 'stylish') {
          terminalReport([...report].join(''), shown);
        } else {
          for (const piece of report) process.stdout.write(piece);
        }
        if (args.fix && !args.fixDryRun) (await printer()).fixSummary(result.fixes);
        process.exitCode = (await exitCodes()).checkExitCode(result.diagnostics, args.maxWarnings);
      },
    )
    .command('xliff', 'Exchange work with translators: export, validate and import XLIFF 1.2 / 2.0', (y) =>
      y
        .command(
          'export',
          'Write dist/xliff/<lng>/<article>.xlf for translators',
          (x) =>
            x
              .option('locale', localeOption)
              .option('xliff', { type: 'string', choices: ['1.2', '2.0'] as const, default: '2.0' as const, describe: 'XLIFF version (1.2 for tools that need it)' })
              .option('out', { type: 'string', describe: 'Output folder; default: <output>/xliff' })
              .option('prefill', { choices: ['source'] as const, describe: 'Untranslated units get the source as their target (OmegaT translates the target text)' })
              .option('jobs', jobsOption)
              .example('$0 xliff export --locale de', 'XLIFF 2.0 for the German translator')
              .example('$0 xliff export --xliff 1.2 --prefill source', 'for OmegaT')
              .example('$0 xliff export --xliff 1.2 --out handoff', 'XLIFF 1.2 for every locale into handoff/'),
          async (args) => {
            const { exportXliff } = await import('../commands/xliff-export.js');
            const project = await openProject(args);
            await replayableWith(project, { paths: [args.out ?? (await writtenBy(project.config)).xliff] });
            const results = await exportXliff(project, {
              locales: args.locale ?? [],
              version: args.xliff,
              ...(await parallelOf(args)),
              ...(args.out ? { out: args.out } : {}),
              ...(args.prefill ? { prefill: args.prefill } : {}),
            });
            (await printer()).xliffExportSummary(results);
          },
        )
        .command(
          'import <files..>',
          'Import translated XLIFF files into locales/<lng>/<article>.json',
          (x) =>
            x
              .positional('files', { type: 'string', array: true, demandOption: true, describe: 'XLIFF files returned by translators' })
              .option('dry-run', { type: 'boolean', default: false, describe: 'Report what would change; write nothing' })
              .option('strict', { type: 'boolean', default: false, describe: 'Do not import a file whose targets break the glossary' })
              .example('$0 xliff import dist/xliff/de/article.xlf', 'bring the German translation in')
              .example('$0 xliff import --dry-run returned/*.xlf', 'see what a delivery would change'),
          async (args) => {
            const { importXliff } = await import('../commands/xliff-import.js');
            const results = await importXliff(await openProject(args), args.files, { dryRun: args.dryRun, strict: args.strict });
            await (await printer()).xliffImportSummary(results, args.dryRun);
            process.exitCode = (await exitCodes()).importExitCode(results);
          },
        )
        .command(
          'validate <files..>',
          'Check XLIFF files against the OASIS schemas and the XLIFF rules',
          (x) =>
            x
              .positional('files', { type: 'string', array: true, demandOption: true })
              .option('format', { alias: 'f', choices: ['stylish', 'json', 'junit', 'sarif', 'github'] as const, default: 'stylish' as const })
              .option('fragment-prefixes', {
                type: 'string',
                default: '',
                describe: 'Extension prefixes registered for XLIFF 2 fragment identifiers, comma-separated (e.g. tbx,acme)',
              })
              .example('$0 xliff validate returned/de.xlf', 'before importing a delivery'),
          async (args) => {
            const { validateXliffFiles } = await import('../commands/xliff-validate.js');
            const { formatDiagnostics } = await import('../check/report.js');
            const fragmentPrefixes = args.fragmentPrefixes.split(',').map((prefix) => prefix.trim()).filter(Boolean);
            const result = await validateXliffFiles(args.files, process.cwd(), { fragmentPrefixes, rules: await configuredRules(args) });
            const shown = shownDiagnostics(result.diagnostics);
            const report = await formatDiagnostics(args.format, shown, result.files, useColor());
            if (args.format === 'stylish') terminalReport(report, shown);
            else process.stdout.write(report);
            process.exitCode = (await exitCodes()).findingsExitCode(result.diagnostics);
          },
        )
        .demandCommand(1, 'Name an xliff command: export, import or validate'),
    )
    .command('glossary', 'Convert the termbase to and from TBX and CSV', (y) =>
      y
        .command(
          'import <file>',
          'Convert a TBX (v2 or v3), CSV or YAML glossary into Glossa YAML',
          (x) =>
            x
              .positional('file', { type: 'string', demandOption: true })
              .option('out', { alias: 'o', type: 'string', describe: 'Where to write the YAML; default: glossary/<name>.yaml' })
              .option('force', { type: 'boolean', default: false, describe: 'Replace an existing output file' })
              .option('strict', { type: 'boolean', default: false, describe: 'Refuse the file (exit 2) instead of skipping unusable terms with a warning' })
              .example('$0 glossary import terms.tbx', 'writes glossary/terms.yaml'),
          async (args) => {
            const { importGlossary } = await import('../commands/glossary.js');
            const out = args.out ?? path.join('glossary', `${path.basename(args.file, path.extname(args.file))}.yaml`);
            const result = await importGlossary(args.file, out, { force: args.force, strict: args.strict, rules: await configuredRules(args) });
            if (result.warnings.length > 0) {
              const { formatDiagnostics } = await import('../check/report.js');
              process.stderr.write(await formatDiagnostics('stylish', result.warnings, [args.file], useColor()));
            }
            const skipped = result.warnings.length > 0 ? ` (${result.warnings.length} skipped, see the warnings above)` : '';
            process.stdout.write(`glossary ${args.file} → ${result.output}: ${result.concepts} concepts${skipped}\n`);
          },
        )
        .command(
          'export',
          'Print the project termbase as TBX-Basic (or YAML)',
          (x) =>
            x
              .option('format', {
                alias: 'f',
                choices: ['tbx', 'tbx-v2', 'yaml'] as const,
                default: 'tbx' as const,
                describe: 'tbx: TBX-Basic v3 (DCA style); tbx-v2: TBX-Basic v2 (martif) for tools that read only that; yaml: the authoring format',
              })
              .option('out', { alias: 'o', type: 'string', describe: 'Write to this file instead of stdout' })
              .example('$0 glossary export --format tbx --out termbase.tbx', 'for a CAT tool or a terminologist'),
          async (args) => {
            const { exportGlossary } = await import('../commands/glossary.js');
            const text = await exportGlossary(await openProject(args), args.format);
            if (args.out) {
              const { writeFileAtomic } = await import('../util/atomic-write.js');
              await writeFileAtomic(path.resolve(args.out), text);
            } else process.stdout.write(text);
          },
        )
        .demandCommand(1, 'Name a glossary command: import or export'),
    )
    .command('tm', 'Translation memory as TMX 1.4b: export it, or import a TMX for suggestions', (y) =>
      y
        .command(
          'export',
          'Write current and retired translations as TMX 1.4b (default: <output>/tm/memory.tmx)',
          (x) =>
            x
              .option('locale', localeOption)
              .option('output', { alias: 'o', type: 'string', describe: 'The TMX file to write' })
              .example('$0 tm export --locale ru --output ru.tmx', 'the Russian memory, for OmegaT or Okapi'),
          async (args) => {
            const { exportTm } = await import('../commands/tm.js');
            const project = await openProject(args);
            await replayableWith(project, { paths: [args.output ?? (await writtenBy(project.config)).tm] });
            const result = await exportTm(project, { locales: args.locale ?? [], ...(args.output ? { output: args.output } : {}) });
            const counts = result.locales.map((entry) => `${entry.locale} ${entry.current} current + ${entry.retired} retired`).join(', ');
            process.stdout.write(`tm       ${result.file}  ${counts}${result.changed ? '' : ' (unchanged)'}\n`);
          },
        )
        .command(
          'import <file>',
          'Add a TMX file to the memory behind fuzzy suggestions (locales/.tm/<lng>.json)',
          (x) =>
            x
              .positional('file', { type: 'string', demandOption: true, describe: 'TMX 1.4b (or 1.1–1.4) file' })
              .option('apply-exact', { type: 'boolean', default: false, describe: 'Also fill untranslated sentences from 100% matches with the same placeholders' })
              .example('$0 tm import vendor.tmx --apply-exact', 'suggestions from a vendor memory, exact matches filled in'),
          async (args) => {
            const { importTm } = await import('../commands/tm.js');
            const { formatDiagnostics } = await import('../check/report.js');
            const result = await importTm(await openProject(args), args.file, { applyExact: args.applyExact });
            for (const entry of result.locales) {
              const applied = args.applyExact ? `, ${entry.applied} filled from exact matches` : '';
              process.stdout.write(`tm       ${result.file} → ${entry.locale}: ${entry.pairs} pairs, ${entry.added} new in the memory${applied}\n`);
            }
            if (result.locales.length === 0) process.stdout.write(`tm       ${result.file}: no translation units for the configured locales\n`);
            if (result.diagnostics.length > 0) process.stdout.write(await formatDiagnostics('stylish', result.diagnostics, [result.file], useColor()));
            process.exitCode = (await exitCodes()).findingsExitCode(result.diagnostics);
          },
        )
        .demandCommand(1, 'Name a tm command: export or import'),
    )
    .command(
      'stats',
      'Count segments, words and translation progress per article and locale',
      (y) =>
        y
          .option('locale', localeOption)
          .option('format', { alias: 'f', choices: ['table', 'json'] as const, default: 'table' as const, describe: 'Output format' })
          .example('$0 stats', 'an aligned table with totals per locale')
          .example('$0 stats --format json --locale de', 'German figures as one JSON document'),
      async (args) => {
        const { stats } = await import('../commands/stats.js');
        const { formatStatsJson, formatStatsTable } = await import('../stats/index.js');
        const project = await openProject(args);
        await replayableWith(project);
        const result = await stats(project, { locales: args.locale ?? [] });
        process.stdout.write(args.format === 'json' ? formatStatsJson(result) : formatStatsTable(result));
      },
    )
    .command(
      'report',
      'Write a self-contained review page (dist/report/index.html): source and translation side by side, glossary terms, check findings',
      (y) =>
        y
          .option('locale', localeOption)
          .option('out', { type: 'string', describe: 'The page to write; default: <output>/report/index.html' })
          .option('jobs', jobsOption)
          .example('$0 report', 'review every locale in a browser')
          .example('$0 report --locale kk --out kk-review.html', 'only Kazakh, into one file to send'),
      async (args) => {
        const { report, reportSummary } = await import('../commands/report.js');
        const project = await openProject(args);
        await replayableWith(project, { paths: [args.out ?? (await writtenBy(project.config)).report] });
        const result = await report(project, { locales: args.locale ?? [], ...(await parallelOf(args)), ...(args.out ? { out: args.out } : {}) });
        info(reportSummary(result));
      },
    )
    .command(
      'segment',
      'Split plain text from stdin into sentences; prints a JSON array',
      (y) =>
        y
          .option('lang', { type: 'string', demandOption: true, describe: 'Language of the text: en, ru, kk, uk, de, …' })
          .option('srx', { type: 'string', describe: 'SRX 2.0 file with segmentation rules; default: the built-in rules' })
          .example("printf 'Mr. Smith arrived at 5 p.m. He left.' | $0 segment --lang en", 'two sentences'),
      async (args) => {
        const { segmentText } = await import('../commands/segment.js');
        const input = await text(process.stdin);
        const sentences = await segmentText(input, { lang: args.lang, ...(args.srx ? { srx: args.srx } : {}) });
        process.stdout.write(`${JSON.stringify(sentences, null, 2)}\n`);
      },
    )
    .demandCommand(1, 'Name a command; see glossa --help')
    .recommendCommands()
    .strict()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    // yargs renders the running command's help on every run, in case the handler shows it; wrapping it cost
    // a tenth of a check answered from the cache. Glossa shows help only for --help, so only that run wraps.
    .wrap(argv.includes('--help') || argv.includes('-h') ? Math.min(100, process.stdout.columns || 100) : null)
    .fail((message, error, usage) => {
      if (error) throw error;
      // yargs passes its usage helper, which knows the options of the command that was run.
      const known = Object.keys((usage as unknown as { getDescriptions?: () => Record<string, unknown> }).getDescriptions?.() ?? {});
      const explained = explainUsageError(message, known);
      throw new UsageError(`${explained}${explained.endsWith('?') ? ' Run' : '; run'} glossa --help for the commands and options`);
    });
}

export async function main(argv: string[]): Promise<void> {
  heapGrowth.bound();
  recorder = RunRecorder.start(argv);
  try {
    await withoutHelpRendering(createCli(argv)).parseAsync();
  } catch (error) {
    if (error instanceof GlossaError) process.stderr.write(`glossa: ${error.format()}\n`);
    else process.stderr.write(`glossa: internal error, please report it with the command you ran:\n${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = (await exitCodes()).errorExitCode(error);
  }
  for (const project of openedProjects) project.cache.tidy();
  warnOfUnwritableCaches();
  recorder?.finish(typeof process.exitCode === 'number' ? process.exitCode : 0);
}
