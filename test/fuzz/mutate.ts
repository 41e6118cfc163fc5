import fc from 'fast-check';
import { GlossaError } from '../../scripts/core/errors.js';

/** Cases per property: modest in `npm test`, as many as GLOSSA_FUZZ_RUNS says for a long run. */
export function fuzzRuns(modest: number): number {
  const asked = Number(process.env['GLOSSA_FUZZ_RUNS']);
  return Number.isInteger(asked) && asked > 0 ? asked : modest;
}

/** A fixed seed unless GLOSSA_FUZZ_SEED is set, so a failure in CI can be replayed. */
export function fuzzSeed(): number {
  const asked = Number(process.env['GLOSSA_FUZZ_SEED']);
  return Number.isInteger(asked) ? asked : 20260107;
}

/** Pieces of hostile or format-relevant text that random mutations insert. */
const fragments = [
  '<', '>', '&', '&amp;', '&bogus;', '&#0;', '&#x110000;', '"', "'", '<!DOCTYPE x [<!ENTITY e "e">]>', '<![CDATA[', ']]>', '<!--', '-->',
  '<pc id="p">', '</pc>', '<ph id="m1"/>', '<x id="m1"/>', '<g id="1">', '</g>', '<mrk id="t1" type="term">', '</mrk>', '<sc id="s"/>', '<ec startRef="s"/>',
  '</target>', '<target>', '</source>', '</segment>', '</unit>', 'trgLang="de"', 'target-language="kk"', 'srcLang="ru"', 'state="final"', 'state="initial"',
  'xml:lang="uk"', 'id="dup"', 'colour="red"', '{m1}', '{', '}', '{n1, plural, one {x} other {y}}',
  '\u0000', '\u0007', '\u001B', '\u200B', '\u202E', '\uFEFF', '\uD800', 'а', 'Алмa-Ата', 'Alma\u200B-Ata', '\r\n', '\t', ' ', '\n',
  '*a', '&a ', '- ', '> ', '# ', '---', '...', ':', ': ', '[', ']', '{ ', ' }', '|', '~', '!!binary', '!!js/function', '? ', '%YAML 1.1',
  ',', ';', '""', '"a,b"', '\n,,,\n', 'en,ru', 'preferred', 'deprecated', 'forms: [x~]', 'context:', 'rate: -1', 'unit: 1000', 'from: 2022-02-30',
];

export type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number; readonly times: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'bytes'; readonly at: number; readonly bytes: readonly number[] };

const position = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 80 }), times: fc.integer({ min: 2, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bytes' as const), at: position, bytes: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }) }) },
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** Applies mutations to the bytes of a valid file. */
export function mutate(original: Buffer, steps: readonly Mutation[]): Buffer {
  let bytes = original;
  for (const step of steps) {
    const at = Math.floor(step.at * bytes.length);
    switch (step.kind) {
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(step.text, 'utf8'), bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + step.length)]);
        break;
      case 'duplicate': {
        const piece = bytes.subarray(at, at + step.length);
        bytes = Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: step.times }, () => piece), bytes.subarray(at + step.length)]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'bytes':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(step.bytes), bytes.subarray(at)]);
        break;
    }
  }
  return bytes;
}

/**
 * The exit code the CLI would give for what `run` does: its own code, the
 * code of a Glossa error (2 for unusable input), or 3 for anything else,
 * which is a bug. Also the time taken.
 */
export async function outcome(run: () => Promise<number> | number): Promise<{ code: number; ms: number; error?: unknown }> {
  const started = performance.now();
  try {
    const code = await run();
    return { code, ms: performance.now() - started };
  } catch (error) {
    const code = isGlossaError(error) ? error.exitCode : 3;
    return { code, ms: performance.now() - started, error };
  }
}

/**
 * A Glossa error, also when it comes from a second instance of the module
 * (readers loaded with a dynamic import can be evaluated apart from the test's).
 */
function isGlossaError(error: unknown): error is GlossaError {
  return error instanceof GlossaError || (error instanceof Error && typeof (error as { exitCode?: unknown }).exitCode === 'number' && typeof (error as { format?: unknown }).format === 'function');
}

/** Counts what the properties saw, for the long run's figures. */
export class Tally {
  readonly codes = new Map<number, number>();
  cases = 0;
  slowestMs = 0;
  totalMs = 0;

  add(code: number, ms: number): void {
    this.cases++;
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    this.slowestMs = Math.max(this.slowestMs, ms);
    this.totalMs += ms;
  }

  toString(): string {
    const codes = [...this.codes].sort(([a], [b]) => a - b).map(([code, count]) => `exit ${code}: ${count}`).join(', ');
    return `${this.cases} cases (${codes}); slowest ${Math.round(this.slowestMs)} ms, mean ${Math.round(this.totalMs / Math.max(1, this.cases))} ms`;
  }
}
