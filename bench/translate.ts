/**
 * Writes the target-language messages for the ids `glossa extract` found: the
 * sentence's own translation where the extracted message is recognised (by
 * its text outside the placeholders), else a word-for-word pseudo-translation
 * that keeps the message's placeholders.
 */
import { messageToParts, partsToMessage, type MessagePart } from '../scripts/core/message.js';
import type { SentenceRecord } from './article.js';
import type { TargetLanguage } from './language.js';

export interface TranslationCounts {
  /** Messages translated from their sentence's record. */
  matched: number;
  /** Messages no record matched (the segmenter split or joined differently, or a value was read otherwise). */
  pseudo: number;
}

/** Common words of each language, for pseudo-translations whose bytes and script look like the real thing. */
const fillers: Readonly<Record<TargetLanguage, readonly string[]>> = {
  ru: ['и', 'в', 'на', 'что', 'по', 'с', 'для', 'не', 'как', 'из', 'за', 'года', 'сообщил', 'заявил', 'также', 'было', 'компании', 'власти', 'правительство', 'цены', 'города', 'области', 'решение', 'протесты', 'суд', 'время', 'который', 'после', 'более', 'человек', 'страны', 'работы', 'рынка', 'роста', 'новых', 'против', 'между', 'всех', 'данным', 'среди'],
  uk: ['і', 'в', 'на', 'що', 'за', 'з', 'для', 'не', 'як', 'із', 'року', 'повідомив', 'заявив', 'також', 'було', 'компанії', 'влада', 'уряд', 'ціни', 'міста', 'області', 'рішення', 'протести', 'суд', 'час', 'який', 'після', 'понад', 'осіб', 'країни', 'роботи', 'ринку', 'зростання', 'нових', 'проти', 'між', 'всіх', 'даними', 'серед'],
  kk: ['және', 'мен', 'бойынша', 'үшін', 'туралы', 'деп', 'бұл', 'сол', 'жылы', 'хабарлады', 'мәлімдеді', 'сондай-ақ', 'болды', 'компания', 'билік', 'үкімет', 'баға', 'қала', 'облыс', 'шешім', 'наразылық', 'сот', 'уақыт', 'кейін', 'астам', 'адам', 'ел', 'жұмыс', 'нарық', 'өсім', 'жаңа', 'қарсы', 'арасында', 'барлық', 'деректер', 'ішінде'],
  de: ['und', 'in', 'auf', 'dass', 'für', 'mit', 'nicht', 'wie', 'aus', 'des', 'Jahres', 'teilte', 'erklärte', 'auch', 'war', 'Unternehmen', 'Behörden', 'Regierung', 'Preise', 'Stadt', 'Region', 'Entscheidung', 'Proteste', 'Gericht', 'Zeit', 'der', 'nach', 'mehr', 'Menschen', 'Landes', 'Arbeit', 'Marktes', 'Wachstum', 'neuen', 'gegen', 'zwischen', 'alle', 'Angaben', 'unter'],
};

/** The recognition key of an extracted message: its text with every placeholder replaced by U+0000. */
export function messageKey(parts: readonly MessagePart[]): string {
  return parts.map((part) => (part.type === 'text' ? part.value : '\u0000')).join('');
}

/**
 * Translations of `source` (id → English message, in file order) into `lang`,
 * in the same order. `counts` is updated.
 */
export function translateMessages(
  source: ReadonlyArray<readonly [string, string]>,
  sentences: readonly SentenceRecord[],
  lang: TargetLanguage,
  counts: TranslationCounts,
): Array<[string, string]> {
  const byKey = new Map<string, SentenceRecord>();
  for (const record of sentences) if (!byKey.has(record.key)) byKey.set(record.key, record);
  return source.map(([id, message]): [string, string] => {
    const parts = readMessage(message);
    const placeholders = parts.flatMap((part) => (part.type === 'placeholder' ? [part.name] : []));
    const record = byKey.get(messageKey(parts));
    if (record && record.values === placeholders.length) {
      counts.matched++;
      const translated = record.translations[lang].map((part): MessagePart =>
        typeof part === 'number' ? { type: 'placeholder', name: placeholders[part]! } : { type: 'text', value: part },
      );
      return [id, partsToMessage(translated)];
    }
    counts.pseudo++;
    return [id, partsToMessage(pseudoTranslation(parts, lang))];
  });
}

/**
 * The parts of a message Glossa extracted. Without an apostrophe there is no
 * ICU quoting, and the text around `{name}` placeholders is the text itself;
 * that saves a full ICU parse for most of a million messages.
 */
function readMessage(message: string): MessagePart[] {
  if (message.includes("'")) return messageToParts(message);
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of message.matchAll(/\{([^{}]+)\}/g)) {
    if (match.index > last) parts.push({ type: 'text', value: message.slice(last, match.index) });
    parts.push({ type: 'placeholder', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ type: 'text', value: message.slice(last) });
  return parts;
}

/** Replaces every word by a common word of `lang` (the same word always by the same one), keeping placeholders and punctuation. */
export function pseudoTranslation(parts: readonly MessagePart[], lang: TargetLanguage): MessagePart[] {
  const words = fillers[lang];
  return parts.map((part) => {
    if (part.type === 'placeholder') return part;
    const value = part.value.replace(/\p{L}+/gu, (word) => {
      const replacement = words[hash(word.toLowerCase()) % words.length]!;
      return /^\p{Lu}/u.test(word) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
    });
    return { type: 'text', value };
  });
}

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}
