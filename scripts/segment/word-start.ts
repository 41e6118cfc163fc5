/**
 * Whether what an ICU pattern matches from `index` on must begin with a word
 * character (a letter or a decimal digit, which ICU's `\w` holds), judged from
 * the pattern alone. A `\b` there can only be the boundary after a non-word
 * character, so it is written as one look-behind instead of two alternatives
 * of two look-arounds each: every look-around is a large Unicode class that
 * V8 compiles to machine code on its own, and the English rules' `\b`s made
 * half of the time their expressions took to compile.
 *
 * Conservative: false for anything it does not read (look-arounds, escapes
 * other than `\d`, `\w` and letter and digit properties, negated classes, an
 * atom a quantifier lets match nothing), so a false answer only keeps the
 * full `\b`.
 */
export function startsWithWordCharacter(pattern: string, index: number): boolean {
  const atomEnd = wordAtomEnd(pattern, skipInlineFlags(pattern, index));
  return atomEnd !== undefined && !quantifierAllowsNone(pattern, atomEnd);
}

const wordCharacter = /^[\p{L}\p{Nd}]$/u;
/** Properties whose every character is a letter or a decimal digit. */
const wordProperties = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'LC', 'L&', 'Nd']);
const syntax = new Set('\\[](){}|^$.*+?'.split(''));

/** `(?i)`, `(?-i)` and the like change no position. */
function skipInlineFlags(pattern: string, index: number): number {
  let at = index;
  for (let match = inlineFlags.exec(pattern.slice(at)); match; match = inlineFlags.exec(pattern.slice(at))) at += match[0].length;
  return at;
}

const inlineFlags = /^\(\?[a-zA-Z]*(?:-[a-zA-Z]*)?\)/;

/**
 * Where the atom at `index` ends, when it always consumes a word character
 * first; undefined otherwise. A group's alternatives are only known to start
 * with one; any other atom is one character.
 */
export function wordAtomEnd(pattern: string, index: number): number | undefined {
  const c = pattern[index];
  if (c === undefined) return undefined;
  if (c === '\\') return wordEscapeEnd(pattern, index);
  if (c === '[') return wordClassEnd(pattern, index);
  if (c === '(') return wordGroupEnd(pattern, index);
  if (syntax.has(c)) return undefined;
  const char = String.fromCodePoint(pattern.codePointAt(index)!);
  return wordCharacter.test(char) ? index + char.length : undefined;
}

/** `\d`, `\w`, `\p{L}`-like properties, `\pL`. */
function wordEscapeEnd(pattern: string, index: number): number | undefined {
  const c = pattern[index + 1];
  if (c === 'd' || c === 'w') return index + 2;
  if (c !== 'p') return undefined;
  if (pattern[index + 2] === '{') {
    const end = pattern.indexOf('}', index + 3);
    if (end < 0) return undefined;
    return wordProperties.has(pattern.slice(index + 3, end).trim()) ? end + 1 : undefined;
  }
  const name = pattern[index + 2];
  return name !== undefined && wordProperties.has(name) ? index + 3 : undefined;
}

/** A class of letters, digits, ranges between them and word escapes; not negated, nothing nested. */
function wordClassEnd(pattern: string, index: number): number | undefined {
  let at = index + 1;
  if (pattern[at] === '^' || pattern[at] === ']') return undefined;
  let members = 0;
  // The code point of the member just read when it was a literal, the start of a possible range.
  let literal: number | undefined;
  while (at < pattern.length) {
    const c = pattern[at]!;
    if (c === ']') return members > 0 ? at + 1 : undefined;
    if (c === '\\') {
      const end = wordEscapeEnd(pattern, at);
      if (end === undefined) return undefined;
      at = end;
      literal = undefined;
    } else if (c === '-' && pattern[at + 1] !== ']') {
      const to = pattern.codePointAt(at + 1)!;
      if (literal === undefined || pattern[at + 1] === '\\' || !rangeOfWordCharacters(literal, to)) return undefined;
      at += 1 + String.fromCodePoint(to).length;
      literal = undefined;
    } else {
      if (c === '[' || c === '&') return undefined;
      const code = pattern.codePointAt(at)!;
      if (!wordCharacter.test(String.fromCodePoint(code))) return undefined;
      at += String.fromCodePoint(code).length;
      literal = code;
    }
    members++;
  }
  return undefined;
}

/** Whether every character from `from` to `to` is a word character (a short range only). */
function rangeOfWordCharacters(from: number, to: number): boolean {
  if (to < from || to - from > 0x400) return false;
  for (let code = from; code <= to; code++) if (!wordCharacter.test(String.fromCodePoint(code))) return false;
  return true;
}

/** A group (capturing, `(?:`, named, or `(?i:`) whose every alternative starts with a word atom. */
function wordGroupEnd(pattern: string, index: number): number | undefined {
  const opening = /^\((?:\?(?:[a-zA-Z]*(?:-[a-zA-Z]*)?:|P?<[A-Za-z][A-Za-z0-9]*>))?/.exec(pattern.slice(index))![0];
  if (opening === '(' && pattern[index + 1] === '?') return undefined;
  // Quoted text (\Q…\E) may hold a bracket or a bar that is not one.
  if (pattern.includes('\\Q', index)) return undefined;
  let depth = 0;
  let at = index + opening.length;
  const alternatives: number[] = [at];
  while (at < pattern.length) {
    const c = pattern[at]!;
    if (c === '\\') at += 2;
    else if (c === '[') {
      at = classEnd(pattern, at);
      if (at < 0) return undefined;
    } else if (c === '(') {
      depth++;
      at++;
    } else if (c === ')') {
      if (depth === 0) break;
      depth--;
      at++;
    } else if (c === '|' && depth === 0) {
      alternatives.push(at + 1);
      at++;
    } else at++;
  }
  if (pattern[at] !== ')') return undefined;
  return alternatives.every((start) => startsWithWordCharacter(pattern, start)) ? at + 1 : undefined;
}

/** The index after the class opening at `index`, or -1 when it does not close. */
function classEnd(pattern: string, index: number): number {
  let at = index + 1;
  if (pattern[at] === '^') at++;
  if (pattern[at] === ']') at++;
  while (at < pattern.length) {
    const c = pattern[at]!;
    if (c === '\\') at += 2;
    else if (c === ']') return at + 1;
    else at++;
  }
  return -1;
}

/** Whether the quantifier at `index`, if any, lets the atom before it match nothing. */
export function quantifierAllowsNone(pattern: string, index: number): boolean {
  const c = pattern[index];
  if (c === '?' || c === '*') return true;
  return c === '{' && /^\{0+(?:,\d*)?\}/.test(pattern.slice(index));
}
