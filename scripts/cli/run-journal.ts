import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheFolderOf, findConfig, projectRootOf } from '../config-location.js';
import { codeFingerprint } from '../util/code-key.js';
import { pathsState, type WatchedPaths } from '../util/path-state.js';
import { quickHash } from '../util/quick-hash.js';

// An unchanged project run again with the same command is answered from a record of the last run:
// what it printed and its exit code, kept beside the state of every path its output depends on. Only
// this module and Node's own load before the answer, so such a run costs little more than Node's start.

/** Environment variables that change what a command prints or how it splits its work. */
const relevantEnvironment = ['NO_COLOR', 'FORCE_COLOR', 'CI', 'TERM', 'GLOSSA_BYTES_PER_THREAD', 'TZ', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'NODE_OPTIONS'];

/** Records above this size are not kept: replaying them would not be much faster than the run. */
const largestOutput = 64 * 1024 * 1024;

/** Records kept per project; the oldest go first. */
const recordsKept = 64;

const recordFormat = 2;

interface RecordHead extends WatchedPaths {
  readonly format: number;
  /** The configuration file the run read. */
  readonly config: string;
  /** `PathsState.digest` of the watched paths when the run ended. */
  readonly state: string;
  readonly exitCode: number;
  /** What was written, in order: 1 stdout, 2 stderr, and how many bytes. */
  readonly pieces: readonly (readonly [stream: 1 | 2, bytes: number])[];
}

/** The record's name: the command line, the folder it ran in, the environment that matters and the code. */
function recordName(argv: readonly string[], cwd: string): string {
  const environment = relevantEnvironment.map((name) => [name, process.env[name] ?? null]);
  return quickHash(JSON.stringify([recordFormat, codeFingerprint(), cwd, argv, environment]));
}

/** Output to a terminal depends on the terminal (width, colour, progress): such runs are neither kept nor answered. */
function toTerminal(): boolean {
  return process.stdout.isTTY === true || process.stderr.isTTY === true;
}

/**
 * The value of `--config` in `argv`, undefined when none is given; null when
 * the command line is one this module does not read the same way the full
 * parser does (the option twice, or after `--`).
 */
function configOption(argv: readonly string[]): string | undefined | null {
  let value: string | undefined;
  let seen = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return null;
    if (arg === '--config') {
      value = argv[++i];
      seen++;
    } else if (arg.startsWith('--config=')) {
      value = arg.slice('--config='.length);
      seen++;
    }
  }
  if (seen > 1 || (seen === 1 && value === undefined)) return null;
  return value;
}

/**
 * Repeats the output and exit code of the last run of the same command line
 * when nothing it depends on changed since. False when there is no such
 * record or anything differs, and the command must run.
 */
export async function replayUnchangedRun(argv: readonly string[]): Promise<boolean> {
  if (toTerminal()) return false;
  try {
    const configArgument = configOption(argv);
    if (configArgument === null) return false;
    const cwd = process.cwd();
    const location = await findConfig(cwd, configArgument);
    if (!location) return false;
    const json = JSON.parse(await readFile(location.file, 'utf8')) as Record<string, unknown> | null;
    const folder = cacheFolderOf(projectRootOf(location.file), location.inPackageJson ? json?.['glossa'] : json);
    if (folder === undefined) return false;
    const record = readRecord(path.join(folder, 'runs', recordName(argv, cwd)));
    if (!record || record.head.config !== location.file) return false;
    if (pathsState(record.head, Date.now()).digest !== record.head.state) return false;
    let offset = 0;
    for (const [stream, bytes] of record.head.pieces) {
      (stream === 1 ? process.stdout : process.stderr).write(record.output.subarray(offset, offset + bytes));
      offset += bytes;
    }
    if (argv.includes('--verbose')) {
      process.stderr.write(`glossa: nothing this command reads changed since its last run; its output is repeated (delete ${path.relative(cwd, path.join(folder, 'runs')) || '.'} to run it again)\n`);
    }
    process.exitCode = record.head.exitCode;
    return true;
  } catch {
    return false;
  }
}

/**
 * A record is what the run printed, then a line with its head (JSON), then the
 * head's length in bytes as ten digits: the output goes to the file as it is
 * printed, and the head, known only at the end, follows it.
 */
const headLengthDigits = 10;

function readRecord(file: string): { head: RecordHead; output: Buffer } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const headEnd = bytes.length - headLengthDigits - 1;
  const headLength = Number(bytes.subarray(headEnd + 1).toString('latin1'));
  const headStart = headEnd - headLength;
  if (!Number.isSafeInteger(headLength) || headStart < 1 || bytes[headEnd] !== 0x0a || bytes[headStart - 1] !== 0x0a) return undefined;
  const head = JSON.parse(bytes.subarray(headStart, headEnd).toString('utf8')) as RecordHead;
  const output = bytes.subarray(0, headStart - 1);
  const total = Array.isArray(head.pieces) ? head.pieces.reduce((sum, [, length]) => sum + length, 0) : -1;
  if (head.format !== recordFormat || total !== output.length || !Array.isArray(head.paths) || !Array.isArray(head.withoutDotNames) || !Array.isArray(head.skip)) return undefined;
  return { head, output };
}

/** Output held before the command names its project (and so where its record goes); a run that prints more is not kept. */
const largestEarlyOutput = 1024 * 1024;

/**
 * Keeps this run's output and, when it completes, a record of it for
 * `replayUnchangedRun`. A command that can be answered so says which paths its
 * output depends on (`replayableWith`); its output then goes to a temporary
 * file beside the records as it is printed, so that a large report is not
 * held twice. Any other command, and a run that wrote to a terminal, printed
 * too much, failed, or saw a watched file change while it ran, is not kept.
 */
export class RunRecorder {
  private readonly pieces: [stream: 1 | 2, bytes: number][] = [];
  private early: Buffer[] | undefined = [];
  private size = 0;
  private record: { file: string; temporary: string; descriptor: number } | undefined;
  private readonly paths = new Set<string>();
  private readonly withoutDotNames = new Set<string>();
  private project: { config: string; cacheFolder: string } | undefined;
  /** Not kept, whatever happens next: two projects in one run, too much output, a record that cannot be written. */
  private abandoned = false;

  private constructor(
    private readonly argv: readonly string[],
    private readonly since: number,
  ) {
    this.capture(process.stdout, 1);
    this.capture(process.stderr, 2);
  }

  /** A recorder for this process's run, or undefined when its output goes to a terminal. */
  static start(argv: readonly string[]): RunRecorder | undefined {
    if (toTerminal()) return undefined;
    // The process's start: anything read was read after it.
    return new RunRecorder(argv, performance.timeOrigin);
  }

  /**
   * The command's output depends on `inputs` (absolute paths of files and
   * folders, the configuration file among them) and on nothing else; its
   * record goes into the project's cache.
   */
  replayableWith(config: string, cacheFolder: string, inputs: Omit<WatchedPaths, 'skip'>): void {
    if (this.project && (this.project.config !== config || this.project.cacheFolder !== cacheFolder)) this.abandon();
    if (this.abandoned) return;
    this.project = { config, cacheFolder };
    for (const each of [config, ...inputs.paths]) this.paths.add(path.resolve(each));
    for (const each of inputs.withoutDotNames) this.withoutDotNames.add(path.resolve(each));
    if (this.record) return;
    try {
      const runs = path.join(cacheFolder, 'runs');
      mkdirSync(runs, { recursive: true });
      const file = path.join(runs, recordName(this.argv, process.cwd()));
      const temporary = `${file}.${process.pid}.tmp`;
      this.record = { file, temporary, descriptor: openSync(temporary, 'w') };
      for (const bytes of this.early ?? []) writeSync(this.record.descriptor, bytes);
      this.early = undefined;
    } catch {
      this.abandon();
    }
  }

  /** Writes the record of a run that ended with `exitCode`. */
  finish(exitCode: number): void {
    const { record, project } = this;
    if (!record || !project || this.abandoned) return this.abandon();
    try {
      const watched: WatchedPaths = { paths: [...this.paths].sort(), withoutDotNames: [...this.withoutDotNames].sort(), skip: [project.cacheFolder] };
      const state = pathsState(watched, this.since, { stopWhenUnsettled: true });
      if (exitCode > 1 || !state.settled) {
        rmSync(record.file, { force: true });
        return this.abandon();
      }
      const head: RecordHead = { format: recordFormat, config: project.config, ...watched, state: state.digest, exitCode, pieces: this.pieces };
      const headBytes = Buffer.from(JSON.stringify(head));
      writeSync(record.descriptor, Buffer.concat([Buffer.from('\n'), headBytes, Buffer.from(`\n${String(headBytes.length).padStart(headLengthDigits, '0')}`)]));
      closeSync(record.descriptor);
      renameSync(record.temporary, record.file);
      this.record = undefined;
      pruneRecords(path.dirname(record.file));
    } catch {
      // A record not written only means the next run runs.
      this.abandon();
    }
  }

  private abandon(): void {
    this.abandoned = true;
    this.early = undefined;
    if (!this.record) return;
    try {
      closeSync(this.record.descriptor);
    } catch {
      // Closed already.
    }
    rmSync(this.record.temporary, { force: true });
    this.record = undefined;
  }

  private capture(stream: NodeJS.WriteStream, tag: 1 | 2): void {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (!this.abandoned) this.keep(tag, typeof chunk === 'string' ? Buffer.from(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8') : chunk);
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }

  private keep(tag: 1 | 2, bytes: Uint8Array): void {
    this.size += bytes.length;
    if (this.size > (this.record ? largestOutput : largestEarlyOutput)) return this.abandon();
    this.pieces.push([tag, bytes.length]);
    try {
      if (this.record) writeSync(this.record.descriptor, bytes);
      else this.early?.push(Buffer.from(bytes));
    } catch {
      this.abandon();
    }
  }
}

/** Keeps the newest records, and no temporary file older than an hour (of a run that was killed). */
function pruneRecords(runs: string): void {
  const entries = readdirSync(runs).map((name) => ({ name, mtimeMs: statSync(path.join(runs, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }));
  const records = entries.filter(({ name }) => !name.endsWith('.tmp')).sort((a, b) => b.mtimeMs - a.mtimeMs);
  const stale = entries.filter(({ name, mtimeMs }) => name.endsWith('.tmp') && mtimeMs < Date.now() - 3_600_000);
  for (const { name } of [...records.slice(recordsKept), ...stale]) rmSync(path.join(runs, name), { force: true });
}
