import { expect } from 'chai';
import { decodeParsedTermbase, encodeParsedTermbase } from '../../scripts/project/parsed-termbase.js';
import { findConcept } from '../../scripts/glossary/term-lookup.js';
import { projectTermbase } from '../glossary/helpers.js';

describe('project: the parsed termbase in the content cache', () => {
  const glossary = projectTermbase();
  const bytes = Buffer.concat(encodeParsedTermbase(glossary));

  it('reads back every concept, with Cyrillic and Kazakh text, and the language settings', () => {
    const decoded = decodeParsedTermbase(bytes)!;
    expect(decoded.concepts.length).to.equal(glossary.concepts.length);
    expect([...decoded.concepts]).to.deep.equal(glossary.concepts);
    expect(decoded.languages).to.deep.equal(glossary.languages);
    expect(JSON.stringify(decoded)).to.equal(JSON.stringify(glossary));
    expect(findConcept(decoded, 'almaty')?.terms['kk']?.map((term) => term.text)).to.include('Алматы');
  });

  it('makes a concept when it is asked for, the same object every time, and answers `at` as an array does', () => {
    const decoded = decodeParsedTermbase(bytes)!;
    const last = glossary.concepts.length - 1;
    expect(decoded.concepts.at(last)).to.deep.equal(glossary.concepts[last]);
    expect(decoded.concepts.at(-1)).to.equal(decoded.concepts.at(last));
    expect(decoded.concepts.at(last + 1)).to.equal(undefined);
    for (const index of [0.5, -0.5, 1.9, -1.5, Number.NaN, last + 1, -last - 2, Number.POSITIVE_INFINITY]) {
      expect(decoded.concepts.at(index), String(index)).to.deep.equal(glossary.concepts.at(index));
    }
  });

  it('reads damaged or foreign bytes as none', () => {
    const lineEnd = bytes.indexOf(0x0a);
    const flipped = (offset: number) => {
      const copy = Buffer.from(bytes);
      copy[offset]! ^= 0x01;
      return copy;
    };
    for (const damaged of [
      Buffer.alloc(0),
      Buffer.from('{}\n'),
      Buffer.from('not json\n{}'),
      bytes.subarray(0, bytes.length - 1),
      Buffer.concat([bytes, Buffer.from(' ')]),
      bytes.subarray(0, lineEnd),
      flipped(lineEnd + 1),
      flipped(bytes.length - 1),
      flipped(lineEnd + Math.floor((bytes.length - lineEnd) / 2)),
    ]) {
      expect(decodeParsedTermbase(damaged)).to.equal(undefined);
    }
  });

  it('reads back an empty glossary', () => {
    const decoded = decodeParsedTermbase(Buffer.concat(encodeParsedTermbase({ concepts: [], languages: {} })))!;
    expect(decoded.concepts.length).to.equal(0);
    expect([...decoded.concepts]).to.deep.equal([]);
  });
});
