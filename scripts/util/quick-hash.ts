/**
 * A 106-bit hash of text (cyrb53's multiply-and-xor mixing, run with two
 * seeds), as 22 base-36 digits, fed piece by piece. For keys and fingerprints
 * that must tell changed data from unchanged, not resist an adversary; it
 * spares the few milliseconds node:crypto takes to load in a run that hashes
 * nothing else.
 */
export class QuickHash {
  private a1 = 0xdeadbeef ^ 0x2545f491;
  private a2 = 0x41c6ce57 ^ 0x2545f491;
  private b1 = 0xdeadbeef ^ 0x9e3779b9;
  private b2 = 0x41c6ce57 ^ 0x9e3779b9;

  update(text: string): this {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a1 = Math.imul(a1 ^ code, 2654435761);
      a2 = Math.imul(a2 ^ code, 1597334677);
      b1 = Math.imul(b1 ^ code, 2654435761);
      b2 = Math.imul(b2 ^ code, 1597334677);
    }
    this.a1 = a1;
    this.a2 = a2;
    this.b1 = b1;
    this.b2 = b2;
    return this;
  }

  digest(): string {
    return finish(this.a1, this.a2) + finish(this.b1, this.b2);
  }
}

function finish(h1: number, h2: number): string {
  const low = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const high = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
  return (4294967296 * (2097151 & high) + (low >>> 0)).toString(36).padStart(11, '0');
}

/** `QuickHash` of one text. */
export function quickHash(text: string): string {
  return new QuickHash().update(text).digest();
}
