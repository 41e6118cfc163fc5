import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import { partsToMessage } from '../../scripts/core/message.js';
import { readTmx, type TmxDocument } from '../../scripts/tm/read-tmx.js';
import { writeTmx } from '../../scripts/tm/write-tmx.js';

const units = [
  { id: 'JAysB-A62j', targetLang: 'ru', source: 'This was reported by Reuters on {d1}.', target: 'Об этом {d1} сообщило агентство Reuters.' },
  { id: 'w8Ef0PE0gU', targetLang: 'de', source: 'Gas went from {m1} to {m2} per litre.', target: 'Das Gas stieg von {m1} auf {m2} pro Liter.' },
  // Placeholders in another order, ICU quoting, and characters XML must escape.
  { id: 'reordered', targetLang: 'ru', source: "From {m1} to {m2}: AT&T's <b> '{'braces'}'", target: "До {m2} с {m1}: AT&T «<b>» '{'скобки'}'" },
].map((unit) => ({ ...unit, props: [['x-glossa-article', 'sample'] as const] }));

function messages(document: TmxDocument): Array<[string | undefined, string, string]> {
  return document.units.flatMap((unit) =>
    unit.variants.map((variant): [string | undefined, string, string] => [unit.id, variant.lang, variant.parts ? partsToMessage(variant.parts) : `code ${variant.code}`]),
  );
}

function refusal(text: string): InputError {
  try {
    readTmx(text, 'vendor.tmx');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  expect.fail('the TMX was accepted');
}

const wrap = (seg: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<tmx version="1.4">\n<header srclang="en-US" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>\n<body>\n<tu tuid="a">\n<tuv xml:lang="en-US"><seg>Riots began on 2 January.</seg></tuv>\n<tuv xml:lang="ru-RU"><seg>${seg}</seg></tuv>\n</tu>\n</body>\n</tmx>\n`;

describe('tm/TMX', () => {
  it('writes TMX 1.4b that reads back to the same messages, placeholders as <ph> with x pairing source and target', () => {
    const xml = writeTmx({ srcLang: 'en', toolVersion: '0.1.0', units });
    expect(xml).to.match(/<tmx version="1.4">/);
    expect(xml).to.include('<header creationtool="Glossa" creationtoolversion="0.1.0" segtype="sentence" o-tmf="glossa" adminlang="en" srclang="en" datatype="plaintext"/>');
    expect(xml).to.include('<seg>До <ph x="2" type="x-glossa-placeholder">&lt;x id="m2"/&gt;</ph> с <ph x="1" type="x-glossa-placeholder">&lt;x id="m1"/&gt;</ph>');
    expect(xml).to.include('<prop type="x-glossa-article">sample</prop>');
    const read = readTmx(xml, 'memory.tmx');
    expect(read.srcLang).to.equal('en');
    expect(messages(read)).to.deep.equal(units.flatMap((unit) => [[unit.id, 'en', unit.source], [unit.id, unit.targetLang, unit.target]]));
    expect(writeTmx({ srcLang: 'en', toolVersion: '0.1.0', units })).to.equal(xml);
  });

  it('reads other tools\' TMX: external DTD named, <hi> text kept, {m1} as a placeholder, other codes reported', () => {
    const read = readTmx(
      wrap('Беспорядки начались <hi type="x">2 января</hi> <ph>{d1}</ph> <bpt i="1">&lt;b&gt;</bpt>жирно<ept i="1">&lt;/b&gt;</ept>.', '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'),
      'vendor.tmx',
    );
    expect(read.srcLang).to.equal('en-US');
    const [unit] = read.units;
    expect(unit!.variants[0]).to.deep.include({ lang: 'en-US', line: 7, column: 1 });
    expect(unit!.variants[1]).to.deep.include({ lang: 'ru-RU', code: '<bpt>', line: 8, column: 1 });
    const hiAndPlaceholder = readTmx(wrap('Беспорядки начались <hi>2 января</hi> <ph x="1">{d1}</ph>.'), 'vendor.tmx');
    expect(messages(hiAndPlaceholder)[1]).to.deep.equal(['a', 'ru-RU', 'Беспорядки начались 2 января {d1}.']);
    const nativeCode = readTmx(wrap('Беспорядки <ph>&lt;br/&gt;</ph>.'), 'vendor.tmx');
    expect(nativeCode.units[0]!.variants[1]!.code).to.equal('<ph>');
  });

  it('refuses an internal DTD subset, undeclared entities, malformed XML and other roots, with line and column', () => {
    const subset = refusal(wrap('x', '<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n]>\n'));
    expect(subset.format()).to.match(/^vendor\.tmx:4:\d+: a DOCTYPE with an internal subset/);
    expect(refusal(wrap('&lol;')).format()).to.match(/^vendor\.tmx:7:\d+: reference to an undeclared entity/);
    expect(refusal(wrap('<b>unclosed')).format()).to.match(/^vendor\.tmx:7:\d+: malformed XML/);
    expect(refusal(wrap('x').slice(0, 200)).format()).to.match(/^vendor\.tmx:\d+:\d+: malformed XML/);
    expect(refusal('<xliff version="1.2"/>').format()).to.equal('vendor.tmx:1:1: not a TMX document: the root element is <xliff>, not <tmx>');
    expect(refusal(wrap('x').replace(' srclang="en-US"', '')).format()).to.match(/^vendor\.tmx:3:1: <header> has no srclang attribute/);
  });
});
