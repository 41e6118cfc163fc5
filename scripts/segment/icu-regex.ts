/**
 * Translation of SRX regular expressions (ICU / Java flavour) to JavaScript
 * `u`-mode regular expressions.
 *
 * Supported:
 * - everything both flavours share: classes, ranges, groups, `(?:…)`, look-ahead
 *   and look-behind (JavaScript has no length limit there), lazy quantifiers,
 *   `\p{…}` / `\P{…}` with JavaScript property names, `\pL`-style one-letter names,
 *   Java/ICU names `\p{Lower}`, `\p{Upper}`, `\p{Alpha}`, `\p{Digit}`, `\p{Punct}`,
 *   `\p{Space}`, `\p{IsLatin}` (scripts), `\p{IsLu}` (categories), POSIX `[:alpha:]`-style
 *   names inside classes;
 * - ICU meanings of `\w`, `\d`, `\b`, `\B` (Unicode letters and digits, so `\b` works for
 *   Cyrillic as it does in ICU; JavaScript's own are ASCII-only), `\h`, `\v`, `\R`, `\A`,
 *   `\z`, `\Z`, `\e`, `\a`, `\x{…}`, `\Uhhhhhhhh`, octal `\0ooo`;
 * - `\Q…\E` quoting, inside and outside classes;
 * - named groups and back references (renumbered, so rules can be combined);
 * - case-insensitivity with `(?i)` anywhere (to the end of the enclosing group), `(?-i)`
 *   and `(?i:…)`: letters are expanded to both cases (`[mM][rR]`), so one rule's flag never
 *   leaks into another rule or into the other half of the rule. Letters given by property
 *   escapes (`\p{Lu}`) are not widened;
 * - leading `(?s)` and `(?m)` (they apply to the whole rule), and `(?u)`, which changes nothing here;
 * - any escaped punctuation (`\"`, `\-`, `\»`), which ICU allows and JavaScript's `u` mode does not.
 *
 * Not supported (reported as an error): possessive quantifiers (`*+`, `++`, `?+`, `{n}+`),
 * atomic groups `(?>…)`, the `x` (comments) flag, `s` and `m` anywhere but at the start,
 * `\G`, `\N{name}`, `\X`, nested classes and class set operations (`[a[b]]`, `&&`), `\W`,
 * `\H` and `\V` inside a class, Unicode blocks (`\p{InCyrillic}`).
 */
import { InputError } from '../core/errors.js';
import { quantifierAllowsNone, startsWithWordCharacter, wordAtomEnd } from './word-start.js';

/** A pattern that cannot be translated; `index` is the offset in the ICU pattern. */
export class RegexTranslationError extends InputError {
  override name = 'RegexTranslationError';
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/** Flags that can only apply to a whole pattern in JavaScript. */
export interface RegexFlags {
  readonly dotAll: boolean;
  readonly multiline: boolean;
}

export interface TranslatedRegex {
  /** JavaScript source for a `u`-mode RegExp (without the flags). */
  readonly source: string;
  readonly flags: RegexFlags;
  /** Capturing groups in the pattern, so a following pattern can shift its back references. */
  readonly groupCount: number;
}

/** The `u` flag plus whatever the pattern's leading inline flags ask for, plus `extra`. */
export function jsFlags(flags: RegexFlags, extra = ''): string {
  return `${flags.dotAll ? 's' : ''}${flags.multiline ? 'm' : ''}u${extra}`;
}

/** Key that groups patterns which can share one RegExp object. */
export function flagsKey(flags: RegexFlags): string {
  return jsFlags(flags);
}

const WORD_CLASS_BODY = String.raw`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D`;
const WORD = `[${WORD_CLASS_BODY}]`;
const NOT_WORD = `[^${WORD_CLASS_BODY}]`;
const WORD_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NOT_WORD_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
/** `\b` before what must start with a word character (see `startsWithWordCharacter`), and after what must end with one. */
const AFTER_NON_WORD = `(?<!${WORD})`;
const BEFORE_NON_WORD = `(?!${WORD})`;
const HORIZONTAL_SPACE_BODY = String.raw`\t\x20\xA0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000`;
const VERTICAL_SPACE_BODY = String.raw`\n\x0B\f\r\x85\u2028\u2029`;

/** Characters JavaScript lets (and sometimes makes) you escape in `u` mode. */
const SYNTAX_CHARACTERS = new Set('^$\\.*+?()[]{}|/'.split(''));

const POSIX_PROPERTIES: Record<string, string> = {
  lower: String.raw`\p{Ll}`,
  upper: String.raw`\p{Lu}`,
  alpha: String.raw`\p{Alphabetic}`,
  digit: String.raw`\p{Nd}`,
  alnum: String.raw`\p{Alphabetic}\p{Nd}`,
  punct: String.raw`\p{P}`,
  space: String.raw`\p{White_Space}`,
  blank: HORIZONTAL_SPACE_BODY,
  cntrl: String.raw`\p{Cc}`,
  xdigit: String.raw`\p{AHex}`,
  print: String.raw`\P{C}`,
  graph: String.raw`\p{L}\p{M}\p{N}\p{P}\p{S}`,
  javalowercase: String.raw`\p{Ll}`,
  javauppercase: String.raw`\p{Lu}`,
  javawhitespace: String.raw`\p{White_Space}`,
  javaletter: String.raw`\p{L}`,
  javadigit: String.raw`\p{Nd}`,
  javaletterordigit: String.raw`\p{L}\p{Nd}`,
};

function isValidJsProperty(name: string): boolean {
  try {
    new RegExp(`\\p{${name}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * The class body (without brackets) a `\p{name}` stands for, or undefined when the
 * name means nothing in JavaScript either way.
 */
function propertyClassBody(name: string, negated: boolean): string | undefined {
  const letter = negated ? 'P' : 'p';
  if (isValidJsProperty(name)) return `\\${letter}{${name}}`;
  const posix = POSIX_PROPERTIES[name.toLowerCase()];
  if (posix !== undefined) return negated ? undefined : posix;
  if (name === 'L&') return `\\${letter}{LC}`;
  const isPrefixed = /^Is(.+)$/.exec(name);
  if (isPrefixed) {
    const rest = isPrefixed[1]!;
    if (isValidJsProperty(rest)) return `\\${letter}{${rest}}`;
    if (isValidJsProperty(`Script=${rest}`)) return `\\${letter}{Script=${rest}}`;
    const posixRest = POSIX_PROPERTIES[rest.toLowerCase()];
    if (posixRest !== undefined && !negated) return posixRest;
  }
  if (isValidJsProperty(`Script=${name}`)) return `\\${letter}{Script=${name}}`;
  return undefined;
}

function codePointEscape(codePoint: number): string {
  return `\\u{${codePoint.toString(16).toUpperCase()}}`;
}

/** A literal character written so that `u` mode accepts it inside or outside a class. */
function literal(char: string, inClass: boolean): string {
  if (SYNTAX_CHARACTERS.has(char) || (inClass && char === '-')) return `\\${char}`;
  return char;
}

/** The character and its other-case forms that are single characters themselves. */
function caseVariants(char: string): string[] {
  const variants = new Set([char]);
  for (const variant of [char.toLowerCase(), char.toUpperCase()]) {
    if ([...variant].length === 1) variants.add(variant);
  }
  return [...variants];
}

/**
 * Translates one ICU pattern. `groupOffset` is the number of capturing groups that
 * precede this pattern in a combined expression; back references are shifted by it.
 */
export function translateIcuRegex(pattern: string, groupOffset = 0): TranslatedRegex {
  return new Translator(pattern, groupOffset).run();
}

class Translator {
  private i = 0;
  private out = '';
  private groupCount = 0;
  private readonly groupNames = new Map<string, number>();
  /** Set after an atom a quantifier may follow; used to spot possessive quantifiers. */
  private afterQuantifier = false;
  /** Case-insensitivity of the current group; the stack holds the enclosing groups' values. */
  private ignoreCase = false;
  private readonly caseStack: boolean[] = [];
  private dotAll = false;
  private multiline = false;

  constructor(
    private readonly pattern: string,
    private readonly groupOffset: number,
  ) {}

  run(): TranslatedRegex {
    this.readLeadingFlags();
    const p = this.pattern;
    while (this.i < p.length) {
      const c = p[this.i]!;
      const start = this.i;
      const groups = this.caseStack.length;
      const wasQuantifier = this.afterQuantifier;
      this.afterQuantifier = false;
      if (c === '\\') this.escapeOutsideClass();
      else if (c === '[') this.characterClass();
      else if (c === '(') this.groupOpening();
      else if (c === ')') {
        this.ignoreCase = this.caseStack.pop() ?? this.ignoreCase;
        this.out += ')';
        this.i++;
      } else if (c === '*' || c === '+' || c === '?') {
        if (wasQuantifier && c === '+') this.fail('possessive quantifiers are not supported');
        this.out += c;
        this.i++;
        // A lazy `?` ends the quantifier; a `+` after it is still possessive-looking.
        this.afterQuantifier = !(wasQuantifier && c === '?');
      } else if (c === '{') this.interval(wasQuantifier);
      else if (c === ']' || c === '}') {
        this.out += `\\${c}`;
        this.i++;
      } else if (c === '^' || c === '$' || c === '.' || c === '|') {
        this.out += c;
        this.i++;
      } else {
        const char = String.fromCodePoint(p.codePointAt(this.i)!);
        this.out += this.literalAtom(char);
        this.i += char.length;
      }
      this.noteWordEnd(c, start, groups, wasQuantifier);
    }
    return {
      source: this.out,
      flags: { dotAll: this.dotAll, multiline: this.multiline },
      groupCount: this.groupCount,
    };
  }

  /** Whether what the current alternative matched so far must end with a word character (see `noteWordEnd`). */
  private endsWithWord = false;
  /** `endsWithWord` before the last atom: with both, a quantifier that may leave the atom out keeps it. */
  private beforeAtom = false;
  /** Per open group: the state before it, whether every alternative so far ended with a word character, and whether it is a look-around. */
  private readonly wordFrames: { before: boolean; all: boolean; lookaround: boolean }[] = [];

  /**
   * Keeps `endsWithWord` after the token that started at `start`, so that a
   * `\b` after a word character is written as one look-ahead (see
   * `startsWithWordCharacter` for why). Zero-width tokens leave it; an atom a
   * quantifier may leave out, or anything not read, clears it.
   */
  private noteWordEnd(c: string, start: number, groupsBefore: number, wasQuantifier: boolean): void {
    const p = this.pattern;
    if (c === '(') {
      if (this.caseStack.length === groupsBefore) return;
      this.wordFrames.push({ before: this.endsWithWord, all: true, lookaround: /^\(\?<?[=!]/.test(p.slice(start)) });
      this.endsWithWord = false;
    } else if (c === ')') {
      const frame = this.wordFrames.pop();
      this.beforeAtom = frame?.before ?? false;
      this.endsWithWord = frame === undefined ? false : frame.lookaround ? frame.before : frame.all && this.endsWithWord;
    } else if (c === '|') {
      const frame = this.wordFrames.at(-1);
      if (frame) frame.all &&= this.endsWithWord;
      this.endsWithWord = false;
    } else if (c === '*' || (c === '?' && !wasQuantifier) || (c === '{' && this.afterQuantifier && quantifierAllowsNone(p, start))) {
      // The atom may be left out: what ends the match is then what came before it.
      this.endsWithWord &&= this.beforeAtom;
    } else if (c === '^' || c === '$' || c === '+' || c === '?' || (c === '{' && this.afterQuantifier)) return;
    else if (c === '\\' && 'bBAzZGE'.includes(p[start + 1] ?? '')) return;
    else {
      this.beforeAtom = this.endsWithWord;
      this.endsWithWord = wordAtomEnd(p, start) === this.i;
    }
  }

  private fail(message: string, index = this.i): never {
    throw new RegexTranslationError(message, index);
  }

  /** A literal outside a class, widened to both cases under `(?i)`. */
  private literalAtom(char: string): string {
    if (!this.ignoreCase) return literal(char, false);
    const variants = caseVariants(char);
    if (variants.length === 1) return literal(char, false);
    return `[${variants.map((variant) => literal(variant, true)).join('')}]`;
  }

  /** A literal inside a class, with its other case under `(?i)`. */
  private classLiteral(char: string): string {
    const variants = this.ignoreCase ? caseVariants(char) : [char];
    return variants.map((variant) => literal(variant, true)).join('');
  }

  private readLeadingFlags(): void {
    const match = /^\(\?([a-zA-Z]+)\)/.exec(this.pattern);
    if (!match) return;
    for (const flag of match[1]!) {
      if (flag === 'i') this.ignoreCase = true;
      else if (flag === 's') this.dotAll = true;
      else if (flag === 'm') this.multiline = true;
      else if (flag !== 'u') this.fail(`inline flag "${flag}" is not supported`, 2);
    }
    this.i = match[0].length;
  }

  /** `(?i)`, `(?-i)`, `(?i:` and `(?-i:` in the middle of a pattern. */
  private inlineCaseFlag(rest: string): boolean {
    const match = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(rest);
    if (!match || (match[1] === '' && match[2] === undefined)) return false;
    const on = match[1]!;
    const off = match[2] ?? '';
    for (const flag of on + off) {
      if (flag !== 'i' && flag !== 'u') {
        this.fail(`inline flag "${flag}" is only supported at the start of a pattern (only "i" may appear elsewhere)`);
      }
    }
    const value = on.includes('i') ? true : off.includes('i') ? false : this.ignoreCase;
    if (match[3] === ':') {
      this.caseStack.push(this.ignoreCase);
      this.out += '(?:';
    }
    this.ignoreCase = value;
    this.i += match[0].length;
    return true;
  }

  private interval(wasQuantifier: boolean): void {
    const p = this.pattern;
    const match = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(this.i));
    if (!match) {
      this.out += '\\{';
      this.i++;
      return;
    }
    if (wasQuantifier) this.fail('a quantifier cannot follow another quantifier');
    this.out += match[0];
    this.i += match[0].length;
    this.afterQuantifier = true;
    if (p[this.i] === '+') this.fail('possessive quantifiers are not supported');
  }

  private groupOpening(): void {
    const rest = this.pattern.slice(this.i);
    if (rest.startsWith('(?#')) {
      const end = this.pattern.indexOf(')', this.i);
      if (end < 0) this.fail('unterminated comment group');
      this.i = end + 1;
      return;
    }
    if (rest.startsWith('(?>')) this.fail('atomic groups (?>…) are not supported');
    if (this.inlineCaseFlag(rest)) return;
    this.caseStack.push(this.ignoreCase);
    const simple = /^\((?:\?:|\?=|\?!|\?<=|\?<!)/.exec(rest);
    if (simple) {
      this.out += simple[0];
      this.i += simple[0].length;
      return;
    }
    const named = /^\(\?P?<([A-Za-z][A-Za-z0-9]*)>/.exec(rest);
    if (named) {
      this.groupCount++;
      this.groupNames.set(named[1]!, this.groupCount);
      this.out += '(';
      this.i += named[0].length;
      return;
    }
    if (rest.startsWith('(?')) this.fail('unsupported group construct');
    this.groupCount++;
    this.out += '(';
    this.i++;
  }

  private readHex(from: number, length: number): number {
    const digits = this.pattern.slice(from, from + length);
    if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) this.fail('bad hexadecimal escape', from);
    return Number.parseInt(digits, 16);
  }

  /**
   * Escapes that mean the same inside and outside a class. Returns the JS text, or
   * undefined when `c` is not one of them. Advances past anything after `\c`.
   */
  private commonEscape(c: string, inClass: boolean): string | undefined {
    const p = this.pattern;
    switch (c) {
      case 'd':
        return String.raw`\p{Nd}`;
      case 'D':
        return String.raw`\P{Nd}`;
      case 's':
      case 'S':
      case 't':
      case 'n':
      case 'r':
      case 'f':
        return `\\${c}`;
      case 'e':
        return '\\x1B';
      case 'a':
        return '\\x07';
      case 'c': {
        const control = p[this.i + 2];
        if (control === undefined || !/[A-Za-z]/.test(control)) this.fail('bad control escape');
        this.i += 1;
        return `\\c${control}`;
      }
      case 'x': {
        if (p[this.i + 2] === '{') {
          const end = p.indexOf('}', this.i + 3);
          if (end < 0) this.fail('unterminated \\x{…} escape');
          const hex = p.slice(this.i + 3, end);
          if (!/^[0-9a-fA-F]{1,6}$/.test(hex)) this.fail('bad \\x{…} escape');
          this.i = end - 1;
          return codePointEscape(Number.parseInt(hex, 16));
        }
        const value = this.readHex(this.i + 2, 2);
        this.i += 2;
        return codePointEscape(value);
      }
      case 'u': {
        const value = this.readHex(this.i + 2, 4);
        this.i += 4;
        return codePointEscape(value);
      }
      case 'U': {
        const value = this.readHex(this.i + 2, 8);
        this.i += 8;
        return codePointEscape(value);
      }
      case '0': {
        const octal = /^[0-7]{1,3}/.exec(p.slice(this.i + 2));
        const digits = octal ? octal[0] : '';
        this.i += digits.length;
        return codePointEscape(digits ? Number.parseInt(digits, 8) : 0);
      }
      case 'p':
      case 'P': {
        let name: string;
        if (p[this.i + 2] === '{') {
          const end = p.indexOf('}', this.i + 3);
          if (end < 0) this.fail('unterminated property escape');
          name = p.slice(this.i + 3, end).trim();
          this.i = end - 1;
        } else {
          name = p[this.i + 2] ?? '';
          this.i += 1;
        }
        const body = propertyClassBody(name, c === 'P');
        if (body === undefined) this.fail(`unknown or unsupported property \\${c}{${name}}`);
        // Multi-property bodies (e.g. Alnum) need a class of their own outside classes.
        if (inClass || /^\\[pP]\{[^}]*\}$/.test(body)) return body;
        return `[${body}]`;
      }
      case 'h':
        return inClass ? HORIZONTAL_SPACE_BODY : `[${HORIZONTAL_SPACE_BODY}]`;
      case 'v':
        return inClass ? VERTICAL_SPACE_BODY : `[${VERTICAL_SPACE_BODY}]`;
      case 'w':
        return inClass ? WORD_CLASS_BODY : WORD;
      default:
        return undefined;
    }
  }

  private escapeOutsideClass(): void {
    const p = this.pattern;
    const c = p[this.i + 1];
    if (c === undefined) this.fail('pattern ends with a backslash');
    if (c === 'Q') {
      this.quoted(false);
      return;
    }
    if (c === 'E') {
      this.i += 2;
      return;
    }
    const common = this.commonEscape(c, false);
    if (common !== undefined) {
      this.out += common;
      this.i += 2;
      return;
    }
    switch (c) {
      case 'W':
        this.out += NOT_WORD;
        break;
      case 'H':
        this.out += `[^${HORIZONTAL_SPACE_BODY}]`;
        break;
      case 'V':
        this.out += `[^${VERTICAL_SPACE_BODY}]`;
        break;
      case 'b':
        this.out += this.endsWithWord ? BEFORE_NON_WORD : startsWithWordCharacter(p, this.i + 2) ? AFTER_NON_WORD : WORD_BOUNDARY;
        break;
      case 'B':
        this.out += NOT_WORD_BOUNDARY;
        break;
      case 'A':
        this.out += String.raw`(?<![\s\S])`;
        break;
      case 'z':
        this.out += String.raw`(?![\s\S])`;
        break;
      case 'Z':
        this.out += String.raw`(?=(?:\r\n|[\n\r\x85\u2028\u2029])?(?![\s\S]))`;
        break;
      case 'R':
        this.out += `(?:\\r\\n|[${VERTICAL_SPACE_BODY}])`;
        break;
      case 'k': {
        const named = /^\\k<([A-Za-z][A-Za-z0-9]*)>/.exec(p.slice(this.i));
        const number = named ? this.groupNames.get(named[1]!) : undefined;
        if (!named || number === undefined) this.fail('back reference to an unknown group name');
        this.out += `\\${number + this.groupOffset}`;
        this.i += named[0].length;
        return;
      }
      case 'G':
      case 'N':
      case 'X':
        this.fail(`\\${c} is not supported`);
        break;
      default: {
        if (/[1-9]/.test(c)) {
          this.backReference();
          return;
        }
        if (/[A-Za-z]/.test(c)) this.fail(`unknown escape \\${c}`);
        const char = String.fromCodePoint(p.codePointAt(this.i + 1)!);
        this.out += this.literalAtom(char);
        this.i += 1 + char.length;
        return;
      }
    }
    this.i += 2;
  }

  private backReference(): void {
    const digits = /^\d+/.exec(this.pattern.slice(this.i + 1))![0];
    // Java reads as many digits as still name an existing group.
    let length = digits.length;
    while (length > 1 && Number(digits.slice(0, length)) > this.groupCount) length--;
    const number = Number(digits.slice(0, length));
    this.out += `\\${number + this.groupOffset}`;
    this.i += 1 + length;
  }

  private quoted(inClass: boolean): void {
    const p = this.pattern;
    const start = this.i + 2;
    const end = p.indexOf('\\E', start);
    const text = p.slice(start, end < 0 ? p.length : end);
    const chars = [...text];
    if (inClass) {
      for (const char of chars) this.out += this.classLiteral(char);
    } else {
      // Keep the quoted run one atom so a following quantifier applies to its last character only, as in ICU.
      for (const char of chars) this.out += this.literalAtom(char);
    }
    this.i = end < 0 ? p.length : end + 2;
  }

  private characterClass(): void {
    const p = this.pattern;
    const start = this.i;
    this.out += '[';
    this.i++;
    if (p[this.i] === '^') {
      this.out += '^';
      this.i++;
    }
    if (p[this.i] === ']') {
      this.out += '\\]';
      this.i++;
    }
    while (this.i < p.length && p[this.i] !== ']') {
      const c = p[this.i]!;
      if (c === '[') {
        const posix = /^\[:(\^?)([A-Za-z]+):\]/.exec(p.slice(this.i));
        if (posix && !posix[1]) {
          const body = POSIX_PROPERTIES[posix[2]!.toLowerCase()];
          if (body === undefined) this.fail(`unknown POSIX class [:${posix[2]}:]`);
          this.out += body;
          this.i += posix[0].length;
          continue;
        }
        this.fail('nested character classes are not supported');
      }
      if (c === '&' && p[this.i + 1] === '&') this.fail('character class intersection (&&) is not supported');
      if (c === '\\') {
        this.escapeInClass();
        continue;
      }
      const char = String.fromCodePoint(p.codePointAt(this.i)!);
      if (char === '-') {
        this.out += '-';
        this.i++;
        continue;
      }
      const next = p[this.i + char.length];
      const rangeEnd = next === '-' ? String.fromCodePoint(p.codePointAt(this.i + char.length + 1) ?? 0x5d) : ']';
      if (next === '-' && rangeEnd !== ']' && rangeEnd !== '\\' && rangeEnd !== '[') {
        this.out += this.classRange(char, rangeEnd);
        this.i += char.length + 1 + rangeEnd.length;
        continue;
      }
      this.out += this.classLiteral(char);
      this.i += char.length;
    }
    if (this.i >= p.length) this.fail('unterminated character class', start);
    this.out += ']';
    this.i++;
  }

  /** `a-z`, plus `A-Z` under `(?i)` when both ends have one-character case partners. */
  private classRange(from: string, to: string): string {
    let text = `${literal(from, true)}-${literal(to, true)}`;
    if (!this.ignoreCase) return text;
    for (const map of [(s: string) => s.toLowerCase(), (s: string) => s.toUpperCase()]) {
      const a = map(from);
      const b = map(to);
      if ([...a].length === 1 && [...b].length === 1 && a.codePointAt(0)! <= b.codePointAt(0)! && (a !== from || b !== to)) {
        text += `${literal(a, true)}-${literal(b, true)}`;
      }
    }
    return text;
  }

  private escapeInClass(): void {
    const p = this.pattern;
    const c = p[this.i + 1];
    if (c === undefined) this.fail('pattern ends with a backslash');
    if (c === 'Q') {
      this.quoted(true);
      return;
    }
    if (c === 'E') {
      this.i += 2;
      return;
    }
    const common = this.commonEscape(c, true);
    if (common !== undefined) {
      this.out += common;
      this.i += 2;
      return;
    }
    if (c === 'W' || c === 'H' || c === 'V') this.fail(`\\${c} inside a character class is not supported`);
    if (c === 'b') {
      this.out += '\\x08';
      this.i += 2;
      return;
    }
    if (/[A-Za-z0-9]/.test(c)) this.fail(`unknown escape \\${c} in a character class`);
    const char = String.fromCodePoint(p.codePointAt(this.i + 1)!);
    this.out += this.classLiteral(char);
    this.i += 1 + char.length;
  }
}
