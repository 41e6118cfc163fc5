import { MessageSyntaxError } from '../core/message.js';
import { InputError } from '../core/errors.js';
import type { Candidate, UnitInput, UnitState, XliffFileInput } from './model.js';
import { messageContent, sourceContent, type ContentItem } from './unit-content.js';
import { findInvalidXmlChar, formatCodePoint } from '../xml/escape.js';

/** A unit ready to be written: content resolved, state decided. */
export interface PreparedUnit {
  readonly id: string;
  readonly input: UnitInput;
  readonly source: readonly ContentItem[];
  readonly target?: readonly ContentItem[];
  readonly state: UnitState;
  /** The target is the source, written for tools that translate the target text. */
  readonly prefilled: boolean;
  readonly candidates: ReadonlyArray<{
    readonly candidate: Candidate;
    readonly source: readonly ContentItem[];
    readonly target: readonly ContentItem[];
  }>;
}

export interface PreparedGroup {
  readonly id: string;
  readonly type: string;
  readonly units: readonly PreparedUnit[];
}

export interface PreparedFile {
  readonly input: XliffFileInput;
  /** XLIFF 2.0 file id, derived from the article. */
  readonly fileId: string;
  readonly groups: readonly PreparedGroup[];
  /** Raises an `InputError` that names the article's source file. */
  readonly fail: (message: string) => never;
}

/**
 * Resolves the writer input: parses the ICU messages, keeps only the first
 * unit of each segment id (XLIFF ids must be unique, and identical sentences
 * share one translation), gives groups unique ids that are valid XML name
 * tokens, and drops groups left without units.
 */
export function prepareFile(input: XliffFileInput): PreparedFile {
  const fail = (message: string): never => {
    throw new InputError(message, input.original);
  };
  if (!input.srcLang.trim() || !input.trgLang.trim()) fail('XLIFF export needs both a source and a target language');

  const seenUnits = new Set<string>();
  const groupIds = new Set<string>();
  const groups: PreparedGroup[] = [];
  for (const group of input.groups) {
    const units: PreparedUnit[] = [];
    for (const unit of group.units) {
      if (seenUnits.has(unit.segment.id)) continue;
      seenUnits.add(unit.segment.id);
      units.push(prepareUnit(unit, fail));
    }
    if (units.length > 0) groups.push({ id: group.id, type: group.type, units });
  }
  if (groups.length === 0) fail('nothing to export: the article has no segments');

  // Group ids share their scope with unit ids in XLIFF 2.0, so both are reserved.
  for (const id of seenUnits) groupIds.add(id);
  const uniqueGroups = groups.map((group) => {
    const id = uniqueToken(group.id, 'g', groupIds);
    groupIds.add(id);
    return { ...group, id };
  });
  return { input, fileId: toNameToken(input.article) || 'f1', groups: uniqueGroups, fail };
}

function prepareUnit(unit: UnitInput, fail: (message: string) => never): PreparedUnit {
  const id = unit.segment.id;
  if (!isNameToken(id)) fail(`segment id "${id}" is not a valid XML name token`);
  const parse = (message: string, what: string): ContentItem[] => {
    try {
      return messageContent(message);
    } catch (error) {
      if (error instanceof MessageSyntaxError) fail(`segment ${id}: ${what} is not a usable message: ${error.message}`);
      throw error;
    }
  };

  let source: ContentItem[] = [];
  try {
    source = sourceContent(unit.segment, unit.terms);
  } catch (error) {
    if (error instanceof MessageSyntaxError) fail(`segment ${id}: source message is not usable: ${error.message}`);
    throw error;
  }
  const prefilled = !unit.target && unit.prefill === true;
  const target = unit.target ? parse(unit.target, 'target') : prefilled ? parse(unit.segment.message, 'source') : undefined;
  const state = prefilled ? 'initial' : (unit.state ?? (target ? 'translated' : 'initial'));
  if (!target && state !== 'initial') fail(`segment ${id}: state "${state}" needs a target`);

  const candidates = unit.candidates.map((candidate) => {
    if (!(candidate.quality >= 0 && candidate.quality <= 100)) {
      throw new RangeError(`segment ${id}: candidate quality ${candidate.quality} is outside 0–100`);
    }
    return { candidate, source: parse(candidate.source, 'candidate source'), target: parse(candidate.target, 'candidate target') };
  });
  return { id, input: unit, source, ...(target ? { target } : {}), state, prefilled, candidates };
}

/**
 * Makes `value` an XML name token (the type of XLIFF 2.0 ids) by replacing
 * other characters with `_`.
 */
function toNameToken(value: string): string {
  return value.replace(/[^\p{L}\p{M}\p{Nd}._:\-\u00B7]/gu, '_');
}

function uniqueToken(value: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = toNameToken(value) || fallback;
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Whether `value` can be used as an XLIFF 2.0 id. */
export function isNameToken(value: string): boolean {
  return value !== '' && toNameToken(value) === value;
}

/**
 * Throws when `value` holds a character XML 1.0 cannot carry. Used for every
 * string that has no `<cp>` escape hatch (attributes, notes, all of 1.2).
 */
export function requireXmlChars(value: string, where: string, fail: (message: string) => never, advice = ''): string {
  const found = findInvalidXmlChar(value);
  if (found) fail(`${where} contains ${formatCodePoint(found.codePoint)}, a character XML 1.0 cannot carry${advice}`);
  return value;
}
