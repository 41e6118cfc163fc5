/** Items of a long array written to one piece of text; a piece stays a few hundred kilobytes for findings. */
export const itemsPerChunk = 1_000;

/**
 * The text `JSON.stringify(value)` gives, in pieces: a long array comes out a
 * batch of items at a time, so a value with hundreds of thousands of entries
 * is written to a file without ever being one string (a check of 100 MB of
 * articles held its 45 MB of findings as text twice at its end: once for the
 * cache, once for the report). Plain objects and arrays are walked; any other
 * value (a Date, an object with toJSON) is left to JSON.stringify whole.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length <= itemsPerChunk) {
      yield JSON.stringify(value);
      return;
    }
    yield '[';
    yield* arrayChunks(value, (item) => [...jsonChunks(item)].join('') || 'null');
    yield ']';
    return;
  }
  if (!isPlainObject(value)) {
    const text = JSON.stringify(value);
    if (text !== undefined) yield text;
    return;
  }
  let first = true;
  yield '{';
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonChunks(item);
  }
  yield '}';
}

/** The items of a long array as JSON text, `itemsPerChunk` at a time, separated by commas (no brackets). */
export function* arrayChunks<T>(items: readonly T[], toText: (item: T) => string): Generator<string> {
  for (let start = 0; start < items.length; start += itemsPerChunk) {
    const texts: string[] = [];
    for (let index = start; index < Math.min(items.length, start + itemsPerChunk); index++) texts.push(toText(items[index]!));
    yield `${start === 0 ? '' : ','}${texts.join(',')}`;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
