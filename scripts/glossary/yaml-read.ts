/**
 * Reads the YAML authoring format (documented at the top of
 * glossary/termbase.yaml). Validation is strict — unknown keys, wrong types,
 * bad language codes, duplicate ids, status clashes, context rules that refer
 * to nothing — and every problem of the file is reported in one GlossaryError,
 * each with file, line and column.
 */
import jsYaml from 'js-yaml';
import { Document, LineCounter, parseDocument } from 'yaml';
import type { Position } from '../core/position.js';
import { collectionAliasMessage, firstCollectionAlias, mayHaveAliases, sharesCollections } from '../core/yaml-aliases.js';
import { checkGlossary } from './glossary-check.js';
import { sortByStatus, type Mutable } from './glossary-build.js';
import { ProblemCollector } from './glossary-error.js';
import {
  partsOfSpeech,
  termStatuses,
  type Concept,
  type ContextCondition,
  type ContextRule,
  type ContextSuggestion,
  type CrossReference,
  type Documentation,
  type LanguageDetails,
  type LanguageSettings,
  type ParsedGlossary,
  type PartOfSpeech,
  type Term,
  type TermStatus,
  type Transaction,
} from './model.js';
import { SourcePositions } from './source-positions.js';
import { readBlockYaml } from './yaml-block-read.js';
import { field, isMapNode, isReadItems, isScalarNode, isSeqNode, offsetOf, plainNodes, type MapNode, type PairNode, type YamlNode } from './yaml-nodes.js';

const rootKeys = ['version', 'languages', 'concepts'];
const languageKeys = ['endings'];
/** Keys that TBX-Basic allows on a concept, a language section and a term alike (see `Documentation` in model.ts). */
const documentationKeys = ['sources', 'crossReferences', 'customerSubset', 'projectSubset', 'transactions'];
const conceptKeys = ['id', 'subject', 'definition', 'definitionSource', 'note', ...documentationKeys, 'languageDetails', 'terms'];
const languageDetailKeys = ['definition', 'definitionSource', 'note', ...documentationKeys];
const termDetailKeys = ['termType', 'administrativeStatus', 'example', 'exampleSource', 'grammaticalGender', 'geographicalUsage', 'termLocation'] as const;
const termKeys = ['term', 'forms', 'endings', 'partOfSpeech', 'note', 'context', 'derived', ...termDetailKeys, ...documentationKeys];
/** A derived term (under `derived:` of the term it is formed from) has its own status, its base's by default. */
const derivedTermKeys = ['term', 'status', 'forms', 'endings', 'partOfSpeech', 'note', 'context', ...termDetailKeys, ...documentationKeys];
const crossReferenceKeys = ['type', 'target', 'text'];
const transactionKeys = ['type', 'date', 'responsibility'];
const ruleKeys = ['when', 'unless', 'use', 'note'];
const conditionKeys = ['followedBy', 'precededBy', 'within'];
const useKeys = ['concept', 'term'];

/** Parses and checks a termbase in the YAML format; throws a GlossaryError listing every problem. */
export function parseGlossaryYaml(text: string, fileName: string): ParsedGlossary {
  return readQuickly(text, fileName) ?? readWithPositions(text, fileName);
}

/**
 * The `yaml` package keeps every node's position, which error messages need,
 * but reads only about 2 MB/s. A termbase in block style is read by
 * `readBlockYaml`, and anything else by js-yaml, both many times faster and
 * both without positions, to the same YAML 1.2 core schema; the result goes
 * through the same checks, and at the first problem (or anything js-yaml
 * refuses) the file is read again with positions, so every message still
 * names line and column.
 */
function readQuickly(text: string, fileName: string): ParsedGlossary | undefined {
  // Positions are not recorded: at the first problem the file is read again with them.
  let contents: YamlNode | undefined;
  const quickReader = () => new YamlReader(text, fileName, () => ({ errors: [], contents: contents ?? null }), new UnrecordedPositions());
  let reader = quickReader();
  const streamed = reader;
  contents = readBlockYaml(text, { topKey: 'concepts', read: (item) => streamed.readConcept(item) });
  if (contents === undefined) {
    // A fresh reader: what was read of the concepts before the block reader gave up goes with it.
    contents = loadedByJsYaml(text, fileName);
    if (contents === undefined) return undefined;
    reader = quickReader();
  }
  const glossary = reader.read();
  return reader.problems.problems.length === 0 ? glossary : undefined;
}

/** js-yaml's reading as nodes; undefined where it refuses the file or where the positional reader would. */
function loadedByJsYaml(text: string, fileName: string): YamlNode | undefined {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: fileName });
  } catch {
    return undefined;
  }
  // Refused, with its position, by the positional reader. Walking every node costs time a termbase without aliases need not spend.
  if (mayHaveAliases(text) && sharesCollections(value)) return undefined;
  return plainNodes(value);
}

/** The same, always through the positional parser (slower; what error messages come from). */
export function readWithPositions(text: string, fileName: string): ParsedGlossary {
  const reader = new YamlReader(text, fileName);
  const glossary = reader.read();
  reader.problems.throwIfAny();
  return glossary;
}

interface ParsedYaml {
  readonly errors: readonly { readonly message: string; readonly pos: readonly [number, number] }[];
  readonly contents: YamlNode | null;
}

/** For a read whose result is used only when it found no problem, so no message needs a position. */
class UnrecordedPositions extends SourcePositions {
  override set(): void {}
}

class YamlReader {
  readonly problems: ProblemCollector;
  private readonly lines = new LineCounter();

  constructor(
    private readonly text: string,
    fileName: string,
    private readonly parse: () => ParsedYaml = () => parseDocument(this.text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true }),
    readonly positions = new SourcePositions(),
  ) {
    this.problems = new ProblemCollector(fileName);
  }

  read(): ParsedGlossary {
    const doc = this.parse();
    for (const error of doc.errors) this.problems.add(`YAML syntax: ${firstLine(error.message)}`, this.at(error.pos[0]));
    const empty: ParsedGlossary = { concepts: [], languages: {} };
    if (doc.errors.length > 0) return empty;
    const alias = doc instanceof Document ? firstCollectionAlias(doc) : undefined;
    if (alias !== undefined) {
      this.problems.add(collectionAliasMessage, this.at(alias));
      return empty;
    }
    const root = doc.contents;
    if (!isMapNode(root)) {
      this.problems.add('a termbase must be a mapping with a `concepts` list', root ? this.pos(root) : { line: 1, column: 1 });
      return empty;
    }
    this.checkKeys(root, rootKeys, 'the termbase');
    const version = field(root, 'version');
    if (version !== undefined && !(isScalarNode(version) && version.value === 1)) {
      this.problems.add('version must be 1, the only version of this format', this.pos(version));
    }
    const languages = this.readLanguages(field(root, 'languages'));
    const conceptsNode = field(root, 'concepts');
    const concepts: Concept[] = [];
    if (conceptsNode === undefined) this.problems.add('the termbase has no `concepts` list', this.pos(root));
    else if (!isSeqNode(conceptsNode)) this.problems.add('`concepts` must be a list', this.pos(conceptsNode));
    else if (isReadItems(conceptsNode)) {
      for (const concept of conceptsNode.items as readonly (Concept | undefined)[]) if (concept) concepts.push(concept);
    } else {
      for (const item of conceptsNode.items) {
        const concept = this.readConcept(item as YamlNode);
        if (concept) concepts.push(concept);
      }
    }
    const glossary: ParsedGlossary = { concepts, languages };
    checkGlossary(glossary, this.problems, this.positions);
    return glossary;
  }

  private readLanguages(node: YamlNode | undefined): Record<string, LanguageSettings> {
    const languages: Record<string, LanguageSettings> = {};
    if (node === undefined) return languages;
    if (!isMapNode(node)) {
      this.problems.add('`languages` must map language codes to settings', this.pos(node));
      return languages;
    }
    for (const pair of node.items) {
      const code = this.keyText(pair);
      if (code === undefined) continue;
      const map = this.mapping(pair.value as YamlNode | null, `settings of language '${code}'`, pair);
      if (!map) continue;
      this.checkKeys(map, languageKeys, `settings of language '${code}'`);
      const settings: Mutable<LanguageSettings> = {};
      const endings = this.integer(field(map, 'endings'), 'endings');
      if (endings !== undefined) settings.endings = endings;
      languages[code] = settings;
      this.positions.set(settings, this.pos(pair.key as YamlNode), 'key');
      this.positions.set(settings, this.optionalPos(field(map, 'endings')), 'endings');
    }
    return languages;
  }

  readConcept(node: YamlNode): Concept | undefined {
    const map = this.mapping(node, 'a concept');
    if (!map) return undefined;
    this.checkKeys(map, conceptKeys, 'a concept');
    const idNode = field(map, 'id');
    const id = idNode === undefined ? undefined : this.string(idNode, 'id');
    if (idNode === undefined) this.problems.add('a concept needs an `id`', this.pos(map));
    const concept: Mutable<Concept> = { id: id ?? '', terms: {} };
    this.readTexts(map, ['subject', 'definition', 'definitionSource', 'note'], concept);
    this.readDocumentation(map, concept);
    const detailsNode = field(map, 'languageDetails');
    if (detailsNode !== undefined) concept.languageDetails = this.readLanguageDetails(detailsNode);
    const termsNode = field(map, 'terms');
    const terms: Record<string, readonly Term[]> = {};
    if (termsNode === undefined) this.problems.add(`concept '${concept.id}' has no \`terms\``, this.pos(map));
    else if (!isMapNode(termsNode)) this.problems.add('`terms` must map language codes to terms', this.pos(termsNode));
    else if (termsNode.items.length === 0) this.problems.add(`concept '${concept.id}' lists no terms`, this.pos(termsNode));
    else {
      for (const pair of termsNode.items) {
        const lang = this.keyText(pair);
        if (lang === undefined) continue;
        const list = this.readLanguageTerms(pair, concept.id, lang);
        terms[lang] = list;
        this.positions.set(list, this.pos(pair.key as YamlNode));
      }
    }
    concept.terms = terms;
    if (id === undefined) return undefined;
    this.positions.set(concept, this.pos(map));
    this.positions.set(concept, this.pos(idNode!), 'id');
    return concept;
  }

  private readLanguageTerms(pair: PairNode, conceptId: string, lang: string): Term[] {
    const what = `the ${lang} terms of concept '${conceptId}'`;
    const map = this.mapping(pair.value as YamlNode | null, what, pair);
    if (!map) return [];
    this.checkKeys(map, termStatuses, what);
    const terms: Term[] = [];
    for (const status of termStatuses) {
      const value = field(map, status);
      if (value === undefined) continue;
      const items = isSeqNode(value) ? (value.items as YamlNode[]) : [value];
      if (items.length === 0) this.problems.add(`${what}: \`${status}\` lists no terms`, this.pos(value));
      for (const item of items) {
        const derived: Term[] = [];
        const term = this.readTerm(item, status, derived);
        if (term) terms.push(term, ...derived);
      }
    }
    if (terms.length === 0 && map.items.length === 0) this.problems.add(`${what}: no terms listed`, this.pos(map));
    return sortByStatus(terms);
  }

  /**
   * One term; the derived terms listed under it go to `derivedOut` (a derived
   * term is read with `base` set and may not list derived terms itself).
   */
  private readTerm(node: YamlNode, status: TermStatus, derivedOut: Term[], base?: Term): Term | undefined {
    if (isScalarNode(node)) {
      const text = this.string(node, 'a term');
      if (text === undefined) return undefined;
      const term: Term = { text, status, ...(base ? { derivedFrom: base.text } : {}) };
      this.positions.set(term, this.pos(node));
      return term;
    }
    const map = this.mapping(node, 'a term (text, or a mapping with `term`)');
    if (!map) return undefined;
    this.checkKeys(map, base ? derivedTermKeys : termKeys, base ? `a term derived from '${base.text}'` : 'a term');
    const textNode = field(map, 'term');
    if (textNode === undefined) {
      this.problems.add('a term mapping needs `term`: the term as written', this.pos(map));
      return undefined;
    }
    const text = this.string(textNode, 'term');
    if (text === undefined) return undefined;
    const term: Mutable<Term> = { text, status };
    if (base) {
      term.derivedFrom = base.text;
      const statusNode = field(map, 'status');
      const value = statusNode === undefined ? undefined : this.string(statusNode, 'status');
      if (value !== undefined && (termStatuses as readonly string[]).includes(value)) term.status = value as TermStatus;
      else if (value !== undefined) this.problems.add(`status must be one of ${termStatuses.join(', ')}; not '${value}'`, this.pos(statusNode!));
    }
    const formsNode = field(map, 'forms');
    const forms = formsNode === undefined ? undefined : this.stringList(formsNode, 'forms');
    if (forms) term.forms = forms;
    const endings = this.integer(field(map, 'endings'), 'endings');
    if (endings !== undefined) term.endings = endings;
    const posNode = field(map, 'partOfSpeech');
    if (posNode !== undefined) {
      const value = this.string(posNode, 'partOfSpeech');
      if (value !== undefined && (partsOfSpeech as readonly string[]).includes(value)) term.partOfSpeech = value as PartOfSpeech;
      else if (value !== undefined) this.problems.add(`partOfSpeech must be one of ${partsOfSpeech.join(', ')}; not '${value}'`, this.pos(posNode));
    }
    const noteNode = field(map, 'note');
    const note = noteNode === undefined ? undefined : this.string(noteNode, 'note');
    if (note !== undefined) term.note = note;
    this.readTexts(map, termDetailKeys, term);
    this.readDocumentation(map, term);
    const contextNode = field(map, 'context');
    if (contextNode !== undefined) {
      if (!isSeqNode(contextNode)) this.problems.add('`context` must be a list of rules', this.pos(contextNode));
      else {
        const rules = (contextNode.items as YamlNode[]).map((item) => this.readRule(item)).filter((rule) => rule !== undefined);
        term.context = rules;
      }
    }
    const derivedNode = base ? undefined : field(map, 'derived');
    if (derivedNode !== undefined) {
      const items = isSeqNode(derivedNode) ? (derivedNode.items as YamlNode[]) : [derivedNode];
      if (items.length === 0) this.problems.add(`\`derived\` of '${text}' lists no terms`, this.pos(derivedNode));
      for (const item of items) {
        const derived = this.readTerm(item, status, derivedOut, term);
        if (derived) derivedOut.push(derived);
      }
    }
    this.positions.set(term, this.pos(map));
    this.positions.set(term, this.pos(textNode), 'text');
    this.positions.set(term, this.optionalPos(field(map, 'endings')), 'endings');
    this.positions.set(term, this.optionalPos(formsNode), 'forms');
    if (forms && formsNode) this.setItemPositions(forms, formsNode);
    return term;
  }

  /** Optional text fields, copied to `target` under the same names. */
  private readTexts<K extends string>(map: MapNode, keys: readonly K[], target: Partial<Record<K, string>>): void {
    for (const key of keys) {
      const node = field(map, key);
      const text = node === undefined ? undefined : this.string(node, key);
      if (text !== undefined) target[key] = text;
    }
  }

  private readDocumentation(map: MapNode, target: Mutable<Documentation>): void {
    this.readTexts(map, ['customerSubset', 'projectSubset'], target);
    const sourcesNode = field(map, 'sources');
    const sources = sourcesNode === undefined ? undefined : this.stringList(sourcesNode, 'sources');
    if (sources) target.sources = sources;
    const links = this.typedList<CrossReference>(map, 'crossReferences', crossReferenceKeys, 'a cross-reference', 'crossReference or externalCrossReference');
    if (links) target.crossReferences = links;
    const transactions = this.typedList<Transaction>(map, 'transactions', transactionKeys, 'a transaction', 'origination or modification');
    if (transactions) target.transactions = transactions;
  }

  /** A list of mappings of text fields of which `type` is required (cross-references, transactions). */
  private typedList<T>(map: MapNode, key: string, keys: readonly string[], what: string, typeExample: string): T[] | undefined {
    const node = field(map, key);
    if (node === undefined) return undefined;
    if (!isSeqNode(node)) {
      this.problems.add(`\`${key}\` must be a list of mappings with ${keys.map((k) => `\`${k}\``).join(', ')}`, this.pos(node));
      return undefined;
    }
    const items: T[] = [];
    for (const item of node.items as YamlNode[]) {
      const entry = this.mapping(item, what);
      if (!entry) continue;
      this.checkKeys(entry, keys, what);
      const values: Partial<Record<string, string>> = {};
      this.readTexts(entry, keys, values);
      if (values.type === undefined) this.problems.add(`${what} needs \`type\`, e.g. ${typeExample}`, this.pos(entry));
      else items.push(values as T);
    }
    return items;
  }

  private readLanguageDetails(node: YamlNode): Record<string, LanguageDetails> {
    const result: Record<string, LanguageDetails> = {};
    const map = this.mapping(node, '`languageDetails` (language codes to definition, note, sources)');
    if (!map) return result;
    for (const pair of map.items) {
      const lang = this.keyText(pair);
      if (lang === undefined) continue;
      const what = `the ${lang} language details`;
      const entry = this.mapping(pair.value as YamlNode | null, what, pair);
      if (!entry) continue;
      this.checkKeys(entry, languageDetailKeys, what);
      const details: Mutable<LanguageDetails> = {};
      this.readTexts(entry, ['definition', 'definitionSource', 'note'], details);
      this.readDocumentation(entry, details);
      result[lang] = details;
      this.positions.set(details, this.pos(pair.key as YamlNode));
    }
    return result;
  }

  private readRule(node: YamlNode): ContextRule | undefined {
    const map = this.mapping(node, 'a context rule');
    if (!map) return undefined;
    this.checkKeys(map, ruleKeys, 'a context rule');
    const whenNode = field(map, 'when');
    const useNode = field(map, 'use');
    if (whenNode === undefined) this.problems.add('a context rule needs `when`: the words that make the term wrong', this.pos(map));
    if (useNode === undefined) this.problems.add('a context rule needs `use`: the concept to use instead', this.pos(map));
    const when = whenNode === undefined ? undefined : this.readCondition(whenNode);
    const use = useNode === undefined ? undefined : this.readUse(useNode);
    const unlessNode = field(map, 'unless');
    const unless: ContextCondition[] = [];
    if (unlessNode !== undefined) {
      const items = isSeqNode(unlessNode) ? (unlessNode.items as YamlNode[]) : [unlessNode];
      for (const item of items) {
        const condition = this.readCondition(item);
        if (condition) unless.push(condition);
      }
    }
    if (!when || !use) return undefined;
    const rule: Mutable<ContextRule> = { when, unless, use };
    const noteNode = field(map, 'note');
    const note = noteNode === undefined ? undefined : this.string(noteNode, 'note');
    if (note !== undefined) rule.note = note;
    this.positions.set(rule, this.pos(map));
    return rule;
  }

  private readCondition(node: YamlNode): ContextCondition | undefined {
    const map = this.mapping(node, 'a context condition (`followedBy` or `precededBy`, and `within`)');
    if (!map) return undefined;
    this.checkKeys(map, conditionKeys, 'a context condition');
    const after = field(map, 'followedBy');
    const before = field(map, 'precededBy');
    if ((after === undefined) === (before === undefined)) {
      this.problems.add('a context condition needs exactly one of `followedBy` and `precededBy`', this.pos(map));
      return undefined;
    }
    const wordsNode = (after ?? before)!;
    const words = this.stringList(wordsNode, after ? 'followedBy' : 'precededBy');
    if (!words) return undefined;
    const withinNode = field(map, 'within');
    const within = this.integer(withinNode, 'within') ?? 1;
    const condition: ContextCondition = { side: after ? 'after' : 'before', within, words };
    this.positions.set(condition, this.pos(map));
    this.positions.set(condition, this.optionalPos(withinNode), 'within');
    this.setItemPositions(words, wordsNode);
    return condition;
  }

  private readUse(node: YamlNode): ContextSuggestion | undefined {
    if (isScalarNode(node)) {
      const conceptId = this.string(node, 'use');
      if (conceptId === undefined) return undefined;
      const use: ContextSuggestion = { conceptId };
      this.positions.set(use, this.pos(node));
      return use;
    }
    const map = this.mapping(node, '`use` (a concept id, or a mapping with `concept` and `term`)');
    if (!map) return undefined;
    this.checkKeys(map, useKeys, '`use`');
    const conceptNode = field(map, 'concept');
    if (conceptNode === undefined) {
      this.problems.add('`use` needs `concept`', this.pos(map));
      return undefined;
    }
    const conceptId = this.string(conceptNode, 'concept');
    if (conceptId === undefined) return undefined;
    const use: Mutable<ContextSuggestion> = { conceptId };
    const termNode = field(map, 'term');
    const term = termNode === undefined ? undefined : this.string(termNode, 'term');
    if (term !== undefined) use.term = term;
    this.positions.set(use, this.pos(map));
    this.positions.set(use, this.pos(conceptNode), 'concept');
    this.positions.set(use, this.optionalPos(termNode), 'term');
    return use;
  }

  private mapping(node: YamlNode | null | undefined, what: string, pair?: PairNode): MapNode | undefined {
    if (node && isMapNode(node)) return node;
    const position = node ? this.pos(node) : pair ? this.pos(pair.key as YamlNode) : undefined;
    this.problems.add(`${what} must be a mapping`, position);
    return undefined;
  }

  private checkKeys(map: MapNode, allowed: readonly string[], what: string): void {
    for (const pair of map.items) {
      const key = pair.key as YamlNode;
      const name = isScalarNode(key) ? String(key.value) : undefined;
      if (name === undefined || !allowed.includes(name)) {
        this.problems.add(`unknown key '${name ?? '?'}' in ${what}; expected ${allowed.map((k) => `'${k}'`).join(', ')}`, this.pos(key));
      }
    }
  }

  private keyText(pair: PairNode): string | undefined {
    const key = pair.key as YamlNode;
    if (isScalarNode(key) && typeof key.value === 'string') return key.value;
    this.problems.add('expected a language code as key', this.pos(key));
    return undefined;
  }

  private string(node: YamlNode, what: string): string | undefined {
    if (isScalarNode(node) && typeof node.value === 'string') return node.value;
    const found = isScalarNode(node) ? (node.value === null ? 'nothing' : typeof node.value) : isSeqNode(node) ? 'a list' : 'a mapping';
    this.problems.add(`${what} must be text, found ${found}${isScalarNode(node) && node.value !== null ? ' (quote it)' : ''}`, this.pos(node));
    return undefined;
  }

  private stringList(node: YamlNode, what: string): string[] | undefined {
    const items = isSeqNode(node) ? (node.items as YamlNode[]) : [node];
    const values: string[] = [];
    for (const item of items) {
      const value = this.string(item, `an item of ${what}`);
      if (value === undefined) return undefined;
      values.push(value);
    }
    return values;
  }

  private integer(node: YamlNode | undefined, what: string): number | undefined {
    if (node === undefined) return undefined;
    if (isScalarNode(node) && typeof node.value === 'number' && Number.isInteger(node.value)) return node.value;
    this.problems.add(`${what} must be a whole number`, this.pos(node));
    return undefined;
  }

  private setItemPositions(values: readonly string[], node: YamlNode): void {
    const items = isSeqNode(node) ? (node.items as YamlNode[]) : [node];
    items.forEach((item, index) => this.positions.set(values, this.pos(item), index));
  }

  private optionalPos(node: YamlNode | undefined): Position | undefined {
    return node === undefined ? undefined : this.pos(node);
  }

  private pos(node: YamlNode): Position {
    return this.at(offsetOf(node));
  }

  private at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/u, '');
}
