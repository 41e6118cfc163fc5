import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import fc from 'fast-check';
import { importExitCode } from '../../scripts/cli/exit-code.js';
import { exportXliff } from '../../scripts/commands/xliff-export.js';
import { importXliff } from '../../scripts/commands/xliff-import.js';
import { loadConfig } from '../../scripts/config.js';
import { Project } from '../../scripts/project/context.js';
import { sampleArticle, sampleProject, snapshot } from '../cli/helpers.js';
import { fuzzRuns, fuzzSeed, mutate, mutations, outcome, Tally } from './mutate.js';

/**
 * Mutated XLIFF deliveries (2.0 and 1.2) through `xliff import`, in process:
 * every case ends with exit 0, 1 or 2, never 3 (a bug); within a time bound;
 * and locales/ changes only when the import says it wrote, and then only the
 * resource of the locale the file was exported for.
 */
describe('fuzz: xliff import of mutated deliveries', function () {
  this.timeout(0);
  let folder: string;
  let project: Project;

  before(async () => {
    folder = sampleProject({ withTranslations: true });
    project = new Project(await loadConfig(folder));
    for (const version of ['2.0', '1.2'] as const) await exportXliff(project, { locales: ['ru'], version, out: `fuzz-in/${version}` });
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const version of ['2.0', '1.2'] as const) {
    it(`XLIFF ${version}: exit 0/1/2 only, bounded time, no write unless valid, never another locale`, async () => {
      const original = readFileSync(path.join(folder, `fuzz-in/${version}/ru/${sampleArticle}.xlf`));
      const ownResource = `locales/ru/${sampleArticle}.json`;
      const tally = new Tally();
      await fc.assert(
        fc.asyncProperty(mutations, async (steps) => {
          const file = path.join(folder, 'delivery.xlf');
          writeFileSync(file, mutate(original, steps));
          const before = snapshot(path.join(folder, 'locales'));
          let written = false;
          const result = await outcome(async () => {
            const results = await importXliff(project, [file]);
            written = results.some((r) => r.written);
            return importExitCode(results);
          });
          tally.add(result.code, result.ms);
          expect(result.code, String((result.error as Error | undefined)?.stack)).to.be.oneOf([0, 1, 2]);
          expect(result.ms, 'time').to.be.below(30_000);
          const after = snapshot(path.join(folder, 'locales'));
          const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key));
          if (!written) expect(changed, 'locales/ changed without a write').to.deep.equal([]);
          else expect(changed.map((key) => `locales/${key.split(path.sep).join('/')}`)).to.deep.equal([ownResource]);
          for (const key of changed) writeFileSync(path.join(folder, 'locales', key), before.get(key)!, 'latin1');
        }),
        { numRuns: fuzzRuns(15), seed: fuzzSeed(), endOnFailure: true },
      );
      if (process.env['GLOSSA_FUZZ_RUNS']) console.log(`      xliff ${version}: ${tally}`);
    });
  }
});
