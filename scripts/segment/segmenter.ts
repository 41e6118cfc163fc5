import type { CompiledRules } from './compiled-rules.js';
import { compileRules } from './compiled-rules.js';
import type { SrxRules } from './srx-rules.js';
import { compileToMachineCode } from '../util/machine-code-regex.js';

/** One sentence: `input.slice(start, end)`, with no white space at either end. */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Compiles the SRX rules that apply to `lang` (cascade as the file says) once and
 * returns a function that splits a text into sentences. Text between breaks is
 * trimmed; ranges that would be empty are left out. A language no map matches
 * gets no rules: the whole (trimmed) text is one sentence.
 */
export function createSegmenter(rules: SrxRules, lang: string): (text: string) => SentenceRange[] {
  const compiled = compileRules(rules, lang);
  for (const regex of [...compiled.candidateScanners, ...compiled.runs.map((run) => run.regex)]) compileToMachineCode(regex);
  return (text) => rangesBetween(text, findBreaks(compiled, text));
}

const NON_SPACE = /\S/g;

/** Offsets (ascending, inside the text) where the first matching rule is a break rule. */
export function findBreaks(compiled: CompiledRules, text: string): number[] {
  const breaks: number[] = [];
  // A second break with only white space since the last one would cut out an empty
  // segment; skipping those positions also keeps long runs of blank lines linear.
  let firstNonSpaceSinceBreak = nextNonSpace(text, 0);
  for (const position of candidatePositions(compiled, text)) {
    if (position <= firstNonSpaceSinceBreak) continue;
    for (const run of compiled.runs) {
      run.regex.lastIndex = position;
      if (run.regex.test(text)) {
        if (run.isBreak) {
          breaks.push(position);
          firstNonSpaceSinceBreak = nextNonSpace(text, position);
        }
        break;
      }
    }
  }
  return breaks;
}

function nextNonSpace(text: string, from: number): number {
  NON_SPACE.lastIndex = from;
  return NON_SPACE.exec(text)?.index ?? text.length;
}

function candidatePositions(compiled: CompiledRules, text: string): number[] {
  const scanners = compiled.candidateScanners;
  if (scanners.length === 1) return scan(scanners[0]!, text);
  const all = new Set<number>();
  for (const scanner of scanners) for (const position of scan(scanner, text)) all.add(position);
  return [...all].sort((a, b) => a - b);
}

function scan(scanner: RegExp, text: string): number[] {
  const positions: number[] = [];
  scanner.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = scanner.exec(text)) !== null) {
    const index = match.index;
    if (index > 0 && index < text.length) positions.push(index);
    // Matches are empty; step over one code point so the scan moves on.
    const code = text.charCodeAt(index);
    scanner.lastIndex = index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    if (scanner.lastIndex > text.length) break;
  }
  return positions;
}

const WHITE_SPACE = /\s/;

function rangesBetween(text: string, breaks: readonly number[]): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let from = 0;
  for (const to of [...breaks, text.length]) {
    let start = from;
    let end = to;
    while (start < end && WHITE_SPACE.test(text[start]!)) start++;
    while (end > start && WHITE_SPACE.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
    from = to;
  }
  return ranges;
}
