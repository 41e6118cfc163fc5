#!/usr/bin/env node
import { replayUnchangedRun } from './cli/run-journal.js';

// An unchanged project answers a repeated command from the record of its last run, before the
// command-line parser and the commands are loaded.
const argv = process.argv.slice(2);
// A reader that stops early (`glossa check | head`) is not an error, whether the output is repeated or made.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
if (!(await replayUnchangedRun(argv))) await (await import('./cli/main.js')).main(argv);
