import { expect } from 'chai';
import fc from 'fast-check';
import { InputError } from '../../scripts/core/errors.js';
import { LineIndex } from '../../scripts/core/position.js';
import { formatResource, messageOffsetToFileOffset, parseResource } from '../../scripts/locales/resource-file.js';

describe('locales/resource-file', () => {
  it('formats one entry a line with a final newline', () => {
    expect(formatResource([['a', 'x'], ['b', 'y "z"']])).to.equal('{\n  "a": "x",\n  "b": "y \\"z\\""\n}\n');
    expect(formatResource([])).to.equal('{}\n');
  });

  it('reads back what it writes, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string(), fc.string()), { selector: ([id]) => id }), (entries) => {
        const parsed = parseResource(formatResource(entries), 'x.json');
        expect(parsed.entries.map((entry) => [entry.id, entry.message])).to.deep.equal(entries);
        expect(JSON.parse(parsed.text)).to.deep.equal(Object.fromEntries(entries));
      }),
    );
  });

  it('reads ids and messages as JSON.parse does, in any spacing, and keeps where each value stands', () => {
    const spacing = fc.constantFrom('', ' ', '\n', '\r\n', '\t', '\n    ');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), spacing), { selector: ([id]) => id }), spacing, (entries, end) => {
        const text = `{${entries.map(([id, message, space]) => `${space}${JSON.stringify(id)}${space}:${space}${JSON.stringify(message)}${space}`).join(',')}${end}}${end}`;
        const parsed = parseResource(text, 'x.json');
        expect(parsed.entries.map((entry) => [entry.id, entry.message])).to.deep.equal(entries.map(([id, message]) => [id, message]));
        for (const entry of parsed.entries) {
          expect(text.slice(entry.valueOffset, entry.valueOffset + entry.rawValue.length)).to.equal(entry.rawValue);
          expect(JSON.parse(entry.rawValue)).to.equal(entry.message);
        }
      }),
    );
  });

  it('maps offsets inside a message to the file, through escapes', () => {
    const text = formatResource([['id1', 'Он сказал: "Стоп". В Алма-Ате']]);
    const [entry] = parseResource(text, 'x.json').entries;
    const at = messageOffsetToFileOffset(entry!, entry!.message.indexOf('Алма-Ате'));
    expect(text.slice(at, at + 8)).to.equal('Алма-Ате');
    expect(new LineIndex(text).positionAt(at)).to.deep.equal({ line: 2, column: text.split('\n')[1]!.indexOf('Алма-Ате') + 1 });
  });

  for (const [name, text, pattern] of [
    ['not an object', '[]', /x\.json:1:1: .*expected "\{"/],
    ['a duplicate id', '{\n  "a": "1",\n  "a": "2"\n}', /x\.json:3:3: .*appears twice/],
    ['a nested object', '{\n  "a": {}\n}', /x\.json:2:8: .*must be a string/],
    ['a missing comma', '{\n  "a": "1"\n  "b": "2"\n}', /x\.json:3:3: .*expected "," or "\}"/],
    ['an unclosed string', '{ "a": "1 }', /x\.json:1:8: .*not closed/],
    ['trailing text', '{}\n}', /x\.json:2:1: .*after the closing/],
  ] as const) {
    it(`rejects ${name} with line and column`, () => {
      expect(() => parseResource(text, 'x.json'))
        .to.throw(InputError)
        .that.satisfies((error: InputError) => pattern.test(error.format()));
    });
  }
});
