import { crc32 } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { languageBehaviour } from './language-defaults.js';
import type { Concept, ContextCondition, ContextRule, Glossary, Term, TermStatus } from './model.js';
import { literalPattern, parsePattern, patternStemText, type ParsedPattern, type PatternPart } from './pattern.js';
import { PatternTrie, type TrieMatch } from './pattern-trie.js';
import { preserveCase } from './preserve-case.js';
import { conceptIdAt, findConcept, preferredTerm, termsIn } from './term-lookup.js';
import { APOSTROPHE, HYPHEN, JOINER, LETTER, MARK, SPACE, SURROGATE, foldingFor, type Folding } from './text-fold.js';

/** A glossary term found in a text. Offsets are UTF-16 offsets into that text. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly conceptId: string;
  /** The glossary term that matched (not the text, which may be an inflected form). */
  readonly term: Term;
  readonly status: TermStatus;
  /** Folded length of the stem before the final `~` of the pattern that matched, when it ended in one. */
  readonly stemLength?: number;
}

/** A term used where one of its context rules says another concept is meant. */
export interface ContextViolation {
  readonly start: number;
  readonly end: number;
  readonly conceptId: string;
  readonly rule: ContextRule;
  /** Replacement for text[start, end): the suggested term, with the replaced word's ending and letter case. */
  readonly suggestion: string;
}

export interface TermMatcher {
  readonly lang: string;
  /** Glossary terms in `text`: non-overlapping, the longest match at each position, sorted by start. */
  find(text: string): TermMatch[];
  /** Terms in `text` that their context rules flag, sorted by start. */
  contextViolations(text: string): ContextViolation[];
  /**
   * The text that puts `replacement` (a term of this language) where `match`
   * stands, keeping letter case: the term itself when the match is the
   * matched term's own spelling; when both are derived terms written as single
   * `stem~` words (adjectives of one type decline alike), its stem with the
   * found word's ending (алма-атинского → алматинского). Undefined when the
   * form needs a person to choose it (a name's case ending).
   */
  rewrite(text: string, match: TermMatch, replacement: Term): string | undefined;
}

interface TermEntry {
  readonly concept: Concept;
  readonly term: Term;
  readonly rules: readonly CompiledRule[];
}

interface CompiledRule {
  readonly rule: ContextRule;
  readonly when: CompiledCondition;
  readonly unless: readonly CompiledCondition[];
  readonly suggestion: string;
  /** The suggested term's stem when it is a single `stem~` word: the replaced word's ending is carried over. */
  readonly suggestionStem: string | undefined;
}

interface CompiledCondition {
  readonly side: 'before' | 'after';
  readonly within: number;
  readonly cues: PatternTrie<true>;
}

/** Classes that separate the parts a stem can belong to. */
const separators = new Set([SPACE, HYPHEN]);

/**
 * Characters at which a context window stops: the cue must stand in the same
 * clause ("the Kazakh steppe, police said" says nothing about the steppe).
 */
const sentenceStops = new Set(['.', '!', '?', ';', '…', ',']);

/**
 * Builds the matcher for one language of a glossary. All patterns of the
 * language go into one trie, so `find` costs about the same for 100 concepts
 * as for 20,000; building is linear in the glossary size.
 *
 * Throws an InputError when a pattern or a context rule of that language is
 * invalid (glossaries read by the parsers have been checked already).
 */
export function compileMatcher(glossary: Glossary, lang: string): TermMatcher {
  return new GlossaryMatcher(glossary, lang);
}

/**
 * The compiled form of a matcher as a block of integers in pieces, for a
 * cache that writes them one after another; read back, joined, by
 * `restoreMatcher` with the same glossary. They hold which term of
 * which concept each entry is, so restoring makes no concept until a match
 * needs it. Undefined for a matcher this module did not compile.
 */
export function matcherTables(matcher: TermMatcher): Int32Array[] | undefined {
  return matcher instanceof GlossaryMatcher ? matcher.tables() : undefined;
}

/**
 * The matcher `matcherTables` described, for the same glossary and language,
 * without parsing a pattern or building the trie again. Throws a TypeError
 * when the tables do not fit the glossary (a damaged or foreign cache entry).
 */
export function restoreMatcher(glossary: Glossary, lang: string, tables: Int32Array): TermMatcher {
  return new GlossaryMatcher(glossary, lang, tables);
}

const noRules: readonly CompiledRule[] = [];

/** Marks a matcher's tables, ahead of the header below. */
const MATCHER_MAGIC = 0x544d4133;

/** Magic number, fingerprint, concept count, entry count, whether any term has context rules, checksum of the entry lists. */
const HEADER_LENGTH = 6;

class GlossaryMatcher implements TermMatcher {
  private readonly folding: Folding;
  /** Trie values are entry numbers: the language's terms, counted concept by concept. */
  private readonly trie: PatternTrie<number>;
  private readonly endings: number;
  private hasRules = false;
  /**
   * Concept and term number of each entry; an entry is made when a match
   * needs it, from the glossary's concept, and not kept (the concept list
   * decides how many concepts stay made), except for the compiled context
   * rules of its term.
   */
  private readonly entryConcept: ArrayLike<number>;
  private readonly entryTerm: ArrayLike<number>;
  private readonly compiledRules = new Map<number, readonly CompiledRule[]>();

  constructor(
    private readonly glossary: Glossary,
    readonly lang: string,
    tables?: Int32Array,
  ) {
    const behaviour = languageBehaviour(lang, glossary);
    this.folding = foldingFor(behaviour);
    this.endings = behaviour.endings;
    if (tables) {
      const { entryConcept, entryTerm, hasRules, trie } = this.restore(tables);
      [this.entryConcept, this.entryTerm, this.hasRules, this.trie] = [entryConcept, entryTerm, hasRules, trie];
      return;
    }
    const entryConcept: number[] = [];
    const entryTerm: number[] = [];
    let conceptIndex = 0;
    for (const concept of glossary.concepts) {
      termsIn(concept, lang).forEach((term, termIndex) => {
        entryConcept.push(conceptIndex);
        entryTerm.push(termIndex);
        if (term.context !== undefined && term.context.length > 0) this.hasRules = true;
      });
      conceptIndex++;
    }
    [this.entryConcept, this.entryTerm] = [entryConcept, entryTerm];
    // Compiling every entry now reports a broken pattern or rule before any text is read.
    this.trie = new PatternTrie(this.folding);
    for (let index = 0; index < entryConcept.length; index++) {
      const { term, concept } = this.entry(index);
      for (const parts of this.patternsOf(term, concept)) this.trie.add(parts, term.endings ?? this.endings, index);
    }
  }

  /** The tables in pieces: the header with the entry lists, then the trie's. */
  tables(): Int32Array[] {
    const trie = this.trie.tables((index) => index);
    const entryCount = this.entryConcept.length;
    const head = new Int32Array(HEADER_LENGTH + 2 * entryCount);
    head.set(this.entryConcept, HEADER_LENGTH);
    head.set(this.entryTerm, HEADER_LENGTH + entryCount);
    const entryLists = head.subarray(HEADER_LENGTH);
    head.set([MATCHER_MAGIC, fingerprint(this.glossary, this.lang), this.glossary.concepts.length, entryCount, this.hasRules ? 1 : 0, checksum(entryLists)]);
    return [head, ...trie];
  }

  /**
   * Reads `tables()` back, checking that they were made for this glossary
   * and language, and the entry lists against their checksum: whether
   * concept N has a term M is known only once the concept is made, so a
   * damaged list would otherwise surface in the middle of a check. The trie
   * is checked as it is read.
   */
  private restore(tables: Int32Array): { entryConcept: Int32Array; entryTerm: Int32Array; hasRules: boolean; trie: PatternTrie<number> } {
    const misfit = (what: string) => new TypeError(`compiled ${this.lang} matcher ${what}`);
    const conceptCount = this.glossary.concepts.length;
    if (tables.length < HEADER_LENGTH || tables[0] !== MATCHER_MAGIC) throw misfit('is not one');
    if (tables[1] !== fingerprint(this.glossary, this.lang) || tables[2] !== conceptCount) throw misfit('does not fit the glossary');
    const entryCount = tables[3]!;
    if (entryCount < 0 || HEADER_LENGTH + 2 * entryCount > tables.length || (tables[4] !== 0 && tables[4] !== 1)) throw misfit('has a damaged header');
    if (tables[5] !== checksum(tables.subarray(HEADER_LENGTH, HEADER_LENGTH + 2 * entryCount))) throw misfit('has damaged entry lists');
    const entryConcept = tables.subarray(HEADER_LENGTH, HEADER_LENGTH + entryCount);
    const entryTerm = tables.subarray(HEADER_LENGTH + entryCount, HEADER_LENGTH + 2 * entryCount);
    for (let index = 0; index < entryCount; index++) {
      const concept = entryConcept[index]!;
      if (concept < 0 || concept >= conceptCount || (index > 0 && concept < entryConcept[index - 1]!)) throw misfit('names concepts out of order');
    }
    const trie = PatternTrie.restore(this.folding, tables.subarray(HEADER_LENGTH + 2 * entryCount), (code) => {
      if (code < 0 || code >= entryCount) throw misfit('names an entry the glossary does not have');
      return code;
    });
    return { entryConcept, entryTerm, hasRules: tables[4] === 1, trie };
  }

  private entry(index: number): TermEntry {
    const concept = this.glossary.concepts.at(this.entryConcept[index]!)!;
    const term = termsIn(concept, this.lang)[this.entryTerm[index]!];
    // Tables are read back only for the glossary they were written for (the cache names them after its content).
    if (!term) throw new TypeError(`compiled ${this.lang} matcher names term ${this.entryTerm[index]! + 1} of concept '${concept.id}', which has fewer`);
    if (term.context === undefined || term.context.length === 0) return { concept, term, rules: noRules };
    let rules = this.compiledRules.get(index);
    if (rules === undefined) {
      rules = term.context.map((rule) => this.compileRule(concept, term, rule));
      this.compiledRules.set(index, rules);
    }
    return { concept, term, rules };
  }

  find(text: string): TermMatch[] {
    return this.findEntries(text).map(({ start, end, accepted }) => {
      const { concept, term } = this.entry(accepted.value);
      return {
        start,
        end,
        conceptId: concept.id,
        term,
        status: term.status,
        ...(accepted.finalStemLength === undefined ? {} : { stemLength: accepted.finalStemLength }),
      };
    });
  }

  rewrite(text: string, match: TermMatch, replacement: Term): string | undefined {
    const found = text.slice(match.start, match.end);
    if (found.toLocaleLowerCase(this.lang) === match.term.text.toLocaleLowerCase(this.lang)) return preserveCase(replacement.text, found, this.lang);
    if (match.term.derivedFrom === undefined || replacement.derivedFrom === undefined) return undefined;
    const concept = findConcept(this.glossary, match.conceptId);
    const stem = concept && this.singleStem(replacement, concept);
    if (stem === undefined || match.stemLength === undefined) return undefined;
    return preserveCase(stem + this.ending(text, match.start, match.end, match.stemLength), found, this.lang);
  }

  /** The letters after a stem of `stemLength` folded units in the last word (or hyphenated part) of text[start, end). */
  private ending(text: string, start: number, end: number, stemLength: number): string {
    let wordStart = end;
    while (wordStart > start && !separators.has(this.folding.classes[text.charCodeAt(wordStart - 1)]!)) wordStart--;
    let endingStart = wordStart;
    while (endingStart < end && this.trie.foldedLength(text, wordStart, endingStart) < stemLength) endingStart++;
    return text.slice(endingStart, end);
  }

  contextViolations(text: string): ContextViolation[] {
    const violations: ContextViolation[] = [];
    if (!this.hasRules) return violations;
    for (const match of this.findEntries(text)) {
      const entry = this.entry(match.accepted.value);
      for (const compiled of entry.rules) {
        if (!this.holds(compiled.when, text, match)) continue;
        if (compiled.unless.some((condition) => this.holds(condition, text, match))) continue;
        violations.push({
          start: match.start,
          end: match.end,
          conceptId: entry.concept.id,
          rule: compiled.rule,
          suggestion: this.suggest(compiled, text, match),
        });
        break;
      }
    }
    return violations;
  }

  private lastText: string | undefined;
  private lastEntries: TrieMatch<number>[] = [];

  /** The trie's matches in `text`; `find` and `contextViolations` of one text walk it once. */
  private findEntries(text: string): TrieMatch<number>[] {
    if (text !== this.lastText) {
      this.lastEntries = this.walk(text);
      this.lastText = text;
    }
    return this.lastEntries;
  }

  private walk(text: string): TrieMatch<number>[] {
    const matches: TrieMatch<number>[] = [];
    const classes = this.folding.classes;
    const length = text.length;
    let previousIsWord = false;
    let index = 0;
    while (index < length) {
      const cls = classes[text.charCodeAt(index)]!;
      const isWord =
        cls === LETTER || cls === MARK || cls === JOINER || ((cls === SURROGATE || cls === APOSTROPHE) && this.folding.isWordAt(text, index));
      if (isWord && !previousIsWord) {
        const match = this.trie.matchAt(text, index);
        if (match) {
          matches.push(match);
          index = match.end;
          previousIsWord = this.folding.isWordAt(text, index - 1);
          continue;
        }
      }
      previousIsWord = isWord;
      index++;
    }
    return matches;
  }

  private holds(condition: CompiledCondition, text: string, match: TrieMatch<number>): boolean {
    const folding = this.folding;
    if (condition.side === 'after') {
      let index = match.end;
      for (let words = 0; words < condition.within; words++) {
        while (index < text.length && !folding.isWordAt(text, index)) {
          if (sentenceStops.has(text[index]!)) return false;
          index++;
        }
        if (index >= text.length) return false;
        if (condition.cues.matchAt(text, index)) return true;
        while (index < text.length && folding.isWordAt(text, index)) index++;
      }
      return false;
    }
    let index = match.start;
    for (let words = 0; words < condition.within; words++) {
      while (index > 0 && !folding.isWordAt(text, index - 1)) {
        if (sentenceStops.has(text[index - 1]!)) return false;
        index--;
      }
      if (index <= 0) return false;
      while (index > 0 && folding.isWordAt(text, index - 1)) index--;
      const cue = condition.cues.matchAt(text, index);
      if (cue && cue.end <= match.start) return true;
    }
    return false;
  }

  private suggest(compiled: CompiledRule, text: string, match: TrieMatch<number>): string {
    const original = text.slice(match.start, match.end);
    const stemLength = match.accepted.finalStemLength;
    let suggestion = compiled.suggestion;
    if (compiled.suggestionStem !== undefined && stemLength !== undefined) {
      suggestion = compiled.suggestionStem + this.ending(text, match.start, match.end, stemLength);
    }
    return preserveCase(suggestion, original, this.lang);
  }

  private compileRule(concept: Concept, term: Term, rule: ContextRule): CompiledRule {
    const where = `concept '${concept.id}', ${this.lang} term '${term.text}'`;
    const target = findConcept(this.glossary, rule.use.conceptId);
    if (!target) throw new InputError(`${where}: context rule refers to unknown concept '${rule.use.conceptId}'`);
    const suggested = rule.use.term === undefined ? preferredTerm(target, this.lang) : termsIn(target, this.lang).find((t) => t.text === rule.use.term);
    if (!suggested) {
      throw new InputError(
        rule.use.term === undefined
          ? `${where}: concept '${target.id}' has no preferred ${this.lang} term to suggest`
          : `${where}: concept '${target.id}' has no ${this.lang} term '${rule.use.term}'`,
      );
    }
    return {
      rule,
      when: this.compileCondition(rule.when, concept, term),
      unless: rule.unless.map((condition) => this.compileCondition(condition, concept, term)),
      suggestion: suggested.text,
      suggestionStem: this.singleStem(suggested, concept),
    };
  }

  private compileCondition(condition: ContextCondition, concept: Concept, term: Term): CompiledCondition {
    const cues = new PatternTrie<true>(this.folding);
    for (const word of condition.words) cues.add(this.parse(word, true, concept, term), this.endings, true);
    return { side: condition.side, within: condition.within, cues };
  }

  private singleStem(term: Term, concept: Concept): string | undefined {
    for (const parts of this.patternsOf(term, concept)) {
      const last = parts.at(-1);
      if (last?.kind === 'ending' && parts.every((part) => part.kind === 'text' || part.kind === 'ending')) return patternStemText(parts);
    }
    return undefined;
  }

  /** The term's patterns: its forms, or its text taken literally. */
  private patternsOf(term: Term, concept: Concept): (readonly PatternPart[])[] {
    if (!term.forms) return [this.parsed(literalPattern(term.text), concept, term)];
    return term.forms.map((pattern) => this.parse(pattern, false, concept, term));
  }

  private parse(pattern: string, allowLeadingAny: boolean, concept: Concept, term: Term): readonly PatternPart[] {
    return this.parsed(parsePattern(pattern, { allowLeadingAny }), concept, term);
  }

  private parsed(parsed: ParsedPattern, concept: Concept, term: Term): readonly PatternPart[] {
    if (!parsed.ok) throw new InputError(`concept '${concept.id}', ${this.lang} term '${term.text}': ${parsed.reason}`);
    return parsed.parts;
  }
}

/**
 * FNV-1a of the language and every concept id in order: tables written for
 * another glossary or language are refused before any concept is made.
 */
function fingerprint(glossary: Glossary, lang: string): number {
  let hash = fnv(conceptIdsHash(glossary), lang);
  hash = Math.imul(hash ^ 0xffff, 0x01000193);
  return hash | 0;
}

/** FNV-1a of every concept id, each followed by 0xFFFF; one per glossary, however many languages' matchers it checks. */
const idsHashes = new WeakMap<Glossary, number>();

function conceptIdsHash(glossary: Glossary): number {
  let hash = idsHashes.get(glossary);
  if (hash === undefined) {
    hash = 0x811c9dc5;
    for (let index = 0; index < glossary.concepts.length; index++) hash = Math.imul(fnv(hash, conceptIdAt(glossary.concepts, index)!) ^ 0xffff, 0x01000193);
    idsHashes.set(glossary, hash);
  }
  return hash;
}

function fnv(hash: number, text: string): number {
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

/** CRC-32 of a table's bytes, which tells any change of a single number. */
function checksum(table: Int32Array): number {
  return crc32(new Uint8Array(table.buffer, table.byteOffset, table.byteLength)) | 0;
}
