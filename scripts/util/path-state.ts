import { readdirSync, statfsSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { QuickHash } from './quick-hash.js';

/** Files and folders whose state is taken, and folders below them left out. */
export interface WatchedPaths {
  /** Absolute paths of files or folders (a folder stands for everything below it); absent ones count as absent. */
  readonly paths: readonly string[];
  /**
   * Absolute paths of folders that stand for everything below them but what
   * a name starting with a dot hides: where globs begin that match no such
   * name (as `**` does not), so that `.git` beside the sources is not watched.
   */
  readonly withoutDotNames: readonly string[];
  /** Absolute paths of folders not looked into. */
  readonly skip: readonly string[];
}

/** What watched paths held when looked at. */
export interface PathsState {
  /** Digest of every file's name, size, times and inode, and of every folder's entries. */
  readonly digest: string;
  /**
   * A file changed so shortly before `since` that a further change could keep
   * its size and times: a state with such a file cannot vouch that nothing changed.
   */
  readonly settled: boolean;
}

/**
 * File systems whose timestamps are finer than a clock tick of Linux (at
 * most 10 ms): ext2/3/4, XFS, Btrfs, tmpfs, overlayfs, F2FS, ZFS.
 */
const fineTimestampFileSystems = new Set([0xef53, 0x58465342, 0x9123683e, 0x01021994, 0x794c7630, 0xf2f52010, 0x2fc12fc1]);

/** How long before `since` a change leaves a file unsettled: a few clock ticks there, two seconds (FAT's step) anywhere else. */
export function settleMilliseconds(root: string): number {
  if (process.platform !== 'linux') return 2_000;
  try {
    return fineTimestampFileSystems.has(statfsSync(root).type) ? 100 : 2_000;
  } catch {
    return 2_000;
  }
}

/**
 * The state of `watched`, walking every folder: a file's content cannot change
 * without its ctime changing (no program can set it back), and a file added,
 * removed or renamed changes its folder's entries. Symbolic links are followed
 * as a glob does, each folder entered once below each watched path.
 */
export function pathsState(watched: WatchedPaths, since: number, options: { readonly stopWhenUnsettled?: boolean } = {}): PathsState {
  const hash = new QuickHash();
  const skip = new Set(watched.skip.map((folder) => path.resolve(folder)));
  let settled = true;
  const roots = new Map<string, { root: string; dotNames: boolean }>();
  for (const each of watched.paths) roots.set(`all ${path.resolve(each)}`, { root: path.resolve(each), dotNames: true });
  for (const each of watched.withoutDotNames) roots.set(`undotted ${path.resolve(each)}`, { root: path.resolve(each), dotNames: false });
  for (const [, { root, dotNames }] of [...roots].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const settle = settleMilliseconds(root);
    const entered = new Set<string>();
    hash.update(dotNames ? 'all\n' : 'undotted\n');
    const visit = (file: string): void => {
      if (!settled && options.stopWhenUnsettled) return;
      let stats: Stats | undefined;
      try {
        stats = statSync(file, { throwIfNoEntry: false });
      } catch (error) {
        hash.update(`${file}\u0000unreadable ${(error as NodeJS.ErrnoException).code ?? ''}\n`);
        return;
      }
      if (stats === undefined) {
        hash.update(`${file}\u0000absent\n`);
        return;
      }
      if (stats.isDirectory()) {
        if (skip.has(file) || entered.has(`${stats.dev}:${stats.ino}`)) return;
        entered.add(`${stats.dev}:${stats.ino}`);
        let names: string[];
        try {
          names = readdirSync(file).sort();
          if (!dotNames) names = names.filter((name) => !name.startsWith('.'));
        } catch (error) {
          hash.update(`${file}\u0000unlistable ${(error as NodeJS.ErrnoException).code ?? ''}\n`);
          return;
        }
        hash.update(`${file}\u0000folder ${names.length}\n`);
        for (const name of names) visit(`${file}${path.sep}${name}`);
        return;
      }
      hash.update(`${file}\u0000${stats.size}\u0000${stats.mtimeMs}\u0000${stats.ctimeMs}\u0000${stats.ino}\u0000${stats.mode}\n`);
      if (Math.max(stats.mtimeMs, stats.ctimeMs) > since - settle) settled = false;
    };
    visit(root);
    // A run that wrote its outputs learns here that it keeps no record, and need not look at the rest.
    if (!settled && options.stopWhenUnsettled) return { digest: '', settled };
  }
  return { digest: hash.digest(), settled };
}
