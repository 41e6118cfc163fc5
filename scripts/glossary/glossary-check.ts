/**
 * The rules every glossary must satisfy, whatever format it was read from.
 * Parsers check syntax and types; this checks meaning: ids, language codes,
 * patterns, status clashes and what context rules refer to.
 */
import type { Position } from '../core/position.js';
import type { ProblemCollector } from './glossary-error.js';
import { checkLanguageCode } from './language-code.js';
import { languageBehaviour } from './language-defaults.js';
import type { Concept, ContextCondition, ContextRule, Glossary, Term } from './model.js';
import { literalPattern, maxEndings, parsePattern } from './pattern.js';
import type { SourcePositions } from './source-positions.js';
import { preferredTerm, termsIn } from './term-lookup.js';
import { foldingFor, type Folding } from './text-fold.js';

/** Concept ids double as XML IDs in TBX, so they must be XML names (ASCII subset). */
export const conceptIdPattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/u;

export function checkGlossary(glossary: Glossary, problems: ProblemCollector, positions: SourcePositions): void {
  for (const [lang, settings] of Object.entries(glossary.languages)) {
    checkLanguage(lang, problems, positions.get(settings, 'key'));
    if (settings.endings !== undefined) checkEndings(settings.endings, problems, positions.get(settings, 'endings'));
  }

  const firstById = new Map<string, Concept>();
  for (const concept of glossary.concepts) {
    if (!conceptIdPattern.test(concept.id)) {
      problems.add(
        `concept id '${concept.id}' must start with a letter or '_' and contain only ASCII letters, digits, '_', '.' and '-'`,
        positions.get(concept, 'id'),
      );
    }
    const first = firstById.get(concept.id);
    if (first) {
      const line = positions.get(first, 'id')?.line;
      problems.add(`concept id '${concept.id}' is used twice${line === undefined ? '' : ` (first on line ${line})`}`, positions.get(concept, 'id'));
    } else {
      firstById.set(concept.id, concept);
    }
    for (const [lang, terms] of Object.entries(concept.terms)) {
      checkLanguage(lang, problems, positions.get(terms));
      for (const term of terms) {
        checkTerm(concept, lang, term, problems, positions);
        if (term.derivedFrom !== undefined) checkDerivation(concept, lang, term, problems, positions);
      }
    }
    for (const [lang, details] of Object.entries(concept.languageDetails ?? {})) checkLanguage(lang, problems, positions.get(details));
  }

  for (const concept of glossary.concepts) {
    for (const [lang, terms] of Object.entries(concept.terms)) {
      for (const term of terms) {
        for (const rule of term.context ?? []) checkRuleTarget(glossary, firstById, concept, lang, rule, problems, positions);
      }
    }
  }
  checkStatusClashes(glossary, problems, positions);
}

function checkLanguage(lang: string, problems: ProblemCollector, position: Position | undefined): void {
  const check = checkLanguageCode(lang);
  if (!check.ok) problems.add(check.reason, position);
  else if (check.canonical !== lang) problems.add(`language code '${lang}' should be written '${check.canonical}'`, position);
}

function checkEndings(endings: number, problems: ProblemCollector, position: Position | undefined): void {
  if (!Number.isInteger(endings) || endings < 0 || endings > maxEndings) {
    problems.add(`endings must be a whole number from 0 to ${maxEndings}, not ${endings}`, position);
  }
}

function checkTerm(concept: Concept, lang: string, term: Term, problems: ProblemCollector, positions: SourcePositions): void {
  const where = () => `concept '${concept.id}', ${lang} term '${term.text}'`;
  if (term.text.trim() === '') problems.add(`concept '${concept.id}': a ${lang} term is empty`, positions.get(term, 'text'));
  if (term.endings !== undefined) checkEndings(term.endings, problems, positions.get(term, 'endings'));
  if (term.forms) {
    for (const [index, pattern] of term.forms.entries()) {
      const parsed = parsePattern(pattern, { allowLeadingAny: false });
      if (!parsed.ok) problems.add(`${where()}: ${parsed.reason}`, positions.get(term.forms, index));
    }
  } else if (term.text.trim() !== '') {
    const parsed = literalPattern(term.text);
    if (!parsed.ok) problems.add(`${where()}: ${parsed.reason}`, positions.get(term, 'text'));
  }
  if (term.forms?.length === 0) problems.add(`${where()}: forms must list at least one pattern`, positions.get(term, 'forms'));
  for (const rule of term.context ?? []) {
    for (const condition of [rule.when, ...rule.unless]) checkCondition(where(), condition, problems, positions);
  }
}

/** A derived term names the term it is formed from: a term of the same concept and language that is not derived itself. */
function checkDerivation(concept: Concept, lang: string, term: Term, problems: ProblemCollector, positions: SourcePositions): void {
  const where = `concept '${concept.id}', ${lang} term '${term.text}'`;
  const base = termsIn(concept, lang).find((candidate) => candidate.text === term.derivedFrom);
  const position = positions.get(term, 'derivedFrom') ?? positions.get(term, 'text');
  if (!base) {
    const names = termsIn(concept, lang)
      .filter((candidate) => candidate.derivedFrom === undefined)
      .map((candidate) => `'${candidate.text}'`);
    problems.add(`${where} is derived from '${term.derivedFrom}', which is not a ${lang} term of this concept (its terms: ${names.join(', ') || 'none'})`, position);
  } else if (base === term || base.derivedFrom !== undefined) {
    problems.add(`${where} must be derived from a name of the concept, not from ${base === term ? 'itself' : `the derived term '${base.text}'`}`, position);
  }
}

function checkCondition(where: string, condition: ContextCondition, problems: ProblemCollector, positions: SourcePositions): void {
  if (!Number.isInteger(condition.within) || condition.within < 1) {
    problems.add(`${where}: 'within' must be a whole number of words, at least 1`, positions.get(condition, 'within'));
  }
  if (condition.words.length === 0) problems.add(`${where}: a context condition needs at least one word`, positions.get(condition));
  for (const [index, word] of condition.words.entries()) {
    const parsed = parsePattern(word, { allowLeadingAny: true });
    if (!parsed.ok) problems.add(`${where}: ${parsed.reason}`, positions.get(condition.words, index));
  }
}

function checkRuleTarget(
  glossary: Glossary,
  byId: ReadonlyMap<string, Concept>,
  concept: Concept,
  lang: string,
  rule: ContextRule,
  problems: ProblemCollector,
  positions: SourcePositions,
): void {
  const where = `concept '${concept.id}', ${lang} context rule`;
  const position = positions.get(rule.use);
  const target = byId.get(rule.use.conceptId);
  if (!target) {
    const known = glossary.concepts.length > 0 ? '' : ' (the glossary has no concepts)';
    problems.add(`${where} refers to unknown concept '${rule.use.conceptId}'${known}`, positions.get(rule.use, 'concept'));
    return;
  }
  if (rule.use.term !== undefined) {
    if (!termsIn(target, lang).some((term) => term.text === rule.use.term)) {
      problems.add(`${where} refers to term '${rule.use.term}', which concept '${target.id}' does not have in ${lang}`, positions.get(rule.use, 'term'));
    }
  } else if (!preferredTerm(target, lang)) {
    problems.add(`${where} refers to concept '${target.id}', which has no preferred ${lang} term to suggest`, position);
  }
}

/** One spelling cannot be both the term to use and a term to avoid in the same language. */
function checkStatusClashes(glossary: Glossary, problems: ProblemCollector, positions: SourcePositions): void {
  // A map per language, keyed by the folded text alone: a key joined from both had to be built and hashed anew for every term.
  const byLanguage = new Map<string, { folding: Folding; seen: Map<string, { concept: Concept; term: Term }> }>();
  for (const concept of glossary.concepts) {
    for (const [lang, terms] of Object.entries(concept.terms)) {
      let language = byLanguage.get(lang);
      if (!language) {
        language = { folding: foldingFor(languageBehaviour(lang, glossary)), seen: new Map() };
        byLanguage.set(lang, language);
      }
      const { folding, seen } = language;
      for (const term of terms) {
        if (term.status === 'admitted') continue;
        const key = folding.foldString(term.text.trim());
        const other = seen.get(key);
        if (!other) {
          seen.set(key, { concept, term });
          continue;
        }
        if (other.term.status === term.status) continue;
        const line = positions.get(other.term)?.line;
        const elsewhere = other.concept === concept ? '' : ` of concept '${other.concept.id}'`;
        problems.add(
          `${lang} term '${term.text}' is listed as both ${other.term.status}${elsewhere}${line === undefined ? '' : ` (line ${line})`} and ${term.status} (concept '${concept.id}')`,
          positions.get(term, 'text'),
        );
      }
    }
  }
}
