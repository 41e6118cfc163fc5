import { InputError } from '../core/errors.js';
import { LineIndex } from '../core/position.js';

/** One entry of a locale resource: segment id → ICU message, with where it stands in the file. */
export interface ResourceEntry {
  readonly id: string;
  readonly message: string;
  /** Offset of the opening quote of the value in the file. */
  readonly valueOffset: number;
  /** The value as written in the file, quotes included, to map message offsets to file offsets. */
  readonly rawValue: string;
}

export interface ResourceFile {
  readonly file: string;
  readonly text: string;
  readonly entries: readonly ResourceEntry[];
}

/** A JSON string with no escape and no control character. */
const plainString = /"[^"\\\u0000-\u001f]*"/y;

/**
 * Parses an i18next resource file of the flat shape Glossa writes
 * ({ "id": "message", … }). Unlike JSON.parse it keeps each value's position,
 * so findings inside a translation point at their line and column, and it
 * rejects duplicate keys, which JSON.parse would silently collapse.
 */
export function parseResource(text: string, file: string): ResourceFile {
  const lines = new LineIndex(text);
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (problem: string, at = pos): never => {
    throw new InputError(`not a valid resource file: ${problem}`, file, lines.positionAt(at));
  };
  const skipSpace = () => {
    for (let code = text.charCodeAt(pos); code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09; code = text.charCodeAt(++pos));
  };
  const readString = (): { value: string; raw: string; start: number } => {
    const start = pos;
    // Most ids and messages have no escape: their value is what stands between the quotes.
    plainString.lastIndex = pos;
    if (plainString.test(text)) {
      pos = plainString.lastIndex;
      const raw = text.slice(start, pos);
      return { value: raw.slice(1, -1), raw, start };
    }
    if (text[pos] !== '"') fail('expected a string in double quotes');
    pos++;
    while (pos < text.length && text[pos] !== '"') {
      if (text[pos] === '\\') pos++;
      else if (text.charCodeAt(pos) < 0x20) fail('control character in a string (write it as an escape such as \\n)');
      pos++;
    }
    if (pos >= text.length) fail('a string is not closed', start);
    pos++;
    const raw = text.slice(start, pos);
    try {
      return { value: JSON.parse(raw) as string, raw, start };
    } catch {
      return fail('invalid escape in a string', start);
    }
  };

  skipSpace();
  if (text[pos] !== '{') fail('expected "{" at the start: a resource is one JSON object of segment id → message');
  pos++;
  skipSpace();
  const entries: ResourceEntry[] = [];
  const seen = new Set<string>();
  if (text[pos] === '}') pos++;
  else {
    for (;;) {
      skipSpace();
      const keyStart = pos;
      const key = readString();
      if (seen.has(key.value)) fail(`the id ${key.raw} appears twice`, keyStart);
      seen.add(key.value);
      skipSpace();
      if (text[pos] !== ':') fail('expected ":" after the id');
      pos++;
      skipSpace();
      if (text[pos] !== '"') fail(`the value of ${key.raw} must be a string (an ICU message); nested objects are not used`);
      const value = readString();
      entries.push({ id: key.value, message: value.value, valueOffset: value.start, rawValue: value.raw });
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        break;
      }
      fail('expected "," or "}"');
    }
  }
  skipSpace();
  if (pos < text.length) fail('unexpected text after the closing "}"');
  return { file, text, entries };
}

/** Serializes entries in the given order: two-space indent, one entry a line, final newline — small git diffs. */
export function formatResource(entries: Iterable<readonly [string, string]>): string {
  const lines = [...entries].map(([id, message]) => `  ${JSON.stringify(id)}: ${JSON.stringify(message)}`);
  return lines.length === 0 ? '{}\n' : `{\n${lines.join(',\n')}\n}\n`;
}

/** Maps an offset inside an entry's message to an offset in the file, through JSON escapes. */
export function messageOffsetToFileOffset(entry: ResourceEntry, messageOffset: number): number {
  const raw = entry.rawValue;
  let decoded = 0;
  let i = 1;
  while (i < raw.length - 1 && decoded < messageOffset) {
    if (raw[i] === '\\') i += raw[i + 1] === 'u' ? 6 : 2;
    else i++;
    decoded++;
  }
  return entry.valueOffset + i;
}
