import { isCollection, visit, type Document } from 'yaml';
import { limitMessage } from './limits.js';

/**
 * YAML aliases (`*name`) that repeat a list or mapping are how an "alias
 * bomb" turns a few lines into billions of nodes. No Glossa file needs them,
 * so they are refused wherever YAML is read (termbase, front matter, rates);
 * an alias of a plain value costs nothing and stays allowed.
 */
export const collectionAliasMessage = limitMessage(
  'yamlCollectionAliases',
  'an alias (*name) of a list or mapping; write the values out instead of repeating them by alias',
);

/** Offset of the first alias to a list or mapping in a parsed document, or undefined. */
export function firstCollectionAlias(document: Document.Parsed | Document): number | undefined {
  let found: number | undefined;
  visit(document, {
    Alias(_key, node) {
      const target = node.resolve(document);
      if (target && isCollection(target)) {
        found = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Whether a loaded value (from js-yaml, which shares aliased objects) reaches one list or mapping twice. */
export function sharesCollections(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || item instanceof Date) continue;
    if (seen.has(item)) return true;
    seen.add(item);
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push(child);
  }
  return false;
}

/**
 * Whether the YAML text may hold an alias: an anchor (`&name`) and an alias
 * (`*name`) of that name, each at the start of the text or after white space
 * or a flow indicator (`[`, `{`, `,`, `:`). An alias needs its anchor (js-yaml
 * refuses one without), so a text with stars at those places, as a comment
 * about `*` patterns has, but no anchor of that name, answers false and its
 * loaded value need not be walked for shared collections. Marks inside quotes
 * or comments merely answer true.
 */
export function mayHaveAliases(text: string): boolean {
  const anchors = namesAfter(text, '&');
  if (anchors.length === 0) return false;
  return namesAfter(text, '*').some((alias) => anchors.some((anchor) => alias.startsWith(anchor) || anchor.startsWith(alias)));
}

/**
 * Names written after `mark` where a YAML node may start; a name ends at white
 * space or a flow indicator. A mark with no name after it (`*` in prose) is no
 * anchor or alias: YAML requires at least one character.
 */
function namesAfter(text: string, mark: '&' | '*'): string[] {
  const names = new Set<string>();
  for (let index = text.indexOf(mark); index !== -1; index = text.indexOf(mark, index + 1)) {
    if (index > 0 && !nodeStartBefore.test(text[index - 1]!)) continue;
    nameChars.lastIndex = index + 1;
    const name = nameChars.exec(text)![0];
    if (name !== '') names.add(name);
  }
  return [...names];
}

const nodeStartBefore = /[\s[{,:]/u;
const nameChars = /[^\s,[\]{}]*/uy;
