import path from 'node:path';

/** Keys of the configuration that name files or folders of the project. */
export const pathKeys = ['sources', 'glossary', 'rates', 'segmentation', 'locales', 'output'] as const;

/**
 * The first configured path that leaves the project root, as "key: why", or
 * undefined. Absolute paths and `..` segments (in globs too, braces
 * included) are refused: a configuration copied from elsewhere must not make
 * Glossa read `/etc/passwd` or write beside the project. `allowOutsideRoot:
 * true` in the configuration lifts this.
 */
export function pathOutsideRoot(settings: Readonly<Record<string, unknown>>): { key: string; value: string } | undefined {
  for (const key of pathKeys) {
    const raw = settings[key];
    const values = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((value): value is string => typeof value === 'string') : [];
    for (const value of values) {
      if (leavesRoot(value)) return { key, value };
    }
  }
  return undefined;
}

function leavesRoot(value: string): boolean {
  const pattern = value.replace(/\\/g, '/');
  if (path.posix.isAbsolute(pattern) || path.win32.isAbsolute(value) || /^~/.test(pattern)) return true;
  return /(^|[/{,])\.\.([/},]|$)/.test(pattern);
}

/** The message for `pathOutsideRoot`'s finding, naming the key as `where` writes it. */
export function outsideRootProblem(value: string): string {
  return `is ${JSON.stringify(value)}, which is outside the project root; use a path relative to the project folder without "..", or set "allowOutsideRoot": true to allow it`;
}
