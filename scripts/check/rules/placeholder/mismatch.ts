import { MessageSyntaxError, placeholdersOf } from '../../../core/message.js';
import type { Rule } from '../../rule.js';

function count(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

function list(names: Iterable<string>): string {
  return [...names].map((name) => `{${name}}`).join(', ');
}

const rule: Rule = {
  meta: {
    id: 'placeholder/mismatch',
    type: 'problem',
    description: 'A translation drops, duplicates or invents a placeholder of its source, or is not a valid ICU message.',
    defaultSeverity: 'error',
    messages: {
      missing: 'the translation drops {names}; keep every placeholder of the source exactly once',
      extra: 'the translation has {names}, which the source does not; remove it',
      duplicated: 'the translation repeats {names}; use each placeholder once',
      syntax: 'not a valid message: {reason}',
    },
  },
  create(context) {
    return {
      translation(unit) {
        if (!unit.source) return;
        let target: string[];
        try {
          target = placeholdersOf(unit.text);
        } catch (error) {
          if (!(error instanceof MessageSyntaxError)) throw error;
          context.report({ messageId: 'syntax', data: { reason: error.message }, unit, start: error.offset, end: error.offset + 1 });
          return;
        }
        const expected = count(placeholdersOf(unit.source.message));
        const actual = count(target);
        const missing = [...expected.keys()].filter((name) => !actual.has(name));
        const extra = [...actual.keys()].filter((name) => !expected.has(name));
        const duplicated = [...actual].filter(([name, n]) => expected.has(name) && n > expected.get(name)!).map(([name]) => name);
        const at = (name: string) => {
          const start = unit.text.indexOf(`{${name}}`);
          return start < 0 ? {} : { start, end: start + name.length + 2 };
        };
        if (missing.length > 0) context.report({ messageId: 'missing', data: { names: list(missing) }, unit });
        if (extra.length > 0) context.report({ messageId: 'extra', data: { names: list(extra) }, unit, ...at(extra[0]!) });
        if (duplicated.length > 0) context.report({ messageId: 'duplicated', data: { names: list(duplicated) }, unit, ...at(duplicated[0]!) });
      },
    };
  },
};

export default rule;
