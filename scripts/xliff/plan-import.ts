import type { Diagnostic } from '../core/diagnostic.js';
import { importSeverity, waivableRefusals, type ImportRuleId } from './import-rules.js';
import { InputError } from '../core/errors.js';
import { messageToParts, type MessagePart } from '../core/message.js';
import type { RuleSettings } from '../core/rule-settings.js';
import type { Segment } from '../core/segment.js';
import type { InlinePart, ParsedUnit, ParsedXliff } from './parsed.js';
import { partsToIcu } from './parts-to-icu.js';

export interface ImportContext {
  /** The XLIFF file, as diagnostics should name it. */
  readonly fileName: string;
  readonly configuredLocales: readonly string[];
  readonly sourceLocale: string;
  /** Segments of the current source, by id. */
  readonly currentSegments: ReadonlyMap<string, Segment>;
  /** Current translations of the target locale (ICU messages), by segment id. */
  readonly existing: ReadonlyMap<string, string>;
  /** The `rules` configuration: severities of the findings, and refusals waived (`waivableRefusals`). */
  readonly rules?: RuleSettings;
}

export interface ImportPlan {
  /** The configured locale the file's target language matched. */
  readonly locale: string;
  /** The new content of the locale's resource: existing entries in their order, then new ids in document order. */
  readonly entries: Map<string, string>;
  readonly imported: number;
  /** Units whose translation equals the existing one. */
  readonly unchanged: number;
  /** Units refused, each with the unit's position and an `xliff/import-…` rule id (none for a rule set to `off`). */
  readonly rejected: Diagnostic[];
  /** How many units were refused, whether or not a finding says so. */
  readonly rejectedUnits: number;
  /** Units imported although a waivable refusal rule found them, its setting being below `error` (findings at `off` are not kept). */
  readonly waived: Diagnostic[];
  /** Units whose id is not in the current source (`xliff/import-stale`). */
  readonly stale: Diagnostic[];
  readonly staleUnits: number;
  /** Units without a usable target: none, empty, or still in an initial state. */
  readonly skipped: number;
}

/**
 * Decides what an XLIFF file a translator returned changes in one locale's
 * translations. Pure: reads nothing, writes nothing.
 *
 * The whole file is refused (`InputError`) when its source language is not the
 * project's, its target language is missing or not a configured locale, or a
 * unit's target declares another language (`xml:lang`).
 * Per unit: an id not in the current source is stale; an empty target, or a
 * target equal to the source under a state saying the work has not been done
 * (2.0 `initial` or no state, 1.2 `new`/`needs-translation`/`needs-l10n`), is
 * skipped and never overwrites a translation. A target that differs from the
 * source under such a state is taken: tools that translate the target text
 * (OmegaT, after `xliff export --prefill source`) replace it without updating
 * `state`; a source that differs from the current sentence (white space
 * aside), inline codes other than Glossa placeholders, or placeholders that
 * differ from the source's (each exactly once) are rejected.
 */
export function planImport(parsed: ParsedXliff, context: ImportContext): ImportPlan {
  const rootPosition = { line: parsed.line, column: parsed.column };
  if (!sameLocale(parsed.srcLang, context.sourceLocale)) {
    const message = `source language "${parsed.srcLang}" is not the project's source locale "${context.sourceLocale}"`;
    throw new InputError(message, context.fileName, rootPosition);
  }
  if (parsed.trgLang === undefined) throw new InputError('the file names no target language', context.fileName, rootPosition);
  const locale = context.configuredLocales.find((configured) => sameLocale(configured, parsed.trgLang!));
  if (locale === undefined) {
    throw new InputError(
      `target language "${parsed.trgLang}" is not a configured locale (${context.configuredLocales.join(', ')})`,
      context.fileName,
      rootPosition,
    );
  }
  for (const file of parsed.files) {
    if (file.trgLang === undefined || !sameLocale(file.trgLang, parsed.trgLang) || !sameLocale(file.srcLang, parsed.srcLang)) {
      throw new InputError(
        `every <file> must translate ${parsed.srcLang} into ${parsed.trgLang}; this one has ${file.srcLang} → ${file.trgLang ?? '(none)'}`,
        context.fileName,
        { line: file.line, column: file.column },
      );
    }
  }

  for (const unit of parsed.files.flatMap((file) => file.units)) {
    if (unit.targetLang !== undefined && !sameLocale(unit.targetLang, parsed.trgLang)) {
      throw new InputError(
        `the target of unit "${unit.id}" is in "${unit.targetLang}", not in the file's target language "${parsed.trgLang}"`,
        context.fileName,
        { line: unit.targetLine ?? unit.line, column: unit.targetColumn ?? unit.column },
      );
    }
  }

  const entries = new Map(context.existing);
  const rejected: Diagnostic[] = [];
  const waived: Diagnostic[] = [];
  const stale: Diagnostic[] = [];
  let imported = 0;
  let unchanged = 0;
  let skipped = 0;
  let rejectedUnits = 0;
  let staleUnits = 0;
  const seen = new Map<string, number>();

  /** Adds the finding to `into` at its configured severity (not at all when `off`); true when the unit stays refused. */
  const report = (into: Diagnostic[], unit: ParsedUnit, ruleId: ImportRuleId, message: string, atTarget: boolean): boolean => {
    const setting = importSeverity(ruleId, context.rules);
    const refused = setting === 'error' || !waivableRefusals.has(ruleId);
    if (setting !== 'off') {
      (refused ? into : waived).push({
        ruleId,
        severity: setting,
        file: context.fileName,
        line: (atTarget ? unit.targetLine : undefined) ?? unit.line,
        column: (atTarget ? unit.targetColumn : undefined) ?? unit.column,
        message,
        segmentId: unit.id,
        locale,
      });
    }
    return refused;
  };

  for (const unit of parsed.files.flatMap((file) => file.units)) {
    const firstLine = seen.get(unit.id);
    if (firstLine !== undefined) {
      const message = `unit "${unit.id}" already appeared at line ${firstLine}; only the first is imported`;
      report(rejected, unit, 'xliff/import-duplicate', message, false);
      rejectedUnits++;
      continue;
    }
    seen.set(unit.id, unit.line);

    const segment = context.currentSegments.get(unit.id);
    if (!segment) {
      const message = `unit "${unit.id}" is not in the current source (the sentence changed or was removed); not imported`;
      report(stale, unit, 'xliff/import-stale', message, false);
      staleUnits++;
      continue;
    }
    if (!unit.target || isEmpty(unit.target) || (unit.state === 'initial' && sourceKey(unit.target) === sourceKey(unit.source))) {
      skipped++;
      continue;
    }
    if (sourceKey(unit.source) !== sourceKey(messageToParts(segment.message))) {
      const message = `the source of unit "${unit.id}" differs from the current sentence; export again and translate the current text`;
      if (report(rejected, unit, 'xliff/import-source-changed', message, false)) {
        rejectedUnits++;
        continue;
      }
    }
    const converted = partsToIcu(unit.target);
    if ('error' in converted) {
      report(rejected, unit, 'xliff/import-inline-code', `target of unit "${unit.id}": ${converted.error}`, true);
      rejectedUnits++;
      continue;
    }
    const problems = placeholderProblems(messageToParts(segment.message), unit.target);
    if (problems.length > 0) {
      const message = `placeholders of unit "${unit.id}" do not match the source: ${problems.join('; ')}`;
      if (report(rejected, unit, 'xliff/import-placeholders', message, true)) {
        rejectedUnits++;
        continue;
      }
    }
    if (context.existing.get(unit.id) === converted.message) {
      unchanged++;
    } else {
      entries.set(unit.id, converted.message);
      imported++;
    }
  }
  return { locale, entries, imported, unchanged, rejected, rejectedUnits, waived, stale, staleUnits, skipped };
}

function sameLocale(a: string, b: string): boolean {
  try {
    return Intl.getCanonicalLocales(a)[0]?.toLowerCase() === Intl.getCanonicalLocales(b)[0]?.toLowerCase();
  } catch {
    return false;
  }
}

function isEmpty(parts: readonly InlinePart[]): boolean {
  return parts.every((part) => part.type === 'marker' || (part.type === 'text' && part.value.trim() === ''));
}

/**
 * A comparable form of a source: text with white space collapsed (CAT tools
 * may reflow it), placeholders by name, markers ignored. Sources with other
 * codes never match a Glossa segment.
 */
export function sourceKey(parts: readonly InlinePart[]): string | undefined {
  let key = '';
  for (const part of parts) {
    if (part.type === 'text') key += part.value;
    else if (part.type === 'placeholder') key += `\uE000${part.name}\uE001`;
    else if (part.type === 'code') return undefined;
  }
  return key.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function placeholderProblems(source: readonly MessagePart[], target: readonly InlinePart[]): string[] {
  const expected = new Set(source.flatMap((part) => (part.type === 'placeholder' ? [part.name] : [])));
  const counts = new Map<string, number>();
  for (const part of target) {
    if (part.type === 'placeholder') counts.set(part.name, (counts.get(part.name) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const name of expected) {
    if (!counts.has(name)) problems.push(`{${name}} is missing`);
  }
  for (const [name, count] of counts) {
    if (!expected.has(name)) problems.push(`{${name}} is not in the source`);
    else if (count > 1) problems.push(`{${name}} appears ${count} times`);
  }
  return problems;
}
