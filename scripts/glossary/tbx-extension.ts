/**
 * Glossa's matching data inside TBX-Basic, which has no data categories for
 * inflection patterns or context rules. They travel as notes whose text starts
 * with a `glossa:` keyword followed by JSON, so the file stays valid TBX-Basic
 * and other tools show them as ordinary notes:
 *
 *   <note>glossa:match {"forms":["Алма-Ат~"],"endings":3}</note>      (termSec)
 *   <note>glossa:context [{"when":{...},"unless":[],"use":{...}}]</note>  (termSec)
 *   <p type="glossa:languages">{"ru":{"endings":3}}</p>               (tbxHeader/encodingDesc)
 */
import { InputError } from '../core/errors.js';
import type { Mutable } from './glossary-build.js';
import type { ContextCondition, ContextRule, ContextSuggestion, LanguageSettings, Term } from './model.js';

export const matchNotePrefix = 'glossa:match ';
export const contextNotePrefix = 'glossa:context ';
export const languagesParagraphType = 'glossa:languages';

export function encodeMatchNote(term: Term): string | undefined {
  if (term.forms === undefined && term.endings === undefined) return undefined;
  const data: { forms?: readonly string[]; endings?: number } = {};
  if (term.forms !== undefined) data.forms = term.forms;
  if (term.endings !== undefined) data.endings = term.endings;
  return matchNotePrefix + JSON.stringify(data);
}

export function encodeContextNote(term: Term): string | undefined {
  if (term.context === undefined) return undefined;
  return contextNotePrefix + JSON.stringify(term.context);
}

export function encodeLanguages(languages: Readonly<Record<string, LanguageSettings>>): string | undefined {
  return Object.keys(languages).length === 0 ? undefined : JSON.stringify(languages);
}

/** Thrown by the decoders with a message that says what is wrong with the JSON; the reader adds file and line. */
export class ExtensionDataError extends InputError {
  override name = 'ExtensionDataError';
}

export function decodeMatchNote(json: string): { forms?: string[]; endings?: number } {
  const data = parseObject(json, 'glossa:match');
  allowOnly(data, ['forms', 'endings'], 'glossa:match');
  const result: { forms?: string[]; endings?: number } = {};
  if (data.forms !== undefined) result.forms = stringArray(data.forms, 'glossa:match forms');
  if (data.endings !== undefined) result.endings = integer(data.endings, 'glossa:match endings');
  return result;
}

export function decodeContextNote(json: string): ContextRule[] {
  const data = parseJson(json, 'glossa:context');
  if (!Array.isArray(data)) throw new ExtensionDataError('glossa:context must hold a JSON array of rules');
  return data.map((item: unknown) => {
    const rule = asObject(item, 'a glossa:context rule');
    allowOnly(rule, ['when', 'unless', 'use', 'note'], 'a glossa:context rule');
    const unless = rule.unless === undefined ? [] : rule.unless;
    if (!Array.isArray(unless)) throw new ExtensionDataError('glossa:context unless must be an array');
    const result: Mutable<ContextRule> = {
      when: condition(rule.when),
      unless: unless.map((entry: unknown) => condition(entry)),
      use: suggestion(rule.use),
    };
    if (rule.note !== undefined) result.note = string(rule.note, 'glossa:context note');
    return result;
  });
}

export function decodeLanguages(json: string): Record<string, LanguageSettings> {
  const data = parseObject(json, 'glossa:languages');
  const result: Record<string, LanguageSettings> = {};
  for (const [code, value] of Object.entries(data)) {
    const settings = asObject(value, `glossa:languages ${code}`);
    allowOnly(settings, ['endings'], `glossa:languages ${code}`);
    result[code] = settings.endings === undefined ? {} : { endings: integer(settings.endings, `glossa:languages ${code} endings`) };
  }
  return result;
}

function condition(value: unknown): ContextCondition {
  const data = asObject(value, 'a glossa:context condition');
  allowOnly(data, ['side', 'within', 'words'], 'a glossa:context condition');
  if (data.side !== 'before' && data.side !== 'after') throw new ExtensionDataError("a glossa:context condition needs side 'before' or 'after'");
  return { side: data.side, within: integer(data.within, 'within'), words: stringArray(data.words, 'words') };
}

function suggestion(value: unknown): ContextSuggestion {
  const data = asObject(value, 'glossa:context use');
  allowOnly(data, ['conceptId', 'term'], 'glossa:context use');
  const result: Mutable<ContextSuggestion> = { conceptId: string(data.conceptId, 'use conceptId') };
  if (data.term !== undefined) result.term = string(data.term, 'use term');
  return result;
}

function parseJson(json: string, what: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new ExtensionDataError(`${what} holds invalid JSON (${(error as Error).message})`);
  }
}

function parseObject(json: string, what: string): Record<string, unknown> {
  return asObject(parseJson(json, what), what);
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ExtensionDataError(`${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

function allowOnly(data: Record<string, unknown>, keys: readonly string[], what: string): void {
  for (const key of Object.keys(data)) {
    if (!keys.includes(key)) throw new ExtensionDataError(`unknown key '${key}' in ${what}`);
  }
}

function string(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ExtensionDataError(`${what} must be a string`);
  return value;
}

function stringArray(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new ExtensionDataError(`${what} must be an array of strings`);
  return value as string[];
}

function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ExtensionDataError(`${what} must be a whole number`);
  return value;
}
