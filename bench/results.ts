// The rows bench/run.ts measures and bench/table.ts prints, apart from both so neither imports the other.
import type { Measurement } from './measure.js';
import type { PairRatio } from './targets.js';

export interface ResultRow {
  readonly id: string;
  /** The command as run, without node, paths and options common to all runs. */
  readonly command: string;
  readonly corpus: string;
  readonly concepts?: number;
  /**
   * `cold`: Glossa's content cache was deleted before every run; `warm`: it was left from the run before;
   * `termbase`: only the compiled termbase was kept, the articles were read afresh.
   */
  readonly cache?: 'cold' | 'warm' | 'termbase';
  readonly measurement?: Measurement;
  /** `atMost` when the run was stopped: the throughput was below `value`. */
  readonly throughput?: { readonly value: number; readonly unit: string; readonly atMost?: boolean };
  /** Why the row has no measurement, or what went wrong. */
  readonly note?: string;
}

export interface PeerResult {
  readonly rules: number;
  readonly patterns: number;
  readonly textlint?: { readonly medianSeconds: number; readonly findings: number; readonly runs: number };
  readonly glossa?: { readonly medianSeconds: number; readonly findings: number; readonly runs: number };
  /** textlint's time over Glossa's. */
  readonly ratio?: number;
}

/** Two rows measured in turn: A's time over B's, pair by pair, and their median. */
export interface PairResult extends PairRatio {
  readonly ratios: readonly number[];
}
