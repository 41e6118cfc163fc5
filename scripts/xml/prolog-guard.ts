/**
 * Watches the prolog (what precedes the root element) for a document type
 * declaration and reports the offset of its `<!DOCTYPE` as soon as it is seen,
 * before a parser would buffer the declaration with its entity definitions.
 * Fed chunk by chunk; comments and processing instructions are skipped, so a
 * `<!DOCTYPE` inside a comment does not count. Once the root element (or
 * anything that is not prolog) starts, it stops looking: XML allows no DTD there.
 */
export class PrologGuard {
  private state: 'misc' | 'lt' | 'bang' | 'pi' | 'piEnd' | 'comment' | 'done' = 'misc';
  private bang = '';
  private dashes = 0;
  private ltOffset = 0;
  private consumed = 0;

  /** Returns the offset of `<!DOCTYPE` when the chunk completes one, else undefined. */
  scan(chunk: string): number | undefined {
    const base = this.consumed;
    this.consumed += chunk.length;
    for (let i = 0; i < chunk.length && this.state !== 'done'; i++) {
      const ch = chunk[i]!;
      switch (this.state) {
        case 'misc':
          if (ch === '<') {
            this.state = 'lt';
            this.ltOffset = base + i;
          } else if (!(ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || (ch === '\uFEFF' && base + i === 0))) {
            this.state = 'done';
          }
          break;
        case 'lt':
          if (ch === '?') this.state = 'pi';
          else if (ch === '!') {
            this.state = 'bang';
            this.bang = '';
          } else this.state = 'done';
          break;
        case 'bang':
          this.bang += ch;
          if (this.bang === 'DOCTYPE') return this.ltOffset;
          if (this.bang === '--') {
            this.state = 'comment';
            this.dashes = 0;
          } else if (!'DOCTYPE'.startsWith(this.bang) && !'--'.startsWith(this.bang)) {
            this.state = 'done';
          }
          break;
        case 'pi':
          if (ch === '?') this.state = 'piEnd';
          break;
        case 'piEnd':
          if (ch === '>') this.state = 'misc';
          else if (ch !== '?') this.state = 'pi';
          break;
        case 'comment':
          if (ch === '-') this.dashes++;
          else if (ch === '>' && this.dashes >= 2) this.state = 'misc';
          else this.dashes = 0;
          break;
      }
    }
    return undefined;
  }
}
