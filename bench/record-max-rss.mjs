// Preloaded with `node --import` where /usr/bin/time is missing: writes the
// process's peak resident set size (kilobytes, as `time -f %M` prints it) to
// the file named by GLOSSA_BENCH_RSS_FILE when the process exits. RSS is per
// process, so worker threads are included.
import { writeFileSync } from 'node:fs';

const file = process.env.GLOSSA_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
