import { crc32 } from 'node:zlib';
import { ConceptsOnDemand } from '../glossary/concepts-on-demand.js';
import type { Concept, Glossary, LanguageSettings } from '../glossary/model.js';

/**
 * A parsed termbase as the content cache keeps it: one line of JSON (the
 * language settings, every concept id, where each concept ends, a digest of
 * the rest), then each concept as JSON, one after another. Reading it back
 * parses the first line only; a concept is parsed when a match needs it.
 * Parsing a 20,000-concept termbase as one JSON document took 0.6 s (19 MB
 * decoded into one string, then every object made) where a check needs a
 * few hundred of them.
 */
interface Header {
  readonly languages: Readonly<Record<string, LanguageSettings>>;
  readonly ids: readonly string[];
  /** Byte offset after each concept, counted from the start of the first. */
  readonly ends: readonly number[];
  /** CRC-32 of the concepts' bytes, in hexadecimal: a damaged file is read as none. */
  readonly digest: string;
}

/** The bytes of the parsed termbase in two pieces, the header line and the concepts, to be written one after the other. */
export function encodeParsedTermbase(glossary: Glossary): [header: Buffer, body: Buffer] {
  const texts = Array.from(glossary.concepts, (concept) => JSON.stringify(concept));
  // One pass: each concept is written where the last ended, into room for three bytes per UTF-16 unit
  // (a pair of surrogates takes four), and the lengths written are the ends.
  // TextEncoder.encodeInto, not Buffer.write: 70 against 160 ms for the 20,000 concepts of a large termbase.
  const room = Buffer.allocUnsafe(texts.reduce((sum, text) => sum + 3 * text.length, 0));
  const encoder = new TextEncoder();
  const ends: number[] = [];
  let end = 0;
  for (const text of texts) ends.push((end += encoder.encodeInto(text, new Uint8Array(room.buffer, room.byteOffset + end, room.byteLength - end)).written));
  const body = room.subarray(0, end);
  const header: Header = {
    languages: glossary.languages,
    ids: Array.from(glossary.concepts, (concept) => concept.id),
    ends,
    digest: digestOf(body),
  };
  // JSON.stringify escapes line breaks inside strings, so the first line break ends the header.
  return [Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body];
}

/** The glossary `encodeParsedTermbase` wrote, or undefined when the bytes are not one whole and undamaged. */
export function decodeParsedTermbase(bytes: Buffer): Glossary | undefined {
  const lineEnd = bytes.indexOf(0x0a);
  if (lineEnd < 0) return undefined;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', 0, lineEnd)) as Header;
  } catch {
    return undefined;
  }
  const body = bytes.subarray(lineEnd + 1);
  if (!isHeader(header, body.byteLength) || header.digest !== digestOf(body)) return undefined;
  const { ends } = header;
  const concepts = new ConceptsOnDemand(header.ids, (index) => JSON.parse(body.toString('utf8', index === 0 ? 0 : ends[index - 1]!, ends[index]!)) as Concept);
  return { concepts, languages: header.languages };
}

function isHeader(value: unknown, bodyLength: number): value is Header {
  if (typeof value !== 'object' || value === null) return false;
  const { languages, ids, ends, digest } = value as Partial<Header>;
  if (typeof languages !== 'object' || languages === null || typeof digest !== 'string') return false;
  if (!Array.isArray(ids) || !Array.isArray(ends) || ids.length !== ends.length) return false;
  if (!ids.every((id) => typeof id === 'string')) return false;
  let previous = 0;
  for (const end of ends) {
    if (!Number.isInteger(end) || end <= previous) return false;
    previous = end;
  }
  return previous === bodyLength;
}

/**
 * CRC-32, as the compiled matchers' tables have: it tells a damaged or cut file (the file's name already
 * says what it was made from), in 3.5 ms on the 20 MB of 20,000 concepts where SHA-256 took 11–36 ms.
 */
function digestOf(body: Uint8Array): string {
  return `crc32:${(crc32(body) >>> 0).toString(16)}`;
}
