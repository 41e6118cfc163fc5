/**
 * The locales whose matchers two threads compile between them: each locale
 * goes to whichever thread claims it first. The slots live in shared memory,
 * so a claim is one atomic exchange and needs no message. One thread takes
 * the locales from the first, the other from the last, so they meet once.
 */
export class MatcherClaims {
  readonly slots: Int32Array;

  /** `slots` from another thread's MatcherClaims shares its claims. */
  constructor(
    readonly locales: readonly string[],
    slots?: Int32Array,
  ) {
    if (slots && slots.length !== locales.length) throw new RangeError(`${slots.length} claim slots for ${locales.length} locales`);
    this.slots = slots ?? new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * locales.length));
  }

  /** The locales this thread claims, each claimed just before it is handed out: from the first, or `fromLast`. */
  *claim(fromLast = false): Generator<string> {
    for (let step = 0; step < this.locales.length; step++) {
      const index = fromLast ? this.locales.length - 1 - step : step;
      if (Atomics.compareExchange(this.slots, index, 0, 1) === 0) yield this.locales[index]!;
    }
  }
}
