import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { codeRoot, packageRoot, packageVersion } from '../../scripts/util/package-files.js';
import { defaultSrxPath } from '../../scripts/segment/default-srx-path.js';
import { defaultSchemaDir } from '../../scripts/xliff/schemas.js';
import { repoRoot } from '../cli/helpers.js';

describe('package files', () => {
  it('finds the package above the running sources, and the sources folder in it', () => {
    expect(packageRoot).to.equal(repoRoot);
    expect(codeRoot).to.equal(path.join(repoRoot, 'scripts'));
  });

  it('reads the version, the built-in segmentation rules and the schemas from the package', () => {
    expect(packageVersion()).to.equal((JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
    expect(readFileSync(defaultSrxPath(), 'utf8')).to.match(/<srx [^>]*version="2\.0"/);
    expect(defaultSchemaDir()).to.equal(path.join(repoRoot, 'schemas'));
  });
});
