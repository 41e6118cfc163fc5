import { crc32 } from 'node:zlib';
import { expect } from 'chai';
import { decodeParsedTermbase, encodeParsedTermbase, type ByteSource } from '../../scripts/project/parsed-termbase.js';
import { findConcept } from '../../scripts/glossary/term-lookup.js';
import type { Glossary } from '../../scripts/glossary/model.js';
import { projectTermbase } from '../glossary/helpers.js';

/** The bytes as a source that counts what is read of them. */
function source(bytes: Buffer): ByteSource & { reads: [position: number, length: number][] } {
  const reads: [number, number][] = [];
  return {
    size: bytes.length,
    reads,
    read(position, length) {
      reads.push([position, length]);
      return position + length <= bytes.length ? Buffer.from(bytes.subarray(position, position + length)) : undefined;
    },
  };
}

class Damaged extends Error {}

function notDamaged(conceptId: string): never {
  throw new Error(`concept ${conceptId} read as damaged`);
}

function damagedAs(conceptId: string): never {
  throw new Damaged(conceptId);
}

describe('project: the parsed termbase in the content cache', () => {
  const glossary = projectTermbase();
  const [head, body] = encodeParsedTermbase(glossary);
  const bytes = Buffer.concat([head, body]);
  const decode = (from: Buffer, damaged = notDamaged) => decodeParsedTermbase(source(from), damaged);

  it('starts with its magic number, the concept count and the length of the ids, little-endian', () => {
    expect(bytes.subarray(0, 8).toString('latin1')).to.equal('GLTERMS1');
    const count = bytes.readUInt32LE(8);
    expect(count).to.equal(glossary.concepts.length);
    const jsonStart = 20 + 8 * count;
    expect(head.length).to.equal(jsonStart + bytes.readUInt32LE(12));
    expect(JSON.parse(head.toString('utf8', jsonStart))).to.deep.equal({ languages: glossary.languages, ids: glossary.concepts.map((concept) => concept.id) });
    expect(bytes.readUInt32LE(16)).to.equal(crc32(head.subarray(20)) >>> 0);
    // The last end is the length of the concepts, and each concept's CRC-32 follows the ends.
    expect(head.readUInt32LE(20 + 4 * (count - 1))).to.equal(body.length);
    const firstEnd = head.readUInt32LE(20);
    expect(head.readUInt32LE(20 + 4 * count)).to.equal(crc32(body.subarray(0, firstEnd)) >>> 0);
    expect(JSON.parse(body.toString('utf8', 0, firstEnd))).to.deep.equal(glossary.concepts[0]);
  });

  it('reads back every concept, with Cyrillic and Kazakh text, and the language settings', () => {
    const decoded = decode(bytes)!;
    expect(decoded.concepts.length).to.equal(glossary.concepts.length);
    expect([...decoded.concepts]).to.deep.equal(glossary.concepts);
    expect(decoded.languages).to.deep.equal(glossary.languages);
    expect(JSON.stringify(decoded)).to.equal(JSON.stringify(glossary));
    expect(findConcept(decoded, 'almaty')?.terms['kk']?.map((term) => term.text)).to.include('Алматы');
  });

  it('makes a concept when it is asked for, the same object every time, and answers `at` as an array does', () => {
    const decoded = decode(bytes)!;
    const last = glossary.concepts.length - 1;
    expect(decoded.concepts.at(last)).to.deep.equal(glossary.concepts[last]);
    expect(decoded.concepts.at(-1)).to.equal(decoded.concepts.at(last));
    expect(decoded.concepts.at(last + 1)).to.equal(undefined);
    for (const index of [0.5, -0.5, 1.9, -1.5, Number.NaN, last + 1, -last - 2, Number.POSITIVE_INFINITY]) {
      expect(decoded.concepts.at(index), String(index)).to.deep.equal(glossary.concepts.at(index));
    }
  });

  it('reads only the header until a concept is asked for, then that concept alone; concepts asked for in order a block at a time', () => {
    const from = source(bytes);
    const decoded = decodeParsedTermbase(from, notDamaged)!;
    expect(from.reads).to.deep.equal([
      [0, 20],
      [20, head.length - 20],
    ]);
    const ends = glossary.concepts.map((_, index) => head.readUInt32LE(20 + 4 * index));
    decoded.concepts.at(3);
    expect(from.reads.slice(2)).to.deep.equal([[head.length + ends[2]!, ends[3]! - ends[2]!]]);
    // From the first concept on, one after another: the first alone (it does not follow the fourth), then the rest in one read.
    expect([...decoded.concepts]).to.deep.equal(glossary.concepts);
    expect(from.reads.slice(3)).to.deep.equal([
      [head.length, ends[0]!],
      [head.length + ends[0]!, body.length - ends[0]!],
    ]);
  });

  it('reads damaged, cut, grown or foreign bytes as none', () => {
    const flipped = (offset: number) => {
      const copy = Buffer.from(bytes);
      copy[offset]! ^= 0x01;
      return copy;
    };
    const count = glossary.concepts.length;
    for (const [what, damaged] of [
      ['empty', Buffer.alloc(0)],
      ['JSON', Buffer.from('{"languages":{},"ids":[]}\n')],
      ['the format before', Buffer.concat([Buffer.from('{"languages":{},"ids":[],"ends":[],"digest":"crc32:0"}\n')])],
      ['cut by a byte', bytes.subarray(0, bytes.length - 1)],
      ['grown by a byte', Buffer.concat([bytes, Buffer.from(' ')])],
      ['the header alone', head],
      ['another magic number', flipped(7)],
      ['another count', flipped(8)],
      ['another length of the ids', flipped(12)],
      ['another checksum', flipped(16)],
      ['a damaged end', flipped(20)],
      ['a damaged checksum of a concept', flipped(20 + 4 * count)],
      ['a damaged id', flipped(head.length - 3)],
    ] as const) {
      expect(decode(damaged), what).to.equal(undefined);
    }
  });

  it('says which concept is damaged when it is asked for, and reads the others', () => {
    const ends = glossary.concepts.map((_, index) => head.readUInt32LE(20 + 4 * index));
    for (const index of [0, Math.floor(glossary.concepts.length / 2), glossary.concepts.length - 1]) {
      const copy = Buffer.from(bytes);
      // A letter of the concept changed to another, so the JSON still parses.
      const at = copy.indexOf('"id"', head.length + (index === 0 ? 0 : ends[index - 1]!)) + 7;
      copy[at]! ^= 0x01;
      const decoded = decode(copy, damagedAs)!;
      expect(() => decoded.concepts.at(index), String(index)).to.throw(Damaged, glossary.concepts[index]!.id);
      const other = index === 0 ? 1 : 0;
      expect(decoded.concepts.at(other)).to.deep.equal(glossary.concepts[other]);
    }
  });

  it('says a concept is damaged when the file can no longer be read', () => {
    const from = source(bytes);
    const decoded = decodeParsedTermbase({ size: from.size, read: (position, length) => (position < head.length ? from.read(position, length) : undefined) }, damagedAs)!;
    expect(() => decoded.concepts.at(2)).to.throw(Damaged, glossary.concepts[2]!.id);
  });

  it('reads back an empty glossary', () => {
    const empty: Glossary = { concepts: [], languages: {} };
    const decoded = decode(Buffer.concat(encodeParsedTermbase(empty)))!;
    expect(decoded.concepts.length).to.equal(0);
    expect([...decoded.concepts]).to.deep.equal([]);
  });
});
