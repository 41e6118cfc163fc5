import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';
import { InputError } from '../../scripts/core/errors.js';
import { validateXliff } from '../../scripts/xliff/validate-xliff.js';
import { writeXliff } from '../../scripts/xliff/write-xliff.js';
import { russianExport } from './helpers/article.js';
import { requireSchemas } from './helpers/xmllint.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const fixture = (dir: string, name: string) => readFileSync(path.join(here, 'fixtures', dir, name), 'utf8');

/** [ruleId, severity, line, column] of each finding, optionally of one rule only. */
function summary(diagnostics: readonly Diagnostic[], ruleId?: string): Array<[string, string, number, number]> {
  return diagnostics.filter((d) => ruleId === undefined || d.ruleId === ruleId).map((d) => [d.ruleId, d.severity, d.line, d.column]);
}

async function validateFixture(name: string): Promise<Diagnostic[]> {
  const diagnostics = await validateXliff(fixture('validator', name), `locales/ru/${name}`);
  for (const d of diagnostics) expect(d.file).to.equal(`locales/ru/${name}`);
  return diagnostics;
}

describe('xliff/validateXliff', () => {
  before(() => requireSchemas());

  describe('valid files', () => {
    it('accepts Glossa exports in both versions', async () => {
      expect(await validateXliff(writeXliff(russianExport('1.2')), 'ru.xlf')).to.deep.equal([]);
      expect(await validateXliff(writeXliff(russianExport('2.0')), 'ru.xlf')).to.deep.equal([]);
    });

    it('accepts the 2.1 file of another tool with modules, spanning codes and reordered targets', async () => {
      expect(await validateXliff(fixture('reader', 'other-tool-2.0.xlf'), 'other.xlf')).to.deep.equal([]);
    });
  });

  describe('xliff/schema', () => {
    it('2.0: reports an attribute the schema does not allow, at its element', async () => {
      const diagnostics = await validateFixture('schema-2.0.xlf');
      expect(summary(diagnostics)).to.deep.equal([['xliff/schema', 'error', 5, 7]]);
      expect(diagnostics[0]!.message).to.equal("Element 'segment', attribute 'color': The attribute 'color' is not allowed. (xliff_2.0_with_modules.xsd)");
    });

    it('1.2 written by Glossa: the strict schema is the gate', async () => {
      const diagnostics = await validateFixture('schema-1.2-own.xlf');
      expect(summary(diagnostics)).to.deep.equal([['xliff/schema', 'error', 9, 9]]);
      expect(diagnostics[0]!.message).to.match(/^Element 'prop-group': This element is not expected\..*\(xliff-core-1\.2-strict\.xsd\)$/);
    });

    it('1.2 from another tool: transitional is the gate, strict-only findings are warnings', async () => {
      const diagnostics = await validateFixture('schema-1.2-other-tool.xlf');
      expect(summary(diagnostics)).to.deep.equal([['xliff/schema', 'warning', 8, 9]]);
    });
  });

  describe('rules no schema expresses', () => {
    it('xliff/duplicate-id: unit ids, unit vs group ids, and ids inside a unit', async () => {
      const diagnostics = await validateFixture('duplicate-id.xlf');
      expect(summary(diagnostics, 'xliff/duplicate-id')).to.deep.equal([
        ['xliff/duplicate-id', 'error', 9, 5],
        ['xliff/duplicate-id', 'error', 10, 39],
        ['xliff/duplicate-id', 'error', 10, 70],
        ['xliff/duplicate-id', 'error', 12, 5],
      ]);
      expect(diagnostics.map((d) => d.message)).to.include('duplicate unit id "g1" among the groups and units of this <file> (first at line 4)');
      expect(diagnostics.map((d) => d.message)).to.include('duplicate <ph> id "s1" in this unit (first at line 10)');
    });

    it('xliff/missing-trglang: 2.0 root and 1.2 file with targets but no target language', async () => {
      expect(summary(await validateFixture('missing-trglang-2.0.xlf'))).to.deep.equal([['xliff/missing-trglang', 'error', 2, 1]]);
      expect(summary(await validateFixture('missing-trglang-1.2.xlf'))).to.deep.equal([['xliff/missing-trglang', 'error', 3, 3]]);
    });

    it('xliff/unpaired-code: 2.0 <sc>/<ec> in the wrong order or never closed', async () => {
      const diagnostics = await validateFixture('unpaired-2.0.xlf');
      expect(summary(diagnostics, 'xliff/unpaired-code')).to.deep.equal([
        ['xliff/unpaired-code', 'error', 6, 60],
        ['xliff/unpaired-code', 'error', 7, 17],
        ['xliff/unpaired-code', 'error', 7, 41],
      ]);
      expect(diagnostics.find((d) => d.line === 7 && d.column === 17)!.message).to.equal(
        '<ec startRef="1"> has no earlier <sc> with that id in the target of this unit',
      );
    });

    it('xliff/unpaired-code: 1.2 <bpt> without <ept> and <ex> without <bx>', async () => {
      const diagnostics = await validateFixture('unpaired-1.2.xlf');
      expect(summary(diagnostics)).to.deep.equal([
        ['xliff/unpaired-code', 'error', 6, 17],
        ['xliff/unpaired-code', 'error', 6, 55],
      ]);
    });

    it('xliff/code-mismatch: 2.0 invented code is an error, lost Glossa placeholder an error, lost foreign code a warning', async () => {
      const diagnostics = await validateFixture('code-mismatch-2.0.xlf');
      expect(summary(diagnostics)).to.deep.equal([
        ['xliff/code-mismatch', 'error', 7, 9],
        ['xliff/code-mismatch', 'warning', 7, 9],
        ['xliff/code-mismatch', 'error', 7, 34],
      ]);
      expect(diagnostics.map((d) => d.message)).to.deep.equal([
        '<ph id="m1"> of the source (line 6) is missing from the target',
        '<pc id="p1"> of the source (line 6) is missing from the target',
        'target has <ph id="x9">, which the source does not have',
      ]);
    });

    it('xliff/code-mismatch: 1.2 target placeholder that is not the source one', async () => {
      expect(summary(await validateFixture('code-mismatch-1.2.xlf'))).to.deep.equal([
        ['xliff/code-mismatch', 'error', 7, 9],
        ['xliff/code-mismatch', 'error', 7, 52],
      ]);
    });

    it('xliff/state-without-target: 2.0 final without target, reviewed with an empty one; initial is fine', async () => {
      const diagnostics = await validateFixture('state-without-target-2.0.xlf');
      expect(summary(diagnostics)).to.deep.equal([
        ['xliff/state-without-target', 'error', 5, 7],
        ['xliff/state-without-target', 'error', 8, 7],
      ]);
      expect(diagnostics.map((d) => d.message)).to.deep.equal([
        'segment state is "final" but it has no <target>',
        'segment state is "reviewed" but it has an empty <target>',
      ]);
    });

    it('xliff/state-without-target: 1.2 translated with an empty target; new is fine', async () => {
      expect(summary(await validateFixture('state-without-target-1.2.xlf'))).to.deep.equal([['xliff/state-without-target', 'error', 7, 9]]);
    });
  });

  describe('references', () => {
    it('xliff/unresolved-reference: 1.2 xid must name a unit of the same <file>, before or after', async () => {
      const diagnostics = await validateFixture('references-1.2.xlf');
      expect(summary(diagnostics)).to.deep.equal([
        ['xliff/unresolved-reference', 'error', 13, 21],
        ['xliff/unresolved-reference', 'error', 13, 54],
        ['xliff/unresolved-reference', 'error', 20, 27],
      ]);
      expect(diagnostics[2]!.message).to.equal('xid="u2" names no <trans-unit> or <bin-unit> of this <file> (XLIFF 1.2, attribute xid)');
    });

    it('2.0 fragment identifiers name their constraint and accept registered extension prefixes only', async () => {
      const text = (ref: string) =>
        '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">\n' +
        ` <file id="f1"><unit id="u1"><segment><source><mrk id="m1" type="my:x" ref="${ref}">a</mrk></source></segment></unit></file>\n</xliff>\n`;
      expect(await validateXliff(text('#/f=f1/u=u1/m1'), 'a.xlf')).to.deep.equal([]);
      const unknown = await validateXliff(text('#/f=f1/acme=k1'), 'a.xlf');
      expect(summary(unknown)).to.deep.equal([['xliff/bad-fragment-id', 'error', 3, 47]]);
      expect(unknown[0]!.message).to.equal(
        'ref="#/f=f1/acme=k1" is not a valid XLIFF fragment identifier: the prefix "acme" is not registered for XLIFF fragment identifiers (XLIFF 2.0 Fragment Identification)',
      );
      expect(await validateXliff(text('#/f=f1/acme=k1'), 'a.xlf', { fragmentPrefixes: ['acme'] })).to.deep.equal([]);
    });
  });

  describe('files that cannot be read as XLIFF', () => {
    it('xliff/not-well-formed with the position, and nothing else', async () => {
      const text = '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">\n  <file id="f">\n</xliff>\n';
      const diagnostics = await validateXliff(text, 'broken.xlf');
      expect(summary(diagnostics)).to.deep.equal([['xliff/not-well-formed', 'error', 4, 9]]);
      expect(diagnostics[0]!.message).to.equal('malformed XML: unexpected close tag');
    });

    it('xliff/doctype for a DTD, before xmllint ever sees the file', async () => {
      const diagnostics = await validateXliff(fixture('security', 'xxe-passwd.xlf'), 'xxe.xlf');
      expect(summary(diagnostics)).to.deep.equal([['xliff/doctype', 'error', 2, 1]]);
    });

    it('xliff/unknown-version and xliff/wrong-root', async () => {
      const v11 = '<?xml version="1.0"?>\n<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file/></xliff>';
      expect(summary(await validateXliff(v11, 'old.xlf'))).to.deep.equal([['xliff/unknown-version', 'error', 2, 1]]);
      expect(summary(await validateXliff('<tmx version="1.4"/>', 'memory.tmx'))).to.deep.equal([['xliff/wrong-root', 'error', 1, 1]]);
    });
  });

  it('throws a clear InputError when the schemas are missing', async () => {
    const missing = path.join(here, 'fixtures', 'no-such-schemas');
    try {
      await validateXliff(writeXliff(russianExport('2.0')), 'ru.xlf', { schemaDir: missing });
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(InputError);
      expect((error as InputError).message).to.equal(`XLIFF schemas not found at ${missing}; the package is incomplete; reinstall it (the schemas ship in its schemas/ folder)`);
    }
  });
});
