/**
 * yargs renders the running command's whole help on every run, in case its
 * handler shows the help later (yargs' usage instance, `cacheHelpMessage`).
 * Glossa's handlers never do, and rendering it (measuring every column with
 * string-width, which loads Unicode segmentation and emoji data on first
 * use) was about a tenth of a command answered from the cache. `--help`
 * renders it as before. The usage instance is yargs' own, not its public
 * API: if a later yargs has none, the help is rendered as before.
 */
export function withoutHelpRendering<T extends object>(cli: T): T {
  const internals = (cli as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (typeof usage?.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
  return cli;
}
