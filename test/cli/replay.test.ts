import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { settleMilliseconds } from '../../scripts/util/path-state.js';
import { glossa, repoRoot, sampleArticle, sampleProject, snapshot, type RunResult } from './helpers.js';

const repeatedNote = 'nothing this command reads changed since its last run';

/** Waits until every file written so far is older than the window in which a change could hide from its times. */
function settle(folder: string): void {
  const until = Date.now() + settleMilliseconds(folder) + 20;
  while (Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
}

function repeated(run: RunResult): boolean {
  return run.stderr.includes(repeatedNote);
}

/** What a run printed (without the note of a repeated run), and the project's files after it (without the cache). */
interface Observed {
  readonly printed: { readonly code: number | null; readonly stdout: string; readonly stderr: string };
  readonly files: Record<string, string>;
}

function observe(project: string, args: readonly string[]): { run: RunResult; observed: Observed } {
  const run = glossa(project, args);
  const files = Object.fromEntries([...snapshot(project)].filter(([file]) => !file.startsWith(path.join('dist', '.cache'))).sort(([a], [b]) => (a < b ? -1 : 1)));
  // The project's folder (named by --verbose) as a placeholder, so that two copies of a project compare.
  const inPlace = (text: string) => text.replaceAll(project, '<project>');
  const stderr = run.stderr
    .split('\n')
    .filter((line) => !line.includes(repeatedNote))
    .join('\n');
  return { run, observed: { printed: { code: run.code, stdout: inPlace(run.stdout), stderr: inPlace(stderr) }, files } };
}

/** The files a command writes: the output folder (the cache aside), the source locale's messages, and a report and a memory beside the project. */
function outputs(observed: Observed): Record<string, string> {
  return Object.fromEntries(Object.entries(observed.files).filter(([file]) => /^(dist|locales[/\\]en)[/\\]|^(report\.json|memory\.tmx)$/.test(file)));
}

/** Runs `args` until a run is answered from the record of the one before (at most four runs). */
function recordAndRepeat(project: string, args: readonly string[]): Observed {
  let previous = observe(project, args).observed;
  for (let attempt = 0; attempt < 3; attempt++) {
    settle(project);
    const { run, observed } = observe(project, args);
    if (repeated(run)) {
      expect(observed, 'the repeated run prints and leaves what the run before it did').to.deep.equal(previous);
      return observed;
    }
    previous = observed;
  }
  throw new Error(`glossa ${args.join(' ')} was never answered from the record of its last run`);
}

/** Records `args`, adds `file` (relative to the project, in a new folder) and tells whether the next run is a repeat. */
function repeatedAfterAdding(project: string, args: readonly string[], file: string, content: string): boolean {
  recordAndRepeat(project, args);
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), content);
  settle(project);
  return repeated(glossa(project, args));
}

const recordsFolder = (project: string) => path.join(project, 'dist', '.cache', 'runs');
const records = (project: string) => (existsSync(recordsFolder(project)) ? readdirSync(recordsFolder(project)) : []);
const article = (project: string) => path.join(project, 'source', `${sampleArticle}.md`);
const russian = (project: string) => path.join(project, 'locales', 'ru', `${sampleArticle}.json`);

function editJson(file: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Replaces `from` with `to` (as long) in `file` and sets its times back to the nanosecond: only the ctime tells. */
function editInPlace(file: string, from: string, to: string): void {
  expect(Buffer.byteLength(from)).to.equal(Buffer.byteLength(to));
  const before = statSync(file, { bigint: true });
  const text = readFileSync(file, 'utf8');
  expect(text).to.include(from);
  // touch -r copies times exactly; Node's utimes takes seconds as a double, which cannot hold today's nanoseconds.
  const times = `${file}.times`;
  expect(spawnSync('touch', ['-r', file, times]).status).to.equal(0);
  writeFileSync(file, text.replace(from, to));
  expect(spawnSync('touch', ['-r', times, file]).status).to.equal(0);
  rmSync(times);
  const after = statSync(file, { bigint: true });
  expect([after.size, after.mtimeNs]).to.deep.equal([before.size, before.mtimeNs]);
  expect(after.ctimeNs).to.not.equal(before.ctimeNs);
}

const check = ['check', '--format', 'json', '--verbose'];
const build = ['build', '--verbose'];

describe('glossa: a command run again on an unchanged project', function () {
  this.timeout(300000);
  let project: string;

  beforeEach(() => {
    project = sampleProject({ withTranslations: true });
    settle(project);
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  it('repeats what a check printed and its exit code, byte for byte, and says so only with --verbose', () => {
    const first = recordAndRepeat(project, [...check, '--max-warnings', '0']);
    expect(JSON.parse(first.printed.stdout).diagnostics.length, 'the sample has findings').to.be.greaterThan(0);
    expect(first.printed.code, 'more warnings than --max-warnings allows').to.equal(1);

    const quiet = ['check', '--format', 'json'];
    const before = records(project);
    const recorded = observe(project, quiet).observed;
    const [record] = records(project).filter((name) => !before.includes(name));
    expect(record, 'a record of the run without --verbose').to.be.a('string');
    settle(project);
    const recordFile = path.join(recordsFolder(project), record!);
    const { mtimeMs, ino } = statSync(recordFile);
    const again = observe(project, quiet);
    expect(again.run.stderr).to.not.include(repeatedNote);
    expect(again.observed).to.deep.equal(recorded);
    expect(statSync(recordFile), 'answered from the record, which a run would have written anew').to.include({ mtimeMs, ino });
  });

  // A change of an input must change what the command prints or writes; a change of an output is undone by
  // the run. Either way the run after it is not a repeat, and prints and writes what a run with no record does.
  const changes: { what: string; args: readonly string[]; of: 'input' | 'output'; change: (project: string) => void }[] = [
    { what: 'a source article', args: check, of: 'input', change: (p) => appendFileSync(article(p), '\nThe protests began in Alma-Ata.\n') },
    { what: 'a source article, its size and modification time kept', args: check, of: 'input', change: (p) => editInPlace(article(p), 'Alma-Ata', 'Almaty!!') },
    {
      what: 'a new source article',
      args: check,
      of: 'input',
      change: (p) => writeFileSync(path.join(p, 'source', 'new-article.md'), '---\ntitle: Snow in Alma-Ata\ndate: 2022-01-08\n---\n\nSnow fell in Alma-Ata.\n'),
    },
    { what: 'a translation removed', args: check, of: 'input', change: (p) => rmSync(path.join(p, 'locales', 'uk', `${sampleArticle}.json`)) },
    {
      what: 'a Russian translation',
      args: check,
      of: 'input',
      change: (p) =>
        editJson(russian(p), (messages) => {
          const id = Object.keys(messages)[0]!;
          messages[id] = `${String(messages[id])} Алма-Ата.`;
        }),
    },
    {
      what: 'the termbase',
      args: check,
      of: 'input',
      change: (p) => appendFileSync(path.join(p, 'glossary', 'termbase.yaml'), '\n  - id: bta-bank\n    terms:\n      en:\n        preferred: BTA Bank\n        deprecated: Bank Turan Alem\n'),
    },
    {
      what: 'the configuration',
      args: check,
      of: 'input',
      change: (p) => editJson(path.join(p, 'package.json'), (manifest) => ((manifest['glossa'] as Record<string, unknown>)['rules'] = { 'term/deprecated': 'off' })),
    },
    { what: 'the rate table', args: build, of: 'input', change: (p) => editInPlace(path.join(p, 'glossary', 'rates.yaml'), 'rate: 84.0695', 'rate: 94.0695') },
    { what: 'a source article', args: ['extract', '--verbose'], of: 'input', change: (p) => appendFileSync(article(p), '\nA new sentence.\n') },
    { what: 'a built file removed', args: build, of: 'output', change: (p) => rmSync(path.join(p, 'dist', 'ru', `${sampleArticle}.html`)) },
    { what: 'a built file edited', args: build, of: 'output', change: (p) => appendFileSync(path.join(p, 'dist', 'de', `${sampleArticle}.md`), 'edited by hand\n') },
    { what: 'an exported XLIFF file edited', args: ['xliff', 'export', '--verbose'], of: 'output', change: (p) => appendFileSync(path.join(p, 'dist', 'xliff', 'kk', `${sampleArticle}.xlf`), '<!-- edited -->\n') },
    { what: 'the source locale’s messages removed', args: ['extract', '--verbose'], of: 'output', change: (p) => rmSync(path.join(p, 'locales', 'en', `${sampleArticle}.json`)) },
    {
      what: 'a Kazakh translation',
      args: ['run', '--verbose'],
      of: 'input',
      change: (p) =>
        editJson(path.join(p, 'locales', 'kk', `${sampleArticle}.json`), (messages) => {
          const id = Object.keys(messages)[0]!;
          messages[id] = `${String(messages[id])} Алматы.`;
        }),
    },
    { what: 'the memory removed', args: ['tm', 'export', '--output', 'memory.tmx', '--verbose'], of: 'output', change: (p) => rmSync(path.join(p, 'memory.tmx')) },
    { what: 'the report written with --output removed', args: ['check', '--output', 'report.json', '--format', 'json', '--verbose'], of: 'output', change: (p) => rmSync(path.join(p, 'report.json')) },
  ];

  for (const { what, args, of, change } of changes) {
    it(`${args.join(' ')}: runs again after a change of ${what}`, () => {
      const before = recordAndRepeat(project, args);
      change(project);
      // What a run with no record of earlier runs does: in a copy of the changed project without the records.
      const twin = mkdtempSync(path.join(os.tmpdir(), 'glossa-twin-'));
      try {
        cpSync(project, twin, { recursive: true });
        rmSync(recordsFolder(twin), { recursive: true, force: true });
        const { run, observed: after } = observe(project, args);
        expect(repeated(run), run.stderr).to.equal(false);
        if (of === 'input') expect({ printed: after.printed, outputs: outputs(after) }, 'the change shows').to.not.deep.equal({ printed: before.printed, outputs: outputs(before) });
        else expect(outputs(after), 'the run undid the change').to.deep.equal(outputs(before));
        const fresh = observe(twin, args);
        expect(repeated(fresh.run)).to.equal(false);
        expect(after).to.deep.equal(fresh.observed);
      } finally {
        rmSync(twin, { recursive: true, force: true });
      }
    });
  }

  it('repeats an extract when only translations changed: it reads none', () => {
    recordAndRepeat(project, ['extract', '--verbose']);
    editJson(russian(project), (messages) => {
      messages['new-id'] = 'Новое сообщение.';
    });
    settle(project);
    expect(repeated(glossa(project, ['extract', '--verbose']))).to.equal(true);
  });

  it('repeats a check after a change under a dotted folder beside the sources, which no source glob matches', () => {
    expect(repeatedAfterAdding(project, check, path.join('source', '.drafts', 'next.md'), '---\ntitle: Draft\n---\n\nAlma-Ata.\n')).to.equal(true);
    rmSync(recordsFolder(project), { recursive: true, force: true });
    expect(JSON.parse(glossa(project, check).stdout).checkedFiles, 'the draft is not a source').to.not.include('source/.drafts/next.md');
  });

  it('repeats a build after a change below the output folder that the build does not write', () => {
    expect(repeatedAfterAdding(project, build, path.join('dist', 'site', 'about.html'), '<p>About the newsroom</p>\n')).to.equal(true);
    appendFileSync(path.join(project, 'dist', 'index.html'), '<!-- edited -->\n');
    expect(repeated(glossa(project, build)), 'its own index page').to.equal(false);
  });

  it('keeps no record of a run that saw a file change shortly before or while it ran, of a failed run, or of a run that writes sources', () => {
    glossa(project, check);
    settle(project);
    appendFileSync(article(project), '\n');
    // Run at once: the change is within the window in which a further change could keep the file's times.
    const justAfter = glossa(project, check);
    expect(repeated(justAfter)).to.equal(false);
    expect(records(project), 'the record of the run before is gone, and none was written').to.deep.equal([]);

    const broken = path.join(project, 'glossary', 'termbase.yaml');
    const termbase = readFileSync(broken, 'utf8');
    writeFileSync(broken, 'concepts: [');
    settle(project);
    rmSync(recordsFolder(project), { recursive: true, force: true });
    expect(glossa(project, check).code).to.equal(2);
    expect(records(project)).to.deep.equal([]);

    writeFileSync(broken, termbase);
    settle(project);
    glossa(project, ['check', '--fix']);
    expect(records(project)).to.deep.equal([]);
  });

  it('tells runs apart by their options and the environment that matters', () => {
    recordAndRepeat(project, check);
    const withOtherShare = glossa(project, check, undefined, { NO_COLOR: '1', FORCE_COLOR: '0', GLOSSA_BYTES_PER_THREAD: '0' });
    expect(repeated(withOtherShare)).to.equal(false);
    expect(repeated(glossa(project, [...check, '--jobs', '1']))).to.equal(false);
    expect(repeated(glossa(project, check))).to.equal(true);
  });

  it('stops quietly, with the recorded exit code, when the reader of a repeated report stops early', () => {
    appendFileSync(article(project), `\n${'Protesters gathered in Alma-Ata. '.repeat(1_000)}\n`);
    settle(project);
    const recorded = recordAndRepeat(project, check);
    expect(recorded.printed.stdout.length, 'more than a pipe holds').to.be.greaterThan(256 * 1024);
    const command = [process.execPath, '--import', pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href, path.join(repoRoot, 'scripts/cli.ts'), ...check].map((arg) => `'${arg}'`).join(' ');
    const run = spawnSync('bash', ['-c', `${command} | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(run.stderr).to.include(repeatedNote);
    expect(run.stderr).to.not.include('EPIPE');
    expect(run.stderr.trim().split('\n').at(-1)).to.equal(`exit ${recorded.printed.code}`);
  });

  it('runs when its record is damaged, and answers the same', () => {
    const before = recordAndRepeat(project, check);
    for (const name of records(project)) writeFileSync(path.join(recordsFolder(project), name), '{"format":1,"pieces":[[1,5]]}\nab');
    const { run, observed } = observe(project, check);
    expect(repeated(run)).to.equal(false);
    expect(observed).to.deep.equal(before);
  });
});
