import type { Diagnostic } from '../core/diagnostic.js';
import { messageToParts } from '../core/message.js';
import type { Segment } from '../core/segment.js';
import { likelyScript, scriptOf } from '../core/scripts.js';
import type { ParsedUnit, ParsedXliff } from './parsed.js';
import { sourceKey } from './plan-import.js';

/**
 * Validation findings that concern one unit's content: the unit is refused,
 * the rest of the file can still be imported. Every other finding of
 * `validateXliff` (schema, ids, languages, well-formedness) refuses the file.
 */
const unitRules = new Set(['xliff/code-mismatch', 'xliff/unpaired-code', 'xliff/state-without-target']);

/** Splits validation errors into those that refuse the whole file and those that refuse one unit (by unit id). */
export function sortValidationErrors(diagnostics: readonly Diagnostic[], units: readonly ParsedUnit[]): { file: Diagnostic[]; byUnit: Map<string, Diagnostic[]> } {
  const ordered = [...units].sort((a, b) => a.line - b.line || a.column - b.column);
  const file: Diagnostic[] = [];
  const byUnit = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error') continue;
    const unit = unitRules.has(diagnostic.ruleId) ? unitAt(ordered, diagnostic) : undefined;
    if (!unit) file.push(diagnostic);
    else byUnit.set(unit.id, [...(byUnit.get(unit.id) ?? []), { ...diagnostic, segmentId: unit.id }]);
  }
  return { file, byUnit };
}

/** The last unit starting at or before the diagnostic. */
function unitAt(ordered: readonly ParsedUnit[], at: Diagnostic): ParsedUnit | undefined {
  let found: ParsedUnit | undefined;
  for (const unit of ordered) {
    if (unit.line > at.line || (unit.line === at.line && unit.column > at.column)) break;
    found = unit;
  }
  return found;
}

/**
 * Units whose id is a current segment but whose source is not that segment's
 * text. An id is a hash of its sentence, so this never happens to an honest
 * file: the file was edited or belongs to another article, and none of it is
 * imported.
 */
export function sourceMismatches(parsed: ParsedXliff, fileName: string, segments: ReadonlyMap<string, Segment>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const unit of parsed.files.flatMap((file) => file.units)) {
    const segment = segments.get(unit.id);
    if (!segment || sourceKey(unit.source) === sourceKey(messageToParts(segment.message))) continue;
    found.push({
      ruleId: 'xliff/import-source-changed',
      severity: 'error',
      file: fileName,
      line: unit.line,
      column: unit.column,
      segmentId: unit.id,
      message: `the source of unit "${unit.id}" is not the current text of that sentence; the file was edited or belongs to another article, so none of it is imported`,
    });
  }
  return found;
}

export interface LanguageEvidence {
  /** The configured target locale the file claims. */
  readonly locale: string;
  readonly sourceLocale: string;
  /** Current translations of every configured target locale, by locale then id. */
  readonly translations: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** A unit's target as an ICU message, or undefined when it has none usable. */
  readonly targetMessage: (unit: ParsedUnit) => string | undefined;
}

/**
 * Evidence that a file's targets are in another language than its
 * `trgLang`/`target-language` says (a file relabelled from ru to de):
 *
 * - most targets are written in a script that neither the target nor the
 *   source language uses (Cyrillic in a de file whose source is en), by
 *   Unicode Script property and the languages' likely scripts (CLDR); or
 * - most targets are, word for word, another locale's current translation of
 *   their sentence, and not this locale's.
 *
 * Returns one diagnostic at the root, or none.
 */
export function languageMismatch(parsed: ParsedXliff, fileName: string, evidence: LanguageEvidence): Diagnostic | undefined {
  const units = parsed.files.flatMap((file) => file.units);
  const targets = units.flatMap((unit) => {
    const message = evidence.targetMessage(unit);
    return message === undefined ? [] : [{ unit, message }];
  });
  if (targets.length === 0) return undefined;
  const at = { file: fileName, line: parsed.line, column: parsed.column };
  const claimed = evidence.locale;

  const expected = new Set([likelyScript(claimed), likelyScript(evidence.sourceLocale)]);
  const letters = new Map<string, number>();
  for (const { message } of targets) {
    for (const match of message.matchAll(/\p{L}/gu)) {
      const script = scriptOf(match[0]);
      if (script) letters.set(script, (letters.get(script) ?? 0) + 1);
    }
  }
  const total = [...letters.values()].reduce((sum, count) => sum + count, 0);
  const [dominant, count] = [...letters].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (total >= 20 && count / total > 0.5 && !expected.has(dominant)) {
    return {
      ...at,
      ruleId: 'xliff/import-language',
      severity: 'error',
      message: `the targets are written in ${scriptName(dominant)} script (${count} of ${total} letters), which "${claimed}" is not written in; the file's target language was probably changed: import it as the language it was exported for`,
    };
  }

  const own = evidence.translations.get(claimed);
  for (const [other, messages] of evidence.translations) {
    if (other === claimed) continue;
    const same = targets.filter(({ unit, message }) => messages.get(unit.id) === message && own?.get(unit.id) !== message).length;
    if (same > targets.length / 2) {
      return {
        ...at,
        ruleId: 'xliff/import-language',
        severity: 'error',
        message: `${same} of ${targets.length} targets are the current "${other}" translations of their sentences: the file looks like a "${other}" export relabelled as "${claimed}"; nothing is imported`,
      };
    }
  }
  return undefined;
}

function scriptName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'script' }).of(code) ?? code;
}
