import type { Severity } from '../../core/diagnostic.js';

/** One validation rule of `glossa xliff validate`: what its findings mean and where the standard states it. */
export interface XliffRule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: string;
  /** Section of "XLIFF Version 2.0" (OASIS Standard, 5 August 2014), or of XLIFF 1.2, that states the rule. */
  readonly specSection: string;
}

/** Every rule id the XLIFF validator reports, as data (one registry of rules is built from it). */
export const XLIFF_RULES = [
  // The file cannot be read as XLIFF: nothing else is checked.
  { id: 'xliff/not-well-formed', defaultSeverity: 'error', description: 'the file is not well-formed XML', specSection: 'XML 1.0' },
  { id: 'xliff/doctype', defaultSeverity: 'error', description: 'a DOCTYPE declaration (refused: it can declare entities)', specSection: 'XML 1.0 §2.8; Glossa refuses DTDs' },
  { id: 'xliff/encoding', defaultSeverity: 'error', description: 'an encoding other than UTF-8', specSection: 'XML 1.0 §4.3.3' },
  { id: 'xliff/wrong-root', defaultSeverity: 'error', description: 'the root element is not <xliff>', specSection: '2.0 §4.2.2 <xliff>; 1.2 <xliff>' },
  { id: 'xliff/unknown-version', defaultSeverity: 'error', description: 'neither XLIFF 1.2 nor 2.0/2.1', specSection: '2.0 §4.3.1 version' },
  // Schemas.
  { id: 'xliff/schema', defaultSeverity: 'error', description: 'the OASIS schema (1.2 strict or transitional; 2.0 core and modules) rejects the document', specSection: '2.0 schemas with modules; 1.2 strict/transitional schemas' },
  // Rules in prose, both versions.
  { id: 'xliff/duplicate-id', defaultSeverity: 'error', description: 'an id that must be unique in its scope is repeated', specSection: '2.0 §4.3.1 id and each module; 1.2 id' },
  { id: 'xliff/missing-trglang', defaultSeverity: 'error', description: 'targets without a target language (2.0 trgLang, 1.2 target-language)', specSection: '2.0 §4.3.1 trgLang; 1.2 target-language' },
  { id: 'xliff/unpaired-code', defaultSeverity: 'error', description: 'a start code without its end, or an end before its start (<sc>/<ec>, <sm>/<em>, 1.2 <bpt>/<ept>, <bx>/<ex>)', specSection: '2.0 §4.2.3 <sc>, <ec>, <sm>, <em>; 1.2 <bpt>, <ept>, <bx>, <ex>' },
  { id: 'xliff/code-mismatch', defaultSeverity: 'error', description: 'target codes that are not the source codes', specSection: '2.0 §4.7 Inline Content; Glossa placeholders' },
  { id: 'xliff/state-without-target', defaultSeverity: 'error', description: 'a state that claims a translation where there is none', specSection: '2.0 §4.3.1 state; 1.2 state' },
  // XLIFF 2.0 core.
  { id: 'xliff/bad-language-tag', defaultSeverity: 'error', description: 'srcLang, trgLang or xml:lang is not a well-formed BCP 47 tag', specSection: '2.0 §4.3.1 srcLang, trgLang; BCP 47' },
  { id: 'xliff/wrong-language', defaultSeverity: 'error', description: 'the xml:lang of a <source> or <target> (explicit or inherited) differs from srcLang or trgLang', specSection: '2.0 §4.2.2 <source>, <target>' },
  { id: 'xliff/xml-space-mismatch', defaultSeverity: 'error', description: '<target> and its <source> differ in xml:space (explicit or inherited)', specSection: '2.0 §4.2.2 <target>' },
  { id: 'xliff/skeleton', defaultSeverity: 'error', description: '<skeleton> has both href and content, or neither', specSection: '2.0 §4.2.2 <skeleton>' },
  { id: 'xliff/unit-without-segment', defaultSeverity: 'error', description: 'a <unit> has no <segment>', specSection: '2.0 §4.2.2 <unit>' },
  { id: 'xliff/substate-without-state', defaultSeverity: 'error', description: 'subState is used without state', specSection: '2.0 §4.3.1 subState' },
  { id: 'xliff/target-order', defaultSeverity: 'error', description: 'target order values repeat or exceed the number of segments and ignorables', specSection: '2.0 §4.3.1 order; §4.8 Segmentation' },
  { id: 'xliff/bad-data-ref', defaultSeverity: 'error', description: 'dataRef, dataRefStart or dataRefEnd names no <data> of the unit', specSection: '2.0 §4.3.1 dataRef, dataRefStart, dataRefEnd' },
  { id: 'xliff/bad-copy-of', defaultSeverity: 'error', description: 'copyOf names no code of the unit, copies a code with canCopy="no", or comes with original data', specSection: '2.0 §4.3.1 copyOf, canCopy' },
  { id: 'xliff/code-attribute-mismatch', defaultSeverity: 'error', description: '<ec> disagrees with its <sc> on canCopy, canDelete, canOverlap or canReorder', specSection: '2.0 §4.2.3 <ec>' },
  { id: 'xliff/isolated-code', defaultSeverity: 'error', description: 'an isolated <ec> uses startRef instead of id', specSection: '2.0 §4.2.3 <ec>, §4.3.1 isolated' },
  { id: 'xliff/can-reorder', defaultSeverity: 'error', description: 'canReorder="no"/"firstNo" without canCopy="no" and canDelete="no", a "no" that no "firstNo" starts, or a sequence of non-reorderable codes broken in the target', specSection: '2.0 §4.3.1 canReorder; §4.7 Inline Content' },
  { id: 'xliff/deleted-code', defaultSeverity: 'error', description: 'a code with canDelete="no" is missing from the target', specSection: '2.0 §4.3.1 canDelete' },
  { id: 'xliff/bad-cp', defaultSeverity: 'error', description: '<cp> encodes a character that XML allows (only invalid XML characters may use <cp>)', specSection: '2.0 §4.2.3 <cp>' },
  { id: 'xliff/bad-subtype', defaultSeverity: 'error', description: 'subType without type, or an xlf: subType with the wrong type', specSection: '2.0 §4.3.1 type, subType' },
  { id: 'xliff/bad-sub-flows', defaultSeverity: 'error', description: 'subFlows, subFlowsStart or subFlowsEnd names no unit of the file', specSection: '2.0 §4.3.1 subFlows, subFlowsStart, subFlowsEnd' },
  { id: 'xliff/bad-comment', defaultSeverity: 'error', description: 'a comment annotation without exactly one of value and ref, or whose ref is not a note of its unit', specSection: '2.0 §4.7 Annotations: Comment Annotation' },
  { id: 'xliff/bad-fragment-id', defaultSeverity: 'error', description: 'a fragment identifier (#…) breaks the XLIFF syntax: prefixes, order, one leaf, registered prefixes', specSection: '2.0 Fragment Identification' },
  { id: 'xliff/unresolved-reference', defaultSeverity: 'error', description: 'a reference points to nothing it may point to (2.0 mtc/gls ref, ctr ref, slr sizeInfoRef; 1.2 xid)', specSection: '2.0 §5.1.6.5, §5.2.5.2, §5.6.5.5, §5.7.5.10; 1.2 xid' },
  { id: 'xliff/misplaced-extension', defaultSeverity: 'error', description: 'an extension attribute on an inline code (<ph>, <pc>, <sc>, <ec>), which only takes module attributes', specSection: '2.0 §4.9 Extension Mechanisms' },
  { id: 'xliff/unknown-module-node', defaultSeverity: 'error', description: 'an element or attribute in a module namespace that the module does not define', specSection: '2.0 §4.9 Extension Mechanisms; §5 Modules' },
  // XLIFF 2.0 modules.
  { id: 'xliff/mtc-match', defaultSeverity: 'error', description: 'Translation Candidates: xml:lang on <match>, subType without type', specSection: '2.0 §5.1.5.3, §5.1.6.8' },
  { id: 'xliff/gls-entry', defaultSeverity: 'error', description: 'Glossary: a <glossEntry> without <translation> or <definition>', specSection: '2.0 §5.2.4.3' },
  { id: 'xliff/fs-value', defaultSeverity: 'error', description: 'Format Style: fs not an HTML element name, subFs without fs, fs on a non-isolated <ec>', specSection: '2.0 §5.3.5.1, §5.3.5.2' },
  { id: 'xliff/res-item', defaultSeverity: 'error', description: 'Resource Data: href on a non-empty <source>/<target> (or neither), xml:lang not the document\'s', specSection: '2.0 §5.5.4.5, §5.5.4.6' },
  { id: 'xliff/ctr-revision', defaultSeverity: 'error', description: 'Change Tracking: <revisions> on a repeated element without ref, an <item> property repeated in a revision or naming an attribute the element lacks', specSection: '2.0 §5.6.4.3, §5.6.5.6' },
  { id: 'xliff/slr-value', defaultSeverity: 'error', description: 'Size and Length Restriction: restriction patterns, integer sizeInfo/equivStorage, sizeInfo with sizeInfoRef, these on a non-isolated <ec>', specSection: '2.0 §5.7.5.8–10, §5.7.6' },
  { id: 'xliff/val-rule', defaultSeverity: 'error', description: 'Validation: a <rule> without exactly one test attribute, existsInSource without isPresent/startsWith/endsWith', specSection: '2.0 §5.8.4.2, §5.8.5.6' },
] as const satisfies readonly XliffRule[];

export type XliffRuleId = (typeof XLIFF_RULES)[number]['id'];

const byId = new Map<string, XliffRule>(XLIFF_RULES.map((rule) => [rule.id, rule]));

export function xliffRule(id: XliffRuleId): XliffRule {
  return byId.get(id)!;
}
