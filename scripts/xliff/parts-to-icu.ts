import { MessageSyntaxError, messageToParts, partsToMessage, type MessagePart } from '../core/message.js';
import type { InlinePart } from './parsed.js';

/**
 * Turns the content of a source or target into an ICU message: text is quoted
 * where ICU needs it, placeholders become `{name}`. Annotation markers (term
 * marks a CAT tool copied from the source, for instance) are dropped and their
 * text kept. Any other inline code is refused, with the reason: a translation
 * may only contain the placeholders Glossa put into the source.
 */
export function partsToIcu(parts: readonly InlinePart[]): { message: string } | { error: string } {
  const messageParts: MessagePart[] = [];
  for (const part of parts) {
    if (part.type === 'marker') continue;
    if (part.type === 'code') return { error: `${describeCode(part.element, part.id)} is not a Glossa placeholder and cannot be imported` };
    const last = messageParts.at(-1);
    if (part.type === 'text') {
      if (last?.type === 'text') messageParts[messageParts.length - 1] = { type: 'text', value: last.value + part.value };
      else messageParts.push({ type: 'text', value: part.value });
    } else {
      messageParts.push({ type: 'placeholder', name: part.name });
    }
  }
  const message = partsToMessage(messageParts);
  try {
    messageToParts(message);
  } catch (error) {
    if (!(error instanceof MessageSyntaxError)) throw error;
    const names = messageParts.flatMap((part) => (part.type === 'placeholder' ? [part.name] : []));
    const bad = names.find((name) => !isSimpleArgument(name));
    return { error: bad === undefined ? error.message : `placeholder id "${bad}" cannot be an ICU argument name` };
  }
  return { message };
}

function isSimpleArgument(name: string): boolean {
  try {
    const parts = messageToParts(`{${name}}`);
    return parts.length === 1 && parts[0]?.type === 'placeholder' && parts[0].name === name;
  } catch {
    return false;
  }
}

function describeCode(element: string, id: string): string {
  return id ? `inline code <${element} id="${id}">` : `inline code <${element}>`;
}
