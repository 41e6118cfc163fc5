import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Concept, ContextCondition, ContextRule, Documentation, Glossary, LanguageDetails, Term } from './model.js';
import { termStatuses } from './model.js';

/** Keys whose lists are short patterns, written on one line: `forms: [Алма-Ат~, Алма Ат~]`. */
const inlineLists = new Set(['forms', 'followedBy', 'precededBy']);

/**
 * The glossary in the YAML authoring format (see glossary/termbase.yaml), as
 * `glossa glossary import` writes it: terms grouped by status, a term with
 * nothing but its text written as plain text. parseGlossaryYaml reads it back
 * to an equal glossary.
 */
export function writeGlossaryYaml(glossary: Glossary): string {
  const root: Record<string, unknown> = { version: 1 };
  if (Object.keys(glossary.languages).length > 0) root.languages = glossary.languages;
  root.concepts = Array.from(glossary.concepts, (concept) => conceptToYaml(concept));
  const doc = new Document(root);
  doc.commentBefore = ' Glossa termbase. The format is described at the top of glossary/termbase.yaml.';
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && inlineLists.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function conceptToYaml(concept: Concept): Record<string, unknown> {
  const out: Record<string, unknown> = { id: concept.id };
  if (concept.subject !== undefined) out.subject = concept.subject;
  if (concept.definition !== undefined) out.definition = concept.definition;
  if (concept.definitionSource !== undefined) out.definitionSource = concept.definitionSource;
  if (concept.note !== undefined) out.note = concept.note;
  documentationToYaml(concept, out);
  if (concept.languageDetails !== undefined) {
    out.languageDetails = Object.fromEntries(Object.entries(concept.languageDetails).map(([lang, details]) => [lang, languageDetailsToYaml(details)]));
  }
  const terms: Record<string, unknown> = {};
  for (const [lang, list] of Object.entries(concept.terms)) {
    const byStatus: Record<string, unknown> = {};
    for (const status of termStatuses) {
      const group = list.filter((term) => term.status === status && term.derivedFrom === undefined).map((term) => termToYaml(term, list));
      if (group.length === 1) byStatus[status] = group[0];
      else if (group.length > 1) byStatus[status] = group;
    }
    terms[lang] = byStatus;
  }
  out.terms = terms;
  return out;
}

/** A term, with the terms derived from it (`all`: its language's terms) nested under `derived`. */
function termToYaml(term: Term, all: readonly Term[], base?: Term): unknown {
  const out: Record<string, unknown> = { term: term.text };
  if (base && term.status !== base.status) out.status = term.status;
  if (term.partOfSpeech !== undefined) out.partOfSpeech = term.partOfSpeech;
  if (term.forms !== undefined) out.forms = term.forms;
  if (term.endings !== undefined) out.endings = term.endings;
  if (term.note !== undefined) out.note = term.note;
  if (term.context !== undefined) out.context = term.context.map(ruleToYaml);
  for (const key of termDetailKeys) if (term[key] !== undefined) out[key] = term[key];
  documentationToYaml(term, out);
  const derived = base ? [] : all.filter((candidate) => candidate.derivedFrom === term.text).map((candidate) => termToYaml(candidate, all, term));
  if (derived.length > 0) out.derived = derived;
  return Object.keys(out).length === 1 ? term.text : out;
}

/** Term data categories kept from TBX, written under their TBX names. */
const termDetailKeys = ['termType', 'administrativeStatus', 'example', 'exampleSource', 'grammaticalGender', 'geographicalUsage', 'termLocation'] as const;

function languageDetailsToYaml(details: LanguageDetails): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (details.definition !== undefined) out.definition = details.definition;
  if (details.definitionSource !== undefined) out.definitionSource = details.definitionSource;
  if (details.note !== undefined) out.note = details.note;
  documentationToYaml(details, out);
  return out;
}

function documentationToYaml(documentation: Documentation, out: Record<string, unknown>): void {
  if (documentation.sources !== undefined) out.sources = documentation.sources;
  if (documentation.crossReferences !== undefined) out.crossReferences = documentation.crossReferences.map((link) => ({ ...link }));
  if (documentation.transactions !== undefined) out.transactions = documentation.transactions.map((transaction) => ({ ...transaction }));
  if (documentation.customerSubset !== undefined) out.customerSubset = documentation.customerSubset;
  if (documentation.projectSubset !== undefined) out.projectSubset = documentation.projectSubset;
}

function ruleToYaml(rule: ContextRule): Record<string, unknown> {
  const out: Record<string, unknown> = { when: conditionToYaml(rule.when) };
  if (rule.unless.length === 1) out.unless = conditionToYaml(rule.unless[0]!);
  else if (rule.unless.length > 1) out.unless = rule.unless.map(conditionToYaml);
  out.use = rule.use.term === undefined ? rule.use.conceptId : { concept: rule.use.conceptId, term: rule.use.term };
  if (rule.note !== undefined) out.note = rule.note;
  return out;
}

function conditionToYaml(condition: ContextCondition): Record<string, unknown> {
  return { [condition.side === 'after' ? 'followedBy' : 'precededBy']: condition.words, within: condition.within };
}
