import type { UnitState } from './model.js';

/** 1.2 `state` written for each unit state. */
export const xliff12StateOf: Readonly<Record<UnitState, string>> = {
  initial: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

/**
 * Reads a 1.2 `state`. Values saying the text still has to be (re)translated map
 * to `initial`; those saying a translation exists but awaits review map to
 * `translated`. Custom `x-…` values give `undefined`.
 */
export function unitStateFrom12(state: string): UnitState | undefined {
  switch (state) {
    case 'new':
    case 'needs-translation':
    case 'needs-l10n':
      return 'initial';
    case 'translated':
    case 'needs-adaptation':
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
      return 'translated';
    case 'signed-off':
      return 'reviewed';
    case 'final':
      return 'final';
    default:
      return undefined;
  }
}

const states20: ReadonlySet<string> = new Set<UnitState>(['initial', 'translated', 'reviewed', 'final']);

/** Reads a 2.0 segment `state`; anything outside the four 2.0 values gives `undefined`. */
export function unitStateFrom20(state: string): UnitState | undefined {
  return states20.has(state) ? (state as UnitState) : undefined;
}

const rank: Readonly<Record<UnitState, number>> = { initial: 0, translated: 1, reviewed: 2, final: 3 };

/** The less advanced of two states. */
export function leastAdvanced(a: UnitState, b: UnitState): UnitState {
  return rank[a] <= rank[b] ? a : b;
}

/** Whether a state claims that a translation exists. */
export function claimsTranslation(state: UnitState): boolean {
  return rank[state] >= rank.translated;
}
