/**
 * The termbase model, concept-oriented as in TBX: a concept is one meaning
 * ("the city of Almaty"), and each language lists the terms that name it with
 * a status saying whether editors should use them.
 *
 * Every type is plain readonly data: parsers build it, the matcher and the
 * writers only read it, and two glossaries can be compared with deep equality.
 * The one exception is a concept list read back from the content cache
 * (`ConceptsOnDemand`), which makes a concept when it is asked for and keeps
 * the few thousand made last.
 */
import type { TermStatus } from '../core/segment.js';

export type { TermStatus };

/** The statuses in the order they are listed: preferred first, deprecated last. */
export const termStatuses: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated'];

/** Parts of speech as TBX-Basic names them. */
export type PartOfSpeech = 'noun' | 'properNoun' | 'adjective' | 'verb' | 'adverb' | 'other';

export const partsOfSpeech: readonly PartOfSpeech[] = ['noun', 'properNoun', 'adjective', 'verb', 'adverb', 'other'];

/**
 * The concepts of a glossary in file order. Parsers give an array; read
 * back from the cache, a list whose concepts are parsed when used, since
 * a check meets a few hundred of a large termbase's concepts.
 */
export interface ConceptList extends Iterable<Concept> {
  readonly length: number;
  at(index: number): Concept | undefined;
}

export interface Glossary {
  readonly concepts: ConceptList;
  /** Matching settings per language code; languages not listed use built-in defaults. */
  readonly languages: Readonly<Record<string, LanguageSettings>>;
}

/** A glossary as a parser gives it, every concept made. */
export interface ParsedGlossary extends Glossary {
  readonly concepts: readonly Concept[];
}

export interface LanguageSettings {
  /** Default K of `stem~` patterns: how many word letters may follow a stem. */
  readonly endings?: number;
}

export interface Concept extends DefinedEntry {
  /** Stable id, usable as an XML ID: a letter or `_` first, then letters, digits, `_`, `.`, `-`. */
  readonly id: string;
  /** Subject field, e.g. `geography`, `person`. */
  readonly subject?: string;
  readonly definition?: string;
  /** A note for translators about the concept as a whole. */
  readonly note?: string;
  /** Terms per BCP 47 language code, preferred terms first. */
  readonly terms: Readonly<Record<string, readonly Term[]>>;
  /** What a termbase says about the concept in one language (a TBX langSec's definition and notes), per language code. */
  readonly languageDetails?: Readonly<Record<string, LanguageDetails>>;
}

/**
 * What TBX-Basic can record at every level (concept, language, term) besides
 * the terms themselves, kept so that TBX → YAML → TBX loses nothing.
 */
export interface Documentation {
  /** Sources of the entry itself (TBX `source` not attached to a definition or context). */
  readonly sources?: readonly string[];
  readonly crossReferences?: readonly CrossReference[];
  /** TBX `customerSubset`: the customer whose terminology this is. */
  readonly customerSubset?: string;
  /** TBX `projectSubset`: the project this belongs to. */
  readonly projectSubset?: string;
  /** The entry's history (TBX transacGrp): created or changed, when, by whom. */
  readonly transactions?: readonly Transaction[];
}

export interface Transaction {
  /** TBX `transactionType`: `origination` or `modification`. */
  readonly type: string;
  /** As the file writes it, usually an ISO 8601 date. */
  readonly date?: string;
  /** TBX `responsibility`: who made the change. */
  readonly responsibility?: string;
}

/** A concept or language section, which TBX-Basic lets carry a definition with its source. */
export interface DefinedEntry extends Documentation {
  /** Where the definition was taken from (TBX: a `source` beside the definition in its descripGrp). */
  readonly definitionSource?: string;
}

export interface LanguageDetails extends DefinedEntry {
  readonly definition?: string;
  readonly note?: string;
}

/** A link from an entry to another entry (TBX `crossReference`) or to a resource outside the termbase (`externalCrossReference`, `xGraphic`). */
export interface CrossReference {
  /** The TBX data category, e.g. `crossReference`, `externalCrossReference`, `xGraphic`. */
  readonly type: string;
  /** An entry id, or a URL. */
  readonly target?: string;
  /** The text shown for the link. */
  readonly text?: string;
}

/** TBX-Basic term information that Glossa does not use for matching but keeps for the round trip. */
export interface TermDetails extends Documentation {
  /** TBX `termType`, e.g. `fullForm`, `acronym`, `abbreviation`, `variant`. */
  readonly termType?: string;
  /** The TBX-Basic status value when it says more than `status`: `supersededTerm-admn-sts` (a deprecated term). */
  readonly administrativeStatus?: string;
  /** TBX `context`: a sentence that shows the term in use. */
  readonly example?: string;
  readonly exampleSource?: string;
  readonly grammaticalGender?: string;
  readonly geographicalUsage?: string;
  readonly termLocation?: string;
}

export interface Term extends TermDetails {
  /** The term as it is written in its base form. */
  readonly text: string;
  readonly status: TermStatus;
  readonly partOfSpeech?: PartOfSpeech;
  /** What a translator needs to know: when to use this term, or why not to. */
  readonly note?: string;
  /**
   * Patterns that find the term in running text, inflected forms included.
   * When absent the term's own text is the only pattern. Syntax (see
   * `pattern.ts`): words separated by spaces; `stem~` is the stem plus at most
   * K word letters (K from `~N`, else `endings`, else the language default);
   * `*` is any number of word letters inside one word.
   */
  readonly forms?: readonly string[];
  /** K for this term's `stem~` patterns, overriding the language default. */
  readonly endings?: number;
  /** Situations in which this term is the wrong choice. */
  readonly context?: readonly ContextRule[];
  /**
   * Set on a derived term (an adjective or demonym formed from a name:
   * киевский from Киев, Kyjiwer from Kyjiw): the text of the term of the
   * same concept and language it is formed from, itself not a derived term.
   * A derived term has its own status; it names the concept like any other
   * term, and replaces or is replaced only by derived terms of the same part
   * of speech.
   */
  readonly derivedFrom?: string;
}

/**
 * "This term is wrong when followed (or preceded) within N words by one of
 * these words; use that concept instead" — unless an exception applies.
 */
export interface ContextRule {
  readonly when: ContextCondition;
  /** The rule does not apply when any of these conditions holds. */
  readonly unless: readonly ContextCondition[];
  readonly use: ContextSuggestion;
  readonly note?: string;
}

export interface ContextCondition {
  /** `after`: the cue follows the term; `before`: the cue precedes it. */
  readonly side: 'before' | 'after';
  /** The cue must start within this many words of the term (1 = the adjacent word). */
  readonly within: number;
  /** Cue patterns, in the same syntax as `Term.forms`. */
  readonly words: readonly string[];
}

export interface ContextSuggestion {
  readonly conceptId: string;
  /** A term of that concept in the same language; its preferred term when absent. */
  readonly term?: string;
}
