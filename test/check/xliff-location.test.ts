import { expect } from 'chai';
import { runRules } from '../../scripts/check/engine.js';
import type { TranslationUnit } from '../../scripts/check/rule.js';
import termDeprecated from '../../scripts/check/rules/term/deprecated.js';
import { xliffTargetLocation } from '../../scripts/check/xliff-location.js';
import { LineIndex } from '../../scripts/core/position.js';
import { compileMatcher } from '../../scripts/glossary/index.js';
import { partsToIcu, readXliff } from '../../scripts/xliff/index.js';
import { termSetup } from './rules/term/term-cases.js';

const glossary = termSetup.glossary!;

/** `term/deprecated` over every target of an XLIFF document, as `glossa check file.xlf` runs it. */
function deprecatedIn(xml: string, fileText = xml): string[] {
  const parsed = readXliff(xml, 'delivery.xlf');
  const units: TranslationUnit[] = parsed.files[0]!.units.map((unit) => {
    const converted = partsToIcu(unit.target!);
    if (!('message' in converted)) throw new Error(converted.error);
    return {
      side: 'translation',
      origin: 'xliff',
      article: 'case',
      file: 'delivery.xlf',
      locale: 'de',
      id: unit.id,
      text: converted.message,
      location: xliffTargetLocation(unit, () => fileText),
    };
  });
  const found = runRules({
    sourceLocale: 'en',
    targetLocales: ['de'],
    rules: [termDeprecated],
    settings: {},
    glossary,
    matcher: (lang) => compileMatcher(glossary, lang),
    sources: [],
    translations: units,
    suppressions: new Map(),
  });
  return found.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message.slice(0, d.message.indexOf(' is '))}`);
}

/** Line:column of the n-th occurrence of `needle` in `text`, and just past it. */
function where(text: string, needle: string, nth = 0): string {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  const lines = new LineIndex(text);
  const start = lines.positionAt(offset);
  const end = lines.positionAt(offset + needle.length);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

const xliff20 = (units: string) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">',
    '  <file id="f1" original="source/case.md">',
    units,
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');

describe('positions of findings inside XLIFF targets', () => {
  it('2.0: a term after a placeholder, an entity and a line break, inside a term mark, is placed at the word', () => {
    const xml = xliff20(
      [
        '    <unit id="u1">',
        '      <segment state="translated">',
        '        <source>On <ph id="d1" disp="7 January"/>, protesters &amp; police met in Kyiv.</source>',
        '        <target>Am <ph id="d1" disp="7. Januar"/> trafen Demonstranten &amp; Polizei',
        '          in <mrk id="t1" type="term">Kiew</mrk> aufeinander.</target>',
        '      </segment>',
        '    </unit>',
      ].join('\n'),
    );
    expect(deprecatedIn(xml)).to.deep.equal([`${where(xml, 'Kiew')} "Kiew"`]);
  });

  it('1.2: CRLF line ends, an <x/> placeholder and escaped markup before the term', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
      '  <file original="source/case.md" source-language="en" target-language="de" datatype="plaintext">',
      '    <body>',
      '      <trans-unit id="u1">',
      '        <source>On <x id="d1"/> he said &lt;no&gt; in Kharkiv.</source>',
      '        <target state="translated">Am <x id="d1"/> sagte er',
      '&lt;nein&gt; in <mrk mtype="term">Charkow</mrk>.</target>',
      '      </trans-unit>',
      '    </body>',
      '  </file>',
      '</xliff>',
      '',
    ].join('\r\n');
    const found = deprecatedIn(xml);
    expect(found).to.deep.equal([`${where(xml, 'Charkow')} "Charkow"`]);
    expect(found[0]).to.match(/^8:/u);
  });

  it('2.0: a unit of two segments, the term in the second, after CDATA and a quoted apostrophe', () => {
    const xml = xliff20(
      [
        '    <unit id="u2">',
        '      <segment id="s1" state="translated">',
        "        <source>It's cold.</source>",
        "        <target>Es ist 'kalt'.</target>",
        '      </segment>',
        '      <ignorable>',
        '        <source> </source>',
        '      </ignorable>',
        '      <segment id="s2" state="translated">',
        '        <source>Odesa and Kyiv.</source>',
        '        <target><![CDATA[Odessa & ]]>Kiew.</target>',
        '      </segment>',
        '    </unit>',
      ].join('\n'),
    );
    expect(deprecatedIn(xml)).to.deep.equal([`${where(xml, 'Odessa')} "Odessa"`, `${where(xml, 'Kiew')} "Kiew"`]);
  });

  it('falls back to the <target> start when the file on disk no longer holds what was read', () => {
    const xml = xliff20(
      ['    <unit id="u1">', '      <segment state="translated">', '        <source>In Kyiv.</source>', '        <target>In Kiew.</target>', '      </segment>', '    </unit>'].join('\n'),
    );
    const changed = xml.replace('In Kiew.', 'In Kyjiw!');
    const target = where(xml, '<target>').split('-')[0];
    expect(deprecatedIn(xml, changed)).to.deep.equal([`${target}-${target} "Kiew"`]);
  });
});
