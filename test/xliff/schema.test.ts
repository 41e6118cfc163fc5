import { expect } from 'chai';
import { writeXliff } from '../../scripts/xliff/write-xliff.js';
import { russianExport, segments, unit } from './helpers/article.js';
import { requireSchemas, xmllintErrors } from './helpers/xmllint.js';

describe('xliff/writeXliff output against the OASIS schemas (xmllint)', () => {
  before(() => requireSchemas());

  it('1.2 export of the article is valid under the strict 1.2 schema', async () => {
    expect(await xmllintErrors(writeXliff(russianExport('1.2')), '1.2-strict')).to.deep.equal([]);
  });

  it('2.0 export of the article is valid under core plus module schemas', async () => {
    expect(await xmllintErrors(writeXliff(russianExport('2.0')), '2.0')).to.deep.equal([]);
  });

  it('an export without any target is valid in both versions', async () => {
    const input = (version: '1.2' | '2.0') =>
      russianExport(version, { groups: [{ id: 'b7', type: 'paragraph', units: [unit(segments.almaty), unit(segments.gas)] }] });
    expect(await xmllintErrors(writeXliff(input('1.2')), '1.2-strict')).to.deep.equal([]);
    expect(await xmllintErrors(writeXliff(input('2.0')), '2.0')).to.deep.equal([]);
  });

  it('2.0 with <cp>, copied placeholders and odd block types is valid', async () => {
    const segment = { ...segments.gas, text: `${segments.gas.text}\u0001`, message: `${segments.gas.message}\u0001` };
    const input = russianExport('2.0', {
      groups: [{ id: '1 block/with spaces', type: 'list item: nested', units: [unit(segment, { target: '{m1}, {m2}, {m1}' })] }],
    });
    expect(await xmllintErrors(writeXliff(input), '2.0')).to.deep.equal([]);
  });

  it('the module schemas are really in use: a glossary entry without <gls:term> fails', async () => {
    const xml = writeXliff(russianExport('2.0')).replace(/<gls:term [^>]*>[^<]*<\/gls:term>/, '');
    const errors = await xmllintErrors(xml, '2.0');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/translation': This element is not expected. Expected is \( \{urn:oasis:names:tc:xliff:glossary:2.0\}term \)/);
  });
});
