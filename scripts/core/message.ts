import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { InputError } from './errors.js';

/** A message as translators see it: text and placeholders, with no ICU quoting. */
export type MessagePart = { readonly type: 'text'; readonly value: string } | { readonly type: 'placeholder'; readonly name: string };

/** A message that is not valid ICU syntax; the caller knows the file and adds it. */
export class MessageSyntaxError extends InputError {
  override name = 'MessageSyntaxError';
  constructor(
    message: string,
    /** 0-based offset into the message where the problem starts. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Quotes text for an ICU message. Only what ICU would read as syntax is quoted,
 * so "Prosecutor's Office" stays readable: braces become '{' and '}', and an
 * apostrophe is doubled only where ICU would take it as the start of a quote.
 */
export function escapeMessageText(text: string): string {
  if (!/['{}]/.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '{' || ch === '}') {
      // One quoted run for adjacent syntax characters; apostrophes inside a quote are doubled.
      let run = '';
      while (i < text.length && /['{}]/.test(text[i]!)) run += text[i++] === "'" ? "''" : text[i - 1];
      out += `'${run}'`;
      continue;
    }
    // An apostrophe before syntax (ICU quotes before < and > too), another apostrophe or the end (a placeholder may follow) is doubled.
    out += ch === "'" && (i === text.length - 1 || /['{}<>]/.test(text[i + 1]!)) ? "''" : ch;
    i++;
  }
  return out;
}

/** Builds an ICU message from parts, quoting the text. */
export function partsToMessage(parts: readonly MessagePart[]): string {
  return parts.map((part) => (part.type === 'text' ? escapeMessageText(part.value) : `{${part.name}}`)).join('');
}

/**
 * Reads an ICU message of the form Glossa writes and translators return: text
 * and simple `{name}` arguments. Plural, select and formatted arguments are
 * rejected: the values behind placeholders are already formatted per locale.
 */
export function messageToParts(message: string): MessagePart[] {
  return plainMessage.test(message) ? splitPlainMessage(message) : parseMessage(message);
}

// Text with simple {name} arguments and apostrophes that quote nothing: the shape of almost
// every message. Anything else (quoting, plural, a syntax error) goes to the ICU parser.
const plainMessage = /^(?:[^{}']|'(?![{}'<>#|])|\{[A-Za-z_]\w*\})*$/;
const plainArgument = /\{([A-Za-z_]\w*)\}/g;

function splitPlainMessage(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let cursor = 0;
  for (const match of message.matchAll(plainArgument)) {
    if (match.index > cursor) parts.push({ type: 'text', value: message.slice(cursor, match.index) });
    parts.push({ type: 'placeholder', name: match[1]! });
    cursor = match.index + match[0].length;
  }
  if (cursor < message.length) parts.push({ type: 'text', value: message.slice(cursor) });
  return parts;
}

function parseMessage(message: string): MessagePart[] {
  let ast: MessageFormatElement[];
  try {
    ast = parse(message, { ignoreTag: true, captureLocation: true });
  } catch (error) {
    const location = (error as { location?: { start: { offset: number } } }).location;
    const kind = (error as { message?: string }).message ?? 'invalid message';
    throw new MessageSyntaxError(`ICU syntax error (${kind})`, location?.start.offset ?? 0);
  }
  const parts: MessagePart[] = [];
  for (const element of ast) {
    if (element.type === TYPE.literal) {
      const last = parts.at(-1);
      if (last?.type === 'text') parts[parts.length - 1] = { type: 'text', value: last.value + element.value };
      else parts.push({ type: 'text', value: element.value });
    } else if (element.type === TYPE.argument) {
      parts.push({ type: 'placeholder', name: element.value });
    } else {
      const offset = element.location?.start.offset ?? 0;
      throw new MessageSyntaxError(
        'only text and simple {placeholder} arguments are allowed; the values are formatted per locale already',
        offset,
      );
    }
  }
  return parts;
}

/** Placeholder names of a message, in order of appearance (duplicates kept). */
export function placeholdersOf(message: string): string[] {
  // The shape of almost every message: its names are read off without making its parts.
  if (plainMessage.test(message)) return Array.from(message.matchAll(plainArgument), (match) => match[1]!);
  return parseMessage(message).flatMap((part) => (part.type === 'placeholder' ? [part.name] : []));
}

/** Joins neighbouring text parts, so that two spellings of one message compare equal. */
export function mergeTextParts(parts: readonly MessagePart[]): MessagePart[] {
  const merged: MessagePart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + part.value };
    else merged.push(part);
  }
  return merged;
}
