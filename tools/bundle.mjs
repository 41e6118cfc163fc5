// Writes lib/: the CLI (lib/cli.js) and the worker threads' module
// (lib/parallel/worker.js), each bundled with the code and the dependencies
// it imports, and the chunks they share (lib/chunks/). Node.js loads one
// bundled chunk much faster than the few hundred ES and CommonJS modules it
// is made of, and every command and every worker thread starts by loading
// them. Commands still load only what they use: each dynamic import() is a
// chunk of its own. The licence of every bundled package is copied into
// lib/THIRD-PARTY-NOTICES.txt. A file whose bytes are unchanged is left as
// it is, so the same code keeps the same fingerprint.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'lib');

const { metafile, outputFiles } = await build({
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
  write: false,
  logLevel: 'warning',
  plugins: [lazyStringWidth(), assertOnFailure()],
});

// Only files whose bytes changed are written, and files no longer made are removed: the code's
// fingerprint (file names, sizes and times) then stays the same for the same code, so a rebuild before
// `glossa run` (npm start) neither misses the content cache nor the record of an unchanged run.
const written = new Map(outputFiles.map((file) => [file.path, file.contents]));
written.set(path.join(outdir, 'THIRD-PARTY-NOTICES.txt'), Buffer.from(notices(Object.keys(metafile.inputs))));
for (const [file, contents] of written) {
  if (existsSync(file) && Buffer.from(contents).equals(readFileSync(file))) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
  // The entry starts with #!: an installed `glossa` runs it directly.
  if (contents[0] === 0x23 && contents[1] === 0x21) chmodSync(file, 0o755);
}
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !written.has(file)) rmSync(file);
}

/**
 * yargs and cliui import string-width, which builds an Intl.Segmenter and a
 * Unicode-emoji regular expression as it loads: 20–30 ms of every command's
 * start, for widths only the help text needs. Each import gets a function
 * that loads the same string-width on its first call.
 */
function lazyStringWidth() {
  return {
    name: 'lazy-string-width',
    setup(build) {
      build.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData?.real) return undefined;
        const real = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { real: true } });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: 'lazy-string-width' };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
        // esbuild turns require() of an ES module into a call that runs the module's code then, not at start.
        contents: `export default function stringWidth(text, options) { return require(${JSON.stringify(args.path)}).default(text, options); }`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

/**
 * yargs imports Node's assert for two invariant checks, and loading that
 * module (with its error classes and colour handling) is a few milliseconds
 * of every command's start. Its import gets the same two functions, which
 * load assert only when a check fails, so that assert throws as it would have.
 */
function assertOnFailure() {
  return {
    name: 'assert-on-failure',
    setup(build) {
      build.onResolve({ filter: /^(node:)?assert$/ }, (args) => (/[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer) ? { path: 'assert', namespace: 'assert-on-failure' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'assert-on-failure' }, () => ({
        contents: [
          'export function strictEqual(actual, expected, message) {',
          "  if (!Object.is(actual, expected)) require('node:assert').strictEqual(actual, expected, message);",
          '}',
          'export function notStrictEqual(actual, expected, message) {',
          "  if (Object.is(actual, expected)) require('node:assert').notStrictEqual(actual, expected, message);",
          '}',
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}

/** The name, version and licence text of every package a bundled file comes from. */
function notices(inputs) {
  const packageFolders = new Set();
  for (const input of inputs) {
    // A file a plugin stands in for is named with the plugin's namespace first.
    const file = path.relative(root, path.resolve(root, input.replace(/^[\w-]+:/, '')));
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
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
