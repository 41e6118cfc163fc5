// Writes lib/: the CLI (lib/cli.js) and the worker threads' module
// (lib/parallel/worker.js), each bundled with the code and the dependencies
// it imports, and the chunks they share (lib/chunks/). Node.js loads one
// bundled chunk much faster than the few hundred ES and CommonJS modules it
// is made of, and every command and every worker thread starts by loading
// them. Commands still load only what they use: each dynamic import() is a
// chunk of its own. The licence of every bundled package is copied into
// lib/THIRD-PARTY-NOTICES.txt.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'lib');

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['scripts/cli.ts', 'scripts/parallel/worker.ts'],
  outbase: 'scripts',
  outdir: 'lib',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // xmllint-wasm reads its .wasm file from beside its own module, so it stays in node_modules.
  external: ['xmllint-wasm'],
  // The CommonJS dependencies (fast-glob and its helpers) call require() for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});

writeFileSync(path.join(outdir, 'THIRD-PARTY-NOTICES.txt'), notices(Object.keys(metafile.inputs)));

/** The name, version and licence text of every package a bundled file comes from. */
function notices(inputs) {
  const packageFolders = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packageFolders.add(match[1]);
  }
  const sections = [...packageFolders].sort().map((folder) => {
    const manifest = JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(path.join(root, folder)).find((name) => /^licen[cs]e/i.test(name));
    const text = licenceFile ? readFileSync(path.join(root, folder, licenceFile), 'utf8').trim() : `${manifest.license} (the package ships no licence file)`;
    return `${manifest.name} ${manifest.version} — ${manifest.license}\n\n${text}\n`;
  });
  const heading = 'lib/ bundles the following packages from npm; each is distributed under its own licence, reproduced below.\n';
  return [heading, ...sections].join(`\n${'-'.repeat(78)}\n\n`);
}
