import { expect } from 'chai';
import { validateXML } from 'xmllint-wasm';
import { InputError } from '../../scripts/core/errors.js';
import { LimitError } from '../../scripts/core/limits.js';
import { compileMatcher, loadGlossary, parseTbx, writeGlossaryYaml, parseGlossaryYaml, writeTbx, type Glossary } from '../../scripts/glossary/index.js';
import { fixturePath, glossaErrorOf, projectTermbase, readFixture } from './helpers.js';

const schema = () => readFixture('tbx-basic-dca-subset.rng');

async function schemaErrors(fileName: string, xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [schema()], extension: 'relaxng' });
  return result.errors.map((error) => error.rawMessage);
}

async function wellFormednessErrors(fileName: string, xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], normalization: 'format' });
  return result.errors.map((error) => error.rawMessage);
}

describe('TBX import', () => {
  it('reads TBX-Basic v3 in DCA style', () => {
    const expected: Glossary = {
      languages: {},
      concepts: [
        {
          id: 'almaty',
          subject: 'geography',
          definition: 'The largest city of Kazakhstan, its capital until 1997.',
          definitionSource: 'Akorda',
          note: 'Officially Almaty since 1993.',
          terms: {
            en: [
              { text: 'Almaty', status: 'preferred', partOfSpeech: 'noun' },
              { text: 'Alma-Ata', status: 'deprecated', administrativeStatus: 'supersededTerm-admn-sts', note: 'Soviet-era name.' },
            ],
            ru: [
              { text: 'Алматы', status: 'preferred' },
              { text: 'Алма-Ата', status: 'deprecated' },
            ],
            de: [{ text: 'Almaty', status: 'preferred' }],
          },
        },
        {
          id: 'csto',
          subject: 'organization',
          languageDetails: { en: { definition: 'A military alliance of post-Soviet states.' } },
          terms: {
            en: [
              { text: 'Collective Security Treaty Organization', status: 'preferred', termType: 'fullForm' },
              { text: 'CSTO', status: 'admitted', termType: 'acronym' },
            ],
            kk: [{ text: 'ҰҚШҰ', status: 'admitted' }],
            uk: [{ text: 'ОДКБ', status: 'admitted' }],
          },
        },
      ],
    };
    expect(parseTbx(readFixture('tbx-v3-dca.tbx'), 'tbx-v3-dca.tbx')).to.deep.equal(expected);
  });

  it('reads TBX-Basic v3 in DCT style, with min: and basic: data categories', () => {
    const expected: Glossary = {
      languages: {},
      concepts: [
        {
          id: 'tokayev',
          subject: 'person',
          definition: 'President of Kazakhstan since 2019.',
          definitionSource: 'akorda.kz',
          terms: {
            en: [
              { text: 'Kassym-Jomart Tokayev', status: 'preferred', partOfSpeech: 'noun' },
              { text: 'Tokayev', status: 'admitted' },
              { text: 'Kassym-Zhomart Tokayev', status: 'deprecated', note: 'Transliterated from Russian; the Akorda writes Jomart.' },
            ],
            de: [
              { text: 'Qassym-Schomart Tokajew', status: 'preferred' },
              { text: 'Kassym-Schomart Tokajew', status: 'deprecated', administrativeStatus: 'supersededTerm-admn-sts' },
            ],
            kk: [{ text: 'Қасым-Жомарт Тоқаев', status: 'preferred' }],
          },
        },
      ],
    };
    expect(parseTbx(readFixture('tbx-v3-dct.tbx'), 'tbx-v3-dct.tbx')).to.deep.equal(expected);
  });

  it('reads TBX v2 (martif) with tig and ntig, normativeAuthorization, properNoun and context', () => {
    const expected: Glossary = {
      languages: {},
      concepts: [
        {
          id: 'bta-bank',
          subject: 'organization',
          definition: 'A Kazakhstani bank, named Bank TuranAlem until 2008.',
          terms: {
            en: [
              { text: 'BTA Bank', status: 'preferred', partOfSpeech: 'properNoun' },
              { text: 'Bank TuranAlem', status: 'admitted' },
              { text: 'Bank Turan Alem', status: 'deprecated', example: 'The former Bank Turan Alem chief.', note: 'The bank wrote TuranAlem as one word.' },
            ],
            ru: [
              { text: 'БТА Банк', status: 'preferred' },
              { text: 'Банк Туран Алем', status: 'deprecated' },
            ],
          },
        },
        {
          id: 'euromaidan',
          terms: {
            uk: [{ text: 'Євромайдан', status: 'preferred' }],
            de: [
              { text: 'Euromaidan', status: 'preferred' },
              { text: 'Euro-Maidan', status: 'deprecated' },
            ],
          },
        },
      ],
    };
    expect(parseTbx(readFixture('tbx-v2.tbx'), 'tbx-v2.tbx')).to.deep.equal(expected);
  });

  it('gives imported terms to the matcher', async () => {
    const glossary = await loadGlossary(fixturePath('tbx-v2.tbx'));
    const matches = compileMatcher(glossary, 'en').find('the former Bank Turan Alem chief');
    expect(matches.map((m) => [m.conceptId, m.status])).to.deep.equal([['bta-bank', 'deprecated']]);
  });

  it('converts to the YAML format and back without loss', () => {
    for (const name of ['tbx-v3-dca.tbx', 'tbx-v3-dct.tbx', 'tbx-v2.tbx']) {
      const glossary = parseTbx(readFixture(name), name);
      expect(parseGlossaryYaml(writeGlossaryYaml(glossary), `${name}.yaml`), name).to.deep.equal(glossary);
    }
  });

  describe('refuses unsafe and broken input, naming file and line', () => {
    it('a DOCTYPE with an external entity (file disclosure), at the entity declaration', () => {
      const error = glossaErrorOf(() => parseTbx(readFixture('bad/xxe.tbx'), 'bad/xxe.tbx'));
      expect(error).to.be.instanceOf(InputError);
      expect(error.format()).to.match(/^bad\/xxe\.tbx:3:3: an entity declaration is not accepted in a termbase/u);
      expect(error.message).to.not.include('root:');
    });

    it('a DOCTYPE with nested entities (billion laughs), at the first entity declaration', () => {
      const error = glossaErrorOf(() => parseTbx(readFixture('bad/billion-laughs.tbx'), 'bad/billion-laughs.tbx'));
      expect(error.format()).to.match(/^bad\/billion-laughs\.tbx:3:3: an entity declaration is not accepted in a termbase/u);
    });

    it('an internal subset without entities, at its opening bracket', () => {
      const xml = '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd" [\n  <!ELEMENT martif ANY>\n]>\n<martif/>';
      expect(glossaErrorOf(() => parseTbx(xml, 'subset.tbx')).format()).to.match(/^subset\.tbx:2:48: a DOCTYPE with an internal subset \(\[ … \]\) is not accepted/u);
    });

    it('elements nested deeper than the XML limit, as the XLIFF reader refuses them (the same reader)', () => {
      const xml = `<?xml version="1.0"?>\n<martif type="TBX"><text><body>${'<hi>'.repeat(300)}</body></text></martif>`;
      const error = glossaErrorOf(() => parseTbx(xml, 'deep.tbx'));
      expect(error).to.be.instanceOf(LimitError);
      // martif, text, body and 253 <hi> are open; the 254th <hi> starts at column 31 + 253 × 4 + 1.
      expect(error.format()).to.equal('deep.tbx:2:1044: elements nested deeper than 256 (limit xmlElementDepth = 256)');
    });

    it('an entity reference that only the external DTD could define (the DTD is never read)', () => {
      const xml = '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif type="TBX"><text><body><termEntry>\n<langSet xml:lang="en"><tig><term>a&nbsp;b</term></tig></langSet></termEntry></body></text></martif>';
      expect(glossaErrorOf(() => parseTbx(xml, 'nbsp.tbx')).format()).to.equal('nbsp.tbx:4:42: malformed XML: undefined entity.');
    });

    it('an entity that no DTD defines', () => {
      expect(glossaErrorOf(() => parseTbx(readFixture('bad/undefined-entity.tbx'), 'bad/undefined-entity.tbx')).format()).to.equal(
        'bad/undefined-entity.tbx:9:29: malformed XML: undefined entity.',
      );
    });

    it('mismatched tags', () => {
      expect(glossaErrorOf(() => parseTbx(readFixture('bad/malformed.tbx'), 'bad/malformed.tbx')).format()).to.equal(
        'bad/malformed.tbx:9:35: malformed XML: unexpected close tag.',
      );
    });

    it('an unknown status and an unknown language, both reported', () => {
      expect(glossaErrorOf(() => parseTbx(readFixture('bad/bad-values.tbx'), 'bad/bad-values.tbx')).format().split('\n')).to.deep.equal([
        "bad/bad-values.tbx:10:13: unknown administrative status 'favouriteTerm-admn-sts'",
        "bad/bad-values.tbx:13:9: unknown language code 'qq' (CLDR has no language 'qq')",
      ]);
    });

    it('a document that is not TBX', () => {
      expect(glossaErrorOf(() => parseTbx('<?xml version="1.0"?>\n<xliff version="1.2"/>', 'x.tbx')).format()).to.equal(
        'x.tbx:2:1: not a TBX file: the root element is <xliff>, expected <tbx> (TBX v3) or <martif> (TBX v2)',
      );
    });
  });

  describe('fixtures', () => {
    it('are well-formed XML (libxml2)', async () => {
      for (const name of ['tbx-v3-dca.tbx', 'tbx-v3-dct.tbx', 'tbx-v2.tbx']) {
        expect(await wellFormednessErrors(name, readFixture(name)), name).to.deep.equal([]);
      }
      expect(await wellFormednessErrors('malformed.tbx', readFixture('bad/malformed.tbx'))).to.not.deep.equal([]);
    });

    it('the DCA fixture is valid against the TBX-Basic DCA subset schema', async () => {
      expect(await schemaErrors('tbx-v3-dca.tbx', readFixture('tbx-v3-dca.tbx'))).to.deep.equal([]);
    });
  });
});

describe('TBX export', () => {
  it('writes the project termbase so that importing it gives the same glossary', () => {
    const glossary = projectTermbase();
    expect(parseTbx(writeTbx(glossary), 'export.tbx')).to.deep.equal(glossary);
  });

  it('writes the project termbase as TBX-Basic v2 (martif) just as faithfully, matching patterns and language settings included', () => {
    const glossary = projectTermbase();
    const v2 = writeTbx(glossary, 'v2');
    expect(v2).to.match(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02\.dtd">\n<martif type="TBX-Basic" xml:lang="en">/u);
    expect(parseTbx(v2, 'export-v2.tbx')).to.deep.equal(glossary);
  });

  it('writes valid TBX-Basic v3 DCA (checked with libxml2 against the subset schema)', async () => {
    const xml = writeTbx(projectTermbase());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">')).to.equal(
      true,
    );
    expect(await schemaErrors('export.tbx', xml)).to.deep.equal([]);
  });

  it('links a derived term to the term it is formed from with a crossReference, and reads the link back', () => {
    const xml = writeTbx(projectTermbase());
    expect(xml).to.match(/<termSec id="kyiv-de-1">\s*<term>Kyjiw<\/term>/u);
    expect(xml).to.match(
      /<term>Kyjiwer<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>\s*<termNote type="partOfSpeech">adjective<\/termNote>\s*<ref type="crossReference" target="kyiv-de-1">Kyjiw<\/ref>/u,
    );
    // TBX v2 as other tools write it: an id on the tig, the cross reference inside the derived term's tig.
    const v2 = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>',
      '<text><body><termEntry id="kyiv"><langSet xml:lang="uk">',
      '<tig id="t1"><term>Київ</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>',
      '<tig id="t2"><term>київлянин</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><ref type="crossReference" target="t1">Київ</ref></tig>',
      '<tig><term>столиця</term><ref type="crossReference" target="elsewhere">x</ref></tig>',
      '</langSet></termEntry></body></text></martif>',
    ].join('\n');
    expect(parseTbx(v2, 'v2.tbx').concepts[0]!.terms.uk).to.deep.equal([
      { text: 'Київ', status: 'preferred' },
      // A cross reference to anything but a term of the same language section is documentation, kept as it is.
      { text: 'столиця', status: 'admitted', crossReferences: [{ type: 'crossReference', target: 'elsewhere', text: 'x' }] },
      { text: 'київлянин', status: 'deprecated', derivedFrom: 'Київ' },
    ]);
  });

  it('the subset schema does reject what TBX-Basic forbids', async () => {
    const xml = writeTbx(projectTermbase()).replace('preferredTerm-admn-sts', 'bestTerm-admn-sts');
    expect(await schemaErrors('bad.tbx', xml)).to.not.deep.equal([]);
  });

  it('escapes markup characters in every field', () => {
    const tricky = 'AT&T <b>"quoted"</b> \'apostrophe\' ]]> &amp; &nbsp; &#65; CR\r\nLF';
    const glossary: Glossary = {
      languages: {},
      concepts: [
        {
          id: 'tricky',
          subject: 'AT&T <b>"quoted"</b> ]]> &amp; &nbsp;',
          definition: tricky,
          note: `${tricky}\nsecond paragraph`,
          terms: {
            en: [
              {
                text: 'AT&T <Kazakhstan>',
                status: 'preferred',
                note: tricky,
                forms: ['AT&T <Kazakhstan>'],
                context: [{ when: { side: 'after', within: 1, words: ['x<y>&"z"'] }, unless: [], use: { conceptId: 'tricky' }, note: tricky }],
              },
            ],
          },
        },
      ],
    };
    const xml = writeTbx(glossary);
    expect(xml).to.include('<term>AT&amp;T &lt;Kazakhstan&gt;</term>');
    expect(xml).to.include('&amp;amp; &amp;nbsp; &amp;#65;');
    expect(parseTbx(xml, 'tricky.tbx')).to.deep.equal(glossary);
  });

  it('refuses characters XML cannot carry instead of dropping them', () => {
    const glossary: Glossary = { languages: {}, concepts: [{ id: 'c', terms: { en: [{ text: 'bell\u0007', status: 'preferred' }] } }] };
    expect(() => writeTbx(glossary)).to.throw(InputError, "concept 'c', en term 'bell\u0007' contains U+0007, which XML cannot carry");
  });
});
