import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { readXliff } from '../../scripts/xliff/read-xliff.js';
import { validateAndReadXliffAll, validateXliffAll } from '../../scripts/xliff/validate-xliff.js';
import { repoRoot } from './helpers/article.js';
import { requireSchemas } from './helpers/xmllint.js';

/** What reading a document gives: the document, or the kind and text of the error it throws. */
function outcome(read: () => unknown): unknown {
  try {
    return { document: read() };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

function xliffFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.xlf'))
    .map((name) => path.join(folder, name))
    .sort();
}

describe('xliff: one parse for validation and reading', function () {
  this.timeout(120000);

  it('reads every file of the OASIS suite and of the reader and security fixtures as readXliff does, errors included, with the same findings', async () => {
    requireSchemas();
    const files = [
      ...xliffFiles(path.join(repoRoot, 'test/fixtures/xliff-test-suite')),
      ...xliffFiles(path.join(repoRoot, 'test/xliff/fixtures/reader')),
      ...xliffFiles(path.join(repoRoot, 'test/xliff/fixtures/security')),
    ];
    expect(files.length).to.be.greaterThan(200);
    const documents = files.map((file) => ({ text: readFileSync(file, 'utf8'), fileName: path.relative(repoRoot, file) }));
    const [together, alone] = await Promise.all([validateAndReadXliffAll(documents), validateXliffAll(documents)]);
    let read = 0;
    documents.forEach(({ text, fileName }, index) => {
      expect(together[index]!.diagnostics, fileName).to.deep.equal(alone[index]);
      const expected = outcome(() => readXliff(text, fileName));
      expect(outcome(together[index]!.read), fileName).to.deep.equal(expected);
      if ('document' in (expected as object)) read++;
    });
    // Both kinds are among them: documents read, and documents refused.
    expect(read).to.be.greaterThan(100);
    expect(read).to.be.lessThan(files.length);
  });

  it('keeps the first error: a unit without source before malformed XML is reported as the missing source', async () => {
    const text = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u1"><segment><target>x</target></segment></unit><unit id="u2"></file></xliff>';
    const [validated] = await validateAndReadXliffAll([{ text, fileName: 'broken.xlf' }]);
    expect(outcome(validated!.read)).to.deep.equal(outcome(() => readXliff(text, 'broken.xlf')));
    expect((outcome(validated!.read) as { message: string }).message).to.not.match(/malformed/);
    expect(validated!.diagnostics.map((d) => d.ruleId)).to.include('xliff/not-well-formed');
  });
});
