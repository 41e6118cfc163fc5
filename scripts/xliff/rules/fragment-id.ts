import { isNmtoken } from './context.js';

/** One step of an XLIFF fragment identifier: `prefix=id`, or a bare `id` (prefix undefined). */
export interface Selector {
  readonly prefix: string | undefined;
  readonly id: string;
}

export type FragmentParse = { readonly ok: true; readonly absolute: boolean; readonly selectors: readonly Selector[] } | { readonly ok: false; readonly problem: string };

/** Prefixes of XLIFF 2.0 core: file, group, unit, note, data, target inline element. */
const corePrefixes = new Set(['f', 'g', 'u', 'n', 'd', 't']);
/** Prefixes the modules register for their ids. */
export const MODULE_PREFIXES: ReadonlySet<string> = new Set(['mtc', 'gls', 'mda', 'res', 'ctr', 'slr', 'val']);
const level: Record<string, number> = { f: 0, g: 1, u: 2 };

/**
 * Parses the part after `#` of an XLIFF 2.0 fragment identifier ("Fragment Identification"):
 * optional leading `/` (absolute), selectors separated by `/`, each prefix at most once and in
 * the order file, group, unit, then one leaf (note, data, target, a module or extension prefix, or
 * a bare id, which must come last). Prefixes are NMTOKENs; one-letter prefixes are reserved for the
 * core; other prefixes must be registered (`registered`).
 */
export function parseFragment(fragment: string, registered: ReadonlySet<string>): FragmentParse {
  const absolute = fragment.startsWith('/');
  const body = absolute ? fragment.slice(1) : fragment;
  if (body === '') return { ok: false, problem: 'it selects nothing' };
  const selectors: Selector[] = [];
  const used = new Set<string>();
  let lastLevel = -1;
  const parts = body.split('/');
  for (const [index, part] of parts.entries()) {
    const equals = part.indexOf('=');
    const prefix = equals < 0 ? undefined : part.slice(0, equals);
    const id = equals < 0 ? part : part.slice(equals + 1);
    if (id === '' || (prefix !== undefined && prefix === '')) return { ok: false, problem: `"${part}" is not "prefix=id" or "id"` };
    if (prefix !== undefined) {
      if (!isNmtoken(prefix)) return { ok: false, problem: `the prefix "${prefix}" is not an NMTOKEN` };
      if (!corePrefixes.has(prefix) && prefix.length < 2) return { ok: false, problem: `the prefix "${prefix}" is too short: one-letter prefixes are reserved for XLIFF core` };
      if (!corePrefixes.has(prefix) && !MODULE_PREFIXES.has(prefix) && !registered.has(prefix)) {
        return { ok: false, problem: `the prefix "${prefix}" is not registered for XLIFF fragment identifiers` };
      }
      if (used.has(prefix)) return { ok: false, problem: `the prefix "${prefix}" appears twice` };
      used.add(prefix);
    }
    const partLevel = prefix === undefined ? 3 : (level[prefix] ?? 3);
    if (lastLevel === 3) return { ok: false, problem: `"${parts[index - 1]}" selects a leaf, so nothing may follow it` };
    if (partLevel <= lastLevel) return { ok: false, problem: `"${part}" is out of order: file, then group, then unit, then one leaf` };
    lastLevel = partLevel;
    selectors.push({ prefix, id });
  }
  return { ok: true, absolute, selectors };
}
