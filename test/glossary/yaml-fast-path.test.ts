import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { GlossaryError } from '../../scripts/glossary/index.js';
import { parseGlossaryYaml, readWithPositions } from '../../scripts/glossary/yaml-read.js';

describe('glossary/yaml-read fast path', () => {
  it('reads the termbase exactly as the positional parser does', () => {
    const text = readFileSync('glossary/termbase.yaml', 'utf8');
    expect(parseGlossaryYaml(text, 'glossary/termbase.yaml')).to.deep.equal(readWithPositions(text, 'glossary/termbase.yaml'));
  });

  it('keeps YAML 1.2 core scalars as the positional parser reads them (no, on, dates stay text)', () => {
    const text = 'version: 1\nlanguages:\n  "no": { endings: 2 }\nconcepts:\n  - id: c1\n    note: 2022-01-07\n    terms:\n      "no":\n        preferred: "on"\n      en:\n        preferred: Yes\n';
    expect(parseGlossaryYaml(text, 'x.yaml')).to.deep.equal(readWithPositions(text, 'x.yaml'));
  });

  it('reports a problem with its line and column, found through the positional parser', () => {
    const text = 'version: 1\nconcepts:\n  - id: c1\n    terms:\n      en:\n        preferred: A\n  - id: c1\n    terms:\n      en:\n        preferred: B\n';
    try {
      parseGlossaryYaml(text, 'x.yaml');
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(GlossaryError);
      expect((error as GlossaryError).format()).to.match(/x\.yaml:7:\d+: .*c1/);
    }
  });
});
