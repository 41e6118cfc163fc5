import { expect } from 'chai';
import { create } from 'xmlbuilder2';
import { escapeXmlAttribute, escapeXmlText } from '../../scripts/xml/escape.js';
import { xmlAttribute, xmlText } from '../../scripts/xml/builder-escape.js';
import { buildDocument } from '../../scripts/xliff/xml-tree.js';

// XLIFF and TMX are written as strings; TBX and JUnit through xmlbuilder2. Both must give the same bytes.
const samples = [
  'plain',
  'AT&T & AT&amp;T &nbsp; &#13; &#x41;',
  '<b>bold</b> a > b',
  'quotes " and \' apostrophes',
  'tab\there, line\nbreak, return\r, both\r\n',
  ']]> ends CDATA',
  'Алматы — «цитата» 𝔘',
];

describe('xml: string escapes give the bytes xmlbuilder2 writes', () => {
  for (const sample of samples) {
    it(`text and attribute ${JSON.stringify(sample)}`, () => {
      const viaBuilder = create().ele('p', { a: xmlAttribute(sample) }).txt(xmlText(sample)).end({ headless: true });
      const direct = `<p a="${escapeXmlAttribute(sample)}">${escapeXmlText(sample)}</p>`;
      expect(direct).to.equal(viaBuilder);
    });
  }

  it('a document with namespaces, prefixes, empty and mixed elements matches xmlbuilder2', () => {
    const built = buildDocument('urn:a', 'root', { version: '2.0', 'xmlns:g': 'urn:g', skip: undefined }, (root) => {
      root.block('g:list', {}, (list) => list.leaf('g:item', { id: 'x&y' }, 'a < b'), 'urn:g');
      root.block('empty', {}, () => {});
      root.inline('mixed', { 'xml:space': 'preserve' }, (mixed) => {
        mixed.text('one ');
        mixed.empty('ph', { id: '1' });
        mixed.span('mrk', { type: 'term' }, (mark) => mark.text('two'));
      });
      root.leaf('plain', {}, '');
      root.leaf('other', {}, 'elsewhere', 'urn:b');
    });
    const direct = built.text();
    const document = create();
    const root = document.ele('urn:a', 'root', { version: '2.0', 'xmlns:g': 'urn:g' });
    root.txt('\n  ');
    const list = root.ele('urn:g', 'g:list', {});
    list.txt('\n    ');
    list.ele('urn:g', 'g:item', { id: xmlAttribute('x&y') }).txt(xmlText('a < b'));
    list.txt('\n  ');
    root.txt('\n  ');
    root.ele('urn:a', 'empty', {});
    root.txt('\n  ');
    const mixed = root.ele('urn:a', 'mixed', { 'xml:space': 'preserve' });
    mixed.txt('one ');
    mixed.ele('urn:a', 'ph', { id: '1' });
    mixed.ele('urn:a', 'mrk', { type: 'term' }).txt('two');
    root.txt('\n  ');
    root.ele('urn:a', 'plain', {});
    root.txt('\n  ');
    root.ele('urn:b', 'other', {}).txt('elsewhere');
    root.txt('\n');
    const expected = `<?xml version="1.0" encoding="UTF-8"?>\n${document.end({ headless: true, prettyPrint: false })}\n`;
    expect(direct).to.equal(expected);
    expect(direct).to.contain('<other xmlns="urn:b">elsewhere</other>').and.contain('<empty/>').and.contain('<g:item id="x&amp;y">a &lt; b</g:item>');
  });

  it('the bytes of a document are its text in UTF-8, wherever the encoder cuts it', () => {
    // Pieces of every script the project writes, and a surrogate pair given as two pieces; the prefix moves the chunk boundary across all of them.
    const pieces = ['Almaty ', 'Алматы ', 'Қазақстан ', 'Київ ', 'Straße ', '𝔘', '\uD83D', '\uDE00', '&<>"'];
    for (let shift = 0; shift < 80; shift++) {
      const built = buildDocument('urn:a', 'root', {}, (root) => {
        root.inline('p', {}, (p) => {
          p.text('x'.repeat(16_000 + shift));
          for (let index = 0; index < 4_000; index++) p.text(pieces[index % pieces.length]!);
        });
      });
      const text = built.text();
      expect(text).to.contain('😀');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(built.bytes()), `prefix of ${16_000 + shift}`).to.equal(text);
    }
  });
});
