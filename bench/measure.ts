/**
 * Times commands the way a user runs them: a fresh `node` process per run, so
 * start-up counts, with its peak resident memory from `/usr/bin/time -f %M`
 * or, where that is missing, from a preload that records
 * `process.resourceUsage().maxRSS` when the process exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const gnuTime = '/usr/bin/time';
const rssRecorder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'record-max-rss.mjs');

/** How peak memory is measured on this machine. */
export const rssMethod: 'gnu-time' | 'resource-usage' = existsSync(gnuTime) ? 'gnu-time' : 'resource-usage';

export interface CommandSpec {
  /** Arguments after `node`. */
  readonly args: readonly string[];
  readonly cwd: string;
  /** A file to feed on standard input. */
  readonly stdinFile?: string;
  /** A file that receives standard output; otherwise it is discarded. */
  readonly stdoutFile?: string;
  /** Exit codes that mean the command did its job (`glossa check` exits 1 when it finds errors). */
  readonly okExitCodes?: readonly number[];
  /** Stop the command after this many seconds. */
  readonly timeoutSeconds?: number;
}

export interface RunSample {
  readonly seconds: number;
  /** Peak resident set size in MB (10^6 bytes); undefined when it could not be read. */
  readonly maxRssMB?: number;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
}

export class CommandError extends Error {
  override name = 'CommandError';
}

/** Runs `node <args>` once and measures its wall time and peak memory. */
export async function runOnce(spec: CommandSpec): Promise<RunSample> {
  const rssFile = path.join(os.tmpdir(), `glossa-bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [command, args, env] =
    rssMethod === 'gnu-time'
      ? [gnuTime, ['-f', '%M', '-o', rssFile, process.execPath, ...spec.args], process.env]
      : [process.execPath, ['--import', rssRecorder, ...spec.args], { ...process.env, GLOSSA_BENCH_RSS_FILE: rssFile }];
  const stdin = spec.stdinFile ? await open(spec.stdinFile, 'r') : undefined;
  const stdout = spec.stdoutFile ? await open(spec.stdoutFile, 'w') : undefined;
  try {
    const started = performance.now();
    // Its own process group, so a timeout stops the command and not only /usr/bin/time.
    const child = spawn(command, args, { cwd: spec.cwd, env, detached: true, stdio: [stdin?.fd ?? 'ignore', stdout?.fd ?? 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4_000);
    });
    let timedOut = false;
    let peakBeforeStopKb: number | undefined;
    const timer =
      spec.timeoutSeconds === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid === undefined) return;
            peakBeforeStopKb = peakRssKb(child.pid);
            process.kill(-child.pid, 'SIGKILL');
          }, spec.timeoutSeconds * 1_000);
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve(code));
    });
    const seconds = (performance.now() - started) / 1_000;
    if (timer) clearTimeout(timer);
    const rssText = await readFile(rssFile, 'utf8').catch(() => '');
    await rm(rssFile, { force: true });
    // GNU time adds a "Command exited with non-zero status" line before the figure.
    const kilobytes = Number(rssText.trim().split('\n').at(-1)) || peakBeforeStopKb || 0;
    const sample: RunSample = {
      seconds,
      ...(Number.isFinite(kilobytes) && kilobytes > 0 ? { maxRssMB: (kilobytes * 1_024) / 1e6 } : {}),
      exitCode,
      timedOut,
    };
    if (!timedOut && !(spec.okExitCodes ?? [0]).includes(exitCode ?? -1)) {
      throw new CommandError(`node ${spec.args.join(' ')} exited with ${exitCode}:\n${stderr.trim().split('\n').slice(-12).join('\n')}`);
    }
    return sample;
  } finally {
    await stdin?.close();
    await stdout?.close();
  }
}

/**
 * The highest peak RSS (kB) in a process tree, read from /proc on Linux: what
 * a command stopped by the timeout had used so far. Undefined elsewhere.
 */
function peakRssKb(pid: number): number | undefined {
  try {
    let peak = 0;
    const pending = [pid];
    while (pending.length > 0) {
      const current = pending.pop()!;
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      peak = Math.max(peak, Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children !== '') pending.push(...children.split(/\s+/).map(Number));
    }
    return peak > 0 ? peak : undefined;
  } catch {
    return undefined;
  }
}

export interface RepeatPolicy {
  /** Runs wanted (5 for small inputs, 3 for big ones). */
  readonly runs: number;
  /** Stop repeating once another run would take the measurement past this many seconds; at least one run is made. */
  readonly capSeconds: number;
  /** Untimed preparation before each run (deleting the output a run should write afresh). */
  readonly before?: () => Promise<void>;
}

export interface Measurement {
  readonly samples: readonly RunSample[];
  /** Median wall time of the runs, in seconds. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Highest peak RSS over the runs, MB. */
  readonly maxRssMB?: number;
  readonly timedOut: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs a command up to `policy.runs` times and summarises the runs. A timed-out run ends the series. */
export async function measure(spec: CommandSpec, policy: RepeatPolicy): Promise<Measurement> {
  const samples: RunSample[] = [];
  let spent = 0;
  while (samples.length < policy.runs) {
    if (samples.length > 0 && spent + median(samples.map((sample) => sample.seconds)) > policy.capSeconds) break;
    await policy.before?.();
    const sample = await runOnce(spec);
    samples.push(sample);
    spent += sample.seconds;
    if (sample.timedOut) break;
  }
  return summarise(samples);
}

export interface PairedMeasurement {
  readonly a: Measurement;
  readonly b: Measurement;
  /** A's wall time over B's, pair by pair. */
  readonly ratios: readonly number[];
  /** The median of `ratios`. */
  readonly ratio: number;
}

/**
 * Runs two commands in turn, A B A B …, and takes A's time over B's pair by
 * pair. Two series run minutes apart on a shared machine differ by more than
 * the effect being measured; two runs seconds apart mostly do not, so the
 * median of the pair ratios is the figure to compare. A timed-out run ends the
 * series; the cap counts both commands.
 */
export async function measurePair(specA: CommandSpec, specB: CommandSpec, policy: RepeatPolicy & { readonly beforeB?: () => Promise<void> }): Promise<PairedMeasurement> {
  const a: RunSample[] = [];
  const b: RunSample[] = [];
  let spent = 0;
  while (a.length < policy.runs) {
    const pairSeconds = a.length === 0 ? 0 : median(a.map((sample) => sample.seconds)) + median(b.map((sample) => sample.seconds));
    if (a.length > 0 && spent + pairSeconds > policy.capSeconds) break;
    await policy.before?.();
    const first = await runOnce(specA);
    a.push(first);
    spent += first.seconds;
    if (first.timedOut) break;
    await policy.beforeB?.();
    const second = await runOnce(specB);
    b.push(second);
    spent += second.seconds;
    if (second.timedOut) break;
  }
  const ratios = b.map((sample, index) => a[index]!.seconds / sample.seconds);
  return { a: summarise(a), b: summarise(b), ratios, ratio: ratios.length > 0 ? median(ratios) : Number.NaN };
}

function summarise(samples: readonly RunSample[]): Measurement {
  const seconds = samples.map((sample) => sample.seconds);
  const rss = samples.flatMap((sample) => (sample.maxRssMB === undefined ? [] : [sample.maxRssMB]));
  return {
    samples,
    median: median(seconds),
    min: Math.min(...seconds),
    max: Math.max(...seconds),
    ...(rss.length > 0 ? { maxRssMB: Math.max(...rss) } : {}),
    timedOut: samples.some((sample) => sample.timedOut),
  };
}
