/**
 * The performance targets, judged from one benchmark run: each target names
 * the rows it compares, the figure it reads off them and whether it is met.
 * A target whose rows were not measured (time budget, --quick) says so
 * instead of guessing.
 */
import type { Measurement } from './measure.js';

export interface MeasuredRow {
  readonly id: string;
  readonly measurement?: Measurement;
}

export interface PeerFigures {
  /** textlint's median time on the 1 MB sources, seconds. */
  readonly textlintSeconds?: number | undefined;
  /** Glossa's median time checking the same sources, seconds. */
  readonly glossaSourcesSeconds?: number | undefined;
}

/** Two rows measured in turn (A B A B …): A's time over B's, the median of the pair ratios. */
export interface PairRatio {
  readonly a: string;
  readonly b: string;
  readonly ratio: number;
}

export interface TargetVerdict {
  readonly target: string;
  /** The measured figure, e.g. "11.2×" or "24.1 s"; empty when not measured. */
  readonly figure: string;
  readonly verdict: 'met' | 'not met' | 'not measured';
}

/** "Near-linear": N threads take at most this much more than 1 ÷ N of one thread's time (80 % of the ideal speed-up on two). */
export const nearLinear = 1.2;

/** Slack for "never slower": two medians of a noisy shared machine differ by a few percent at random. */
export const equalTimeSlack = 1.05;

const ratio = (value: number) => `${value.toFixed(2)}×`;
const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (value: number) => `${Math.round(value)} MB`;

/**
 * @param jobs the threads a check was given (one per processor): --jobs N is
 *   near-linear when it takes at most 1.2 ÷ N of --jobs 1's time.
 */
export function evaluateTargets(rows: readonly MeasuredRow[], peer: PeerFigures, pairs: readonly PairRatio[] = [], jobs = 2): TargetVerdict[] {
  const byId = new Map(rows.map((row) => [row.id, row.measurement]));
  /** Median seconds of a completed row; undefined when missing or stopped by its time cap. */
  const median = (id: string): number | undefined => {
    const measurement = byId.get(id);
    return measurement && !measurement.timedOut ? measurement.median : undefined;
  };
  const verdicts: TargetVerdict[] = [];
  const judge = (target: string, value: number | undefined, show: (value: number) => string, met: (value: number) => boolean) => {
    verdicts.push(value === undefined ? { target, figure: '', verdict: 'not measured' } : { target, figure: show(value), verdict: met(value) ? 'met' : 'not met' });
  };
  const quotient = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
  /** A over B: the paired ratio when the two rows were measured in turn, else the quotient of their medians. */
  const timeRatio = (a: string, b: string) => {
    const paired = pairs.find((pair) => pair.a === a && pair.b === b);
    return paired && median(a) !== undefined && median(b) !== undefined && Number.isFinite(paired.ratio) ? paired.ratio : quotient(median(a), median(b));
  };

  const peerPair = pairs.find((pair) => pair.a === 'peer-textlint-prh' && pair.b === 'peer-glossa-check-source');
  const peerRatio = peerPair && Number.isFinite(peerPair.ratio) && peer.textlintSeconds !== undefined && peer.glossaSourcesSeconds !== undefined ? peerPair.ratio : quotient(peer.textlintSeconds, peer.glossaSourcesSeconds);
  /** A command over a cold check: the one measured in turn with it when there is one, else the check series. */
  const overColdCheck = (a: string, inTurn: string) => (byId.has(inTurn) ? timeRatio(a, inTurn) : quotient(median(a), median('check-1mb-2000-cold')));

  judge('check 1 MB sources, 2,000 concepts, cold: textlint + prh time ÷ Glossa time ≥ 10', peerRatio, ratio, (v) => v >= 10);
  judge('check whole 1 MB project (sources + translations), cold: textlint on the sources ÷ Glossa ≥ 2', quotient(peer.textlintSeconds, median('check-1mb-2000-cold')), ratio, (v) => v >= 2);
  judge('check 1 MB, 20,000 ÷ 100 concepts, compiled termbase in the cache ≤ 1.3', timeRatio('check-1mb-20000-termbase', 'check-1mb-100-termbase'), ratio, (v) => v <= 1.3);
  judge('check 1 MB, 20,000 ÷ 100 concepts, fully cold ≤ 2', timeRatio('check-1mb-20000-cold', 'check-1mb-100-cold'), ratio, (v) => v <= 2);
  judge(
    `check 1 MB, --jobs N ÷ --jobs 1 wall time ≤ 1 (within ${Math.round((equalTimeSlack - 1) * 100)} % noise)`,
    timeRatio('check-1mb-2000-cold', 'check-1mb-2000-cold-jobs1'),
    ratio,
    (v) => v <= equalTimeSlack,
  );
  const linear = Math.round((nearLinear / jobs) * 100) / 100;
  judge(
    `check 10 MB, 2,000 concepts, cold: --jobs ${jobs} ÷ --jobs 1 wall time ≤ ${linear} (near-linear)`,
    timeRatio('check-10mb-2000-cold', 'check-10mb-2000-cold-jobs1'),
    ratio,
    (v) => v <= linear,
  );
  judge('check 10 MB × 20,000 concepts, cold: under 30 s wall', median('check-10mb-20000-cold'), seconds, (v) => v < 30);

  const large = byId.get('check-100mb-20000-cold');
  judge(
    'check 100 MB × 20,000 concepts completes with peak RSS under 1.5 GB',
    large && !large.timedOut ? large.maxRssMB : undefined,
    megabytes,
    (v) => v < 1_500,
  );
  const mediumRss = byId.get('check-10mb-20000-cold')?.maxRssMB;
  judge(
    'peak RSS does not grow with the number of articles: 100 MB ÷ 10 MB ≤ 1.25',
    large && !large.timedOut ? quotient(large.maxRssMB, mediumRss) : undefined,
    ratio,
    (v) => v <= 1.25,
  );
  judge('xliff export 1 MB, cold ÷ check cold ≤ 1.5', overColdCheck('xliff-export-fresh-1mb', 'check-1mb-2000-cold-with-xliff-export'), ratio, (v) => v <= 1.5);
  judge('build 1 MB, cold ÷ check cold ≤ 1.5', overColdCheck('build-1mb', 'check-1mb-2000-cold-with-build'), ratio, (v) => v <= 1.5);
  for (const [name, again, fresh] of [
    ['check', 'check-1mb-2000-warm', 'check-1mb-2000-cold'],
    ['extract', 'extract-again-1mb', 'extract-fresh-1mb'],
    ['xliff export', 'xliff-export-again-1mb', 'xliff-export-fresh-1mb'],
    ['build', 'build-again-1mb', 'build-1mb'],
  ] as const) {
    judge(`${name} 1 MB, unchanged archive ÷ cold ≤ 0.10`, quotient(median(again), median(fresh)), ratio, (v) => v <= 0.1);
  }
  return verdicts;
}

/** The verdicts as aligned lines for the report. */
export function formatVerdicts(verdicts: readonly TargetVerdict[]): string[] {
  const width = Math.max(...verdicts.map((verdict) => verdict.target.length));
  const figureWidth = Math.max(...verdicts.map((verdict) => verdict.figure.length));
  return verdicts.map((verdict) => `  ${verdict.target.padEnd(width)}  ${verdict.figure.padStart(figureWidth)}  ${verdict.verdict}`);
}
