#!/usr/bin/env node
import { replayUnchangedRun } from './cli/run-journal.js';

// An unchanged project answers a repeated command from the record of its last run, before the
// command-line parser and the commands are loaded.
const argv = process.argv.slice(2);
if (!(await replayUnchangedRun(argv))) await (await import('./cli/main.js')).main(argv);
