/**
 * Inline opt-outs in Markdown, in the style of remark-lint:
 *
 *   <!-- glossa ignore term/deprecated -- a quotation keeps the old name -->   the next block
 *   <!-- glossa disable term/context -->  …  <!-- glossa enable term/context -->   a range
 *
 * Without rule ids they cover every rule. Findings they cover are still
 * reported and counted, as suppressed.
 */
export interface Suppression {
  readonly start: number;
  readonly end: number;
  /** Empty: every rule. */
  readonly rules: ReadonlySet<string>;
}

const directive = /<!--\s*glossa\s+(ignore|disable|enable)\b(.*?)-->/gs;

export function findSuppressions(text: string, blockStarts: readonly { start: number; end: number }[]): Suppression[] {
  const suppressions: Suppression[] = [];
  const open = new Map<string, number>();
  for (const match of text.matchAll(directive)) {
    const [whole, verb, rest = ''] = match;
    const rules = rest.split('--')[0]!.split(/[\s,]+/).filter(Boolean);
    const keys = rules.length === 0 ? ['*'] : rules;
    const at = match.index;
    if (verb === 'ignore') {
      const next = blockStarts.find((block) => block.start >= at + whole.length);
      if (next) suppressions.push({ start: next.start, end: next.end, rules: new Set(rules) });
    } else if (verb === 'disable') {
      for (const key of keys) if (!open.has(key)) open.set(key, at);
    } else {
      for (const key of rules.length === 0 ? [...open.keys()] : keys) {
        const start = open.get(key);
        if (start === undefined) continue;
        suppressions.push({ start, end: at, rules: new Set(key === '*' ? [] : [key]) });
        open.delete(key);
      }
    }
  }
  for (const [key, start] of open) suppressions.push({ start, end: text.length, rules: new Set(key === '*' ? [] : [key]) });
  return suppressions;
}

export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, offset: number): boolean {
  return suppressions.some((s) => offset >= s.start && offset < s.end && (s.rules.size === 0 || s.rules.has(ruleId)));
}
