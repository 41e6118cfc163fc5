import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { validateXML } from 'xmllint-wasm';
import { importGlossary } from '../../scripts/commands/glossary.js';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';
import { InputError } from '../../scripts/core/errors.js';
import { parseGlossaryYaml, parseTbx, writeGlossaryYaml, writeTbx, type Concept, type Glossary } from '../../scripts/glossary/index.js';
import { glossa } from '../cli/helpers.js';
import { fixtureNames, generateTbx } from './fixtures/tbx-basic/generate.js';
import { fixturePath, readFixture } from './helpers.js';

type Flavour = keyof typeof fixtureNames;
const flavours: readonly Flavour[] = ['v2', 'dca', 'dct'];
const fileOf = (flavour: Flavour): string => `tbx-basic/${fixtureNames[flavour]}`;

function read(flavour: Flavour): { glossary: Glossary; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const glossary = parseTbx(readFixture(fileOf(flavour)), fileOf(flavour), warnings);
  return { glossary, warnings };
}

const conceptById = (glossary: Glossary, id: string): Concept => {
  const concept = [...glossary.concepts].find((c) => c.id === id);
  expect(concept, id).to.not.equal(undefined);
  return concept!;
};

/** How often each kind of data occurs, level by level. */
function census(glossary: Glossary): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string, present: unknown, by = 1): void => {
    if (present !== undefined) counts[key] = (counts[key] ?? 0) + by;
  };
  for (const concept of glossary.concepts) {
    add('concepts', concept);
    add('concept definitions', concept.definition);
    add('concept definition sources', concept.definitionSource);
    add('concept notes', concept.note);
    add('concept links', concept.crossReferences, concept.crossReferences?.length);
    add('concept transactions', concept.transactions, concept.transactions?.length);
    for (const details of Object.values(concept.languageDetails ?? {})) {
      add('language definitions', details.definition);
      add('language definition sources', details.definitionSource);
      add('language notes', details.note);
    }
    for (const [lang, terms] of Object.entries(concept.terms)) {
      for (const term of terms) {
        add('terms', term);
        add(`${lang} terms`, term);
        add(`${term.status} terms`, term);
        add('superseded terms', term.administrativeStatus === 'supersededTerm-admn-sts' ? true : undefined);
        add('term notes', term.note);
        add('contexts', term.example);
        add('context sources', term.exampleSource);
        add('term sources', term.sources, term.sources?.length);
        add('customer subsets', term.customerSubset);
        add('project subsets', term.projectSubset);
        add('term types', term.termType);
        add('genders', term.grammaticalGender);
        add('geographical usages', term.geographicalUsage);
        add('term transactions', term.transactions, term.transactions?.length);
      }
    }
  }
  return counts;
}

// Counted from the generator's rules (120 concepts, index i = 0…119), not from a parse.
const expectedCensus = {
  concepts: 120,
  'concept definitions': 40, // i % 3 == 0
  'concept definition sources': 20, // i % 6 == 0
  'concept notes': 24, // i % 5 == 0
  'concept links': 42, // 30 crossReference (i % 4 == 0) + 12 externalCrossReference (i % 10 == 0)
  'concept transactions': 120,
  'language definitions': 84, // en: 60 (i % 2 == 0), ru: 24 (i % 5 == 0)
  'language definition sources': 30, // en, i % 4 == 0
  'language notes': 32, // de: 18 (i % 7 == 0), kk: 14 (i % 9 == 0)
  terms: 756,
  'en terms': 276, // 120 full forms, 120 short forms, 36 former country names
  'ru terms': 120,
  'uk terms': 120,
  'de terms': 120,
  'kk terms': 120,
  'preferred terms': 600,
  'admitted terms': 120,
  'deprecated terms': 36,
  'superseded terms': 18,
  'term notes': 47, // 11 (i % 11 == 0) + 36 on the former names
  contexts: 40,
  'context sources': 20,
  'term sources': 10, // i % 13 == 0
  'customer subsets': 15, // i % 8 == 0
  'project subsets': 10, // i % 12 == 0
  'term types': 240,
  genders: 360, // ru, uk, de
  'geographical usages': 8, // i % 15 == 0
  'term transactions': 12, // i % 10 == 0
};

const kazakhEnergy: Concept = {
  id: 'c1001',
  subject: 'public administration',
  definition: 'A ministry of the government of Kazakhstan, responsible for oil, gas, electricity and nuclear power.',
  definitionSource: 'https://www.gov.kz/ministries',
  note: 'Check the current name on https://www.gov.kz before publishing: ministries are merged and renamed often.',
  crossReferences: [
    { type: 'crossReference', target: 'c1013', text: 'Ministry of Energy of the next country in the list' },
    { type: 'externalCrossReference', target: 'https://www.gov.kz/energy', text: 'Official site' },
  ],
  transactions: [{ type: 'origination', date: '2024-01-10' }],
  languageDetails: {
    en: { definition: 'The energy ministry of Kazakhstan.', definitionSource: 'Europa World Year Book' },
    ru: { definition: 'Министерство правительства Казахстана.' },
    de: { note: 'Im Fließtext ohne Artikel vor dem Ländernamen.' },
    kk: { note: 'Ресми атауы; бұқаралық ақпарат құралдарында қысқа түрі де қолданылады.' },
  },
  terms: {
    en: [
      {
        text: 'Ministry of Energy of Kazakhstan',
        status: 'preferred',
        partOfSpeech: 'noun',
        termType: 'fullForm',
        example: 'The Ministry of Energy of Kazakhstan said on Monday that the plan would be published next month.',
        exampleSource: 'Reuters',
        customerSubset: 'Newsroom',
        projectSubset: 'Elections',
        sources: ['https://www.gov.kz/ministries'],
        note: 'Capitalize Ministry also in running text.',
        transactions: [{ type: 'modification', date: '2025-03-01', responsibility: 'Terminology desk' }],
      },
      { text: 'Kazakhstan Energy Ministry', status: 'admitted', termType: 'shortForm' },
    ],
    ru: [{ text: 'Министерство энергетики Казахстана', status: 'preferred', partOfSpeech: 'noun', grammaticalGender: 'neuter' }],
    uk: [{ text: 'Міністерство енергетики Казахстану', status: 'preferred', partOfSpeech: 'noun', grammaticalGender: 'neuter' }],
    de: [{ text: 'Energieministerium Kasachstans', status: 'preferred', partOfSpeech: 'noun', grammaticalGender: 'neuter', geographicalUsage: 'AT' }],
    kk: [{ text: 'Қазақстан Энергетика министрлігі', status: 'preferred', partOfSpeech: 'noun' }],
  },
};

const kyrgyzEnergy: Concept = {
  id: 'c1025',
  subject: 'public administration',
  definition: 'A ministry of the government of Kyrgyzstan, responsible for oil, gas, electricity and nuclear power.',
  definitionSource: 'https://www.gov.kg/ministries',
  crossReferences: [{ type: 'crossReference', target: 'c1037', text: 'Ministry of Energy of the next country in the list' }],
  transactions: [{ type: 'origination', date: '2024-07-14' }],
  languageDetails: { en: { definition: 'The energy ministry of Kyrgyzstan.', definitionSource: 'Europa World Year Book' } },
  terms: {
    en: [
      {
        text: 'Ministry of Energy of Kyrgyzstan',
        status: 'preferred',
        partOfSpeech: 'noun',
        termType: 'fullForm',
        example: 'The Ministry of Energy of Kyrgyzstan said on Monday that the plan would be published next month.',
        exampleSource: 'Reuters',
        customerSubset: 'Newsroom',
        projectSubset: 'Elections',
      },
      { text: 'Kyrgyzstan Energy Ministry', status: 'admitted', termType: 'shortForm' },
      { text: 'Ministry of Energy of Kirghizia', status: 'deprecated', administrativeStatus: 'supersededTerm-admn-sts', note: 'Soviet-era name of the country; use Kyrgyzstan.' },
    ],
    ru: [{ text: 'Министерство энергетики Киргизии', status: 'preferred', partOfSpeech: 'noun', grammaticalGender: 'neuter' }],
    uk: [{ text: 'Міністерство енергетики Киргизстану', status: 'preferred', partOfSpeech: 'noun', grammaticalGender: 'neuter' }],
    de: [{ text: 'Energieministerium Kirgisistans', status: 'preferred', partOfSpeech: 'noun', grammaticalGender: 'neuter' }],
    kk: [{ text: 'Қырғызстан Энергетика министрлігі', status: 'preferred', partOfSpeech: 'noun' }],
  },
};

const expectedWarnings: Record<Flavour, string> = {
  v2: "tbx-basic/ministries-v2.tbx:3468:13 concept 'c1058': uk term '-' skipped: a term needs at least one letter or digit",
  dca: "tbx-basic/ministries-v3-dca.tbx:5374:13 concept 'c1091': de term '' skipped: a term needs at least one letter or digit",
  dct: "tbx-basic/ministries-v3-dct.tbx:2032:9 concept 'c1034': term 'Ministry' skipped: the <langSec> has no xml:lang, so nothing says which language it is in",
};

async function schemaErrors(fileName: string, xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [readFixture('tbx-basic-dca-subset.rng')], extension: 'relaxng' });
  return result.errors.map((error) => error.rawMessage);
}

describe('TBX-Basic termbases as real tools export them (120 concepts, 756 terms)', () => {
  it('the fixtures are what the committed generator writes', () => {
    for (const flavour of flavours) expect(generateTbx(flavour) === readFixture(fileOf(flavour)), fileOf(flavour)).to.equal(true);
  });

  it('v2 starts with the DOCTYPE real exports carry, and the DTD is not needed to read it', () => {
    expect(readFixture(fileOf('v2')).split('\n')[1]).to.equal('<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">');
    expect(existsSync(fixturePath('tbx-basic/TBXBasiccoreStructV02.dtd'))).to.equal(false);
    const publicId = readFixture(fileOf('v2')).replace(
      '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
      '<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcoreStructV02.dtd">',
    );
    expect(parseTbx(publicId, 'public.tbx').concepts).to.have.length(120);
  });

  for (const flavour of flavours) {
    describe(fixtureNames[flavour], () => {
      it('imports every usable term, with data at concept, language and term level', () => {
        const { glossary } = read(flavour);
        expect(census(glossary)).to.deep.equal(expectedCensus);
        expect(conceptById(glossary, 'c1001')).to.deep.equal(kazakhEnergy);
        expect(conceptById(glossary, 'c1025')).to.deep.equal(kyrgyzEnergy);
      });

      it('skips the one unusable term with a warning naming it and its line', () => {
        const { warnings } = read(flavour);
        expect(warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`)).to.deep.equal([expectedWarnings[flavour]]);
        expect(warnings.map((w) => [w.ruleId, w.severity])).to.deep.equal([['glossary/skipped-term', 'warning']]);
      });

      it('goes TBX → YAML → TBX without losing any TBX-Basic data', () => {
        const { glossary } = read(flavour);
        const tbx = writeTbx(glossary);
        expect(parseTbx(tbx, 'export.tbx')).to.deep.equal(glossary);
        const yaml = writeGlossaryYaml(glossary);
        const fromYaml = parseGlossaryYaml(yaml, 'import.yaml');
        expect(fromYaml).to.deep.equal(glossary);
        expect(writeTbx(fromYaml) === tbx).to.equal(true);
      });

      it('goes through a TBX-Basic v2 export without loss', () => {
        const { glossary } = read(flavour);
        const v2 = writeTbx(glossary, 'v2');
        expect(v2.split('\n').slice(0, 3)).to.deep.equal([
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
          '<martif type="TBX-Basic" xml:lang="en">',
        ]);
        expect(v2).to.include('<p type="XCSURI">TBXBasicXCSV02.xcs</p>');
        expect(v2).to.not.include('termSec');
        expect(parseTbx(v2, 'export-v2.tbx')).to.deep.equal(glossary);
      });
    });
  }

  it('exports language-level definitions and notes and term data as valid TBX-Basic v3 DCA (libxml2, subset schema)', async () => {
    const xml = writeTbx(read('dct').glossary);
    expect(await schemaErrors('export.tbx', xml)).to.deep.equal([]);
    expect(xml.match(/<langSec[^>]*>\s*<descripGrp>\s*<descrip type="definition">/gu)).to.have.length(84);
    const definitionGroup = String.raw`<descripGrp>\s*<descrip type="definition">[^<]*</descrip>\s*(?:<admin type="source">[^<]*</admin>\s*)?</descripGrp>\s*`;
    expect(xml.match(new RegExp(String.raw`<langSec[^>]*>\s*(?:${definitionGroup})?<note>`, 'gu'))).to.have.length(32);
    expect(xml).to.include('<ref type="crossReference" target="c1013">Ministry of Energy of the next country in the list</ref>');
    expect(xml).to.include('<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>');
    expect(xml).to.match(/<descripGrp>\s*<descrip type="context">The Ministry of Energy of Kazakhstan said on Monday[^<]*<\/descrip>\s*<admin type="source">Reuters<\/admin>\s*<\/descripGrp>/u);
  });

  describe('glossary import', () => {
    const out = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'glossa-tbx-')), 'ministries.yaml');

    it('writes the YAML and returns the warnings', async () => {
      const output = out();
      const result = await importGlossary(fixturePath(fileOf('v2')), output, { force: false, strict: false });
      expect(result.concepts).to.equal(120);
      expect(result.warnings.map((w) => w.line)).to.deep.equal([3468]);
      expect(parseGlossaryYaml(readFileSync(output, 'utf8'), output)).to.deep.equal(read('v2').glossary);
    });

    it('with strict, refuses the file at the unusable term and writes nothing', async () => {
      const output = out();
      const error = await importGlossary(fixturePath(fileOf('dca')), output, { force: false, strict: true }).then(
        () => expect.fail('expected a refusal'),
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(InputError);
      expect((error as InputError).exitCode).to.equal(2);
      expect((error as InputError).format()).to.equal(
        `${fixturePath(fileOf('dca'))}:5374:13: concept 'c1091': de term '' skipped: a term needs at least one letter or digit; nothing written (--strict refuses a glossary with unusable entries; fix them or import without --strict to skip them)`,
      );
      expect(existsSync(output)).to.equal(false);
    });

    it('the command prints the warning and succeeds; with --strict it exits 2', function () {
      this.timeout(120000); // two runs of the command through tsx
      const folder = mkdtempSync(path.join(os.tmpdir(), 'glossa-tbx-cli-'));
      const input = fixturePath(fileOf('dct'));
      const lenient = glossa(folder, ['glossary', 'import', input, '--out', 'm.yaml']);
      expect(lenient.code).to.equal(0);
      expect(lenient.stdout).to.equal(`glossary ${input} → m.yaml: 120 concepts (1 skipped, see the warnings above)\n`);
      expect(lenient.stderr).to.include("2032:9  warning  concept 'c1034': term 'Ministry' skipped: the <langSec> has no xml:lang");
      const strict = glossa(folder, ['glossary', 'import', input, '--out', 'strict.yaml', '--strict']);
      expect(strict.code).to.equal(2);
      expect(strict.stderr).to.include(`${input}:2032:9: concept 'c1034': term 'Ministry' skipped`);
      expect(existsSync(path.join(folder, 'strict.yaml'))).to.equal(false);
    });
  });
});

describe('TBX-Basic data in the YAML format', () => {
  it('reads every TBX-Basic key of hand-written YAML into the model and writes it as TBX', () => {
    const yaml = [
      'version: 1',
      'concepts:',
      '  - id: nbk',
      '    definition: The central bank of Kazakhstan.',
      '    definitionSource: nationalbank.kz',
      '    sources: [Law on the National Bank]',
      '    crossReferences:',
      '      - { type: crossReference, target: tenge }',
      '      - { type: externalCrossReference, target: "https://nationalbank.kz", text: Website }',
      '    languageDetails:',
      '      ru:',
      '        definition: Центральный банк Казахстана.',
      '        note: Сокращение — НБК.',
      '    terms:',
      '      en:',
      '        preferred:',
      '          term: National Bank of Kazakhstan',
      '          partOfSpeech: properNoun',
      '          termType: fullForm',
      '          example: The National Bank of Kazakhstan raised its base rate.',
      '          exampleSource: Reuters',
      '          customerSubset: Newsroom',
      '          transactions: [{ type: modification, date: 2025-03-01, responsibility: Terminology desk }]',
      '        deprecated:',
      '          term: National Bank of the Republic of Kazakhstan',
      '          administrativeStatus: supersededTerm-admn-sts',
      '      ru:',
      '        preferred: { term: Национальный банк Казахстана, grammaticalGender: masculine, geographicalUsage: KZ, termLocation: heading }',
    ].join('\n');
    const expected: Glossary = {
      languages: {},
      concepts: [
        {
          id: 'nbk',
          definition: 'The central bank of Kazakhstan.',
          definitionSource: 'nationalbank.kz',
          sources: ['Law on the National Bank'],
          crossReferences: [
            { type: 'crossReference', target: 'tenge' },
            { type: 'externalCrossReference', target: 'https://nationalbank.kz', text: 'Website' },
          ],
          languageDetails: { ru: { definition: 'Центральный банк Казахстана.', note: 'Сокращение — НБК.' } },
          terms: {
            en: [
              {
                text: 'National Bank of Kazakhstan',
                status: 'preferred',
                partOfSpeech: 'properNoun',
                termType: 'fullForm',
                example: 'The National Bank of Kazakhstan raised its base rate.',
                exampleSource: 'Reuters',
                customerSubset: 'Newsroom',
                transactions: [{ type: 'modification', date: '2025-03-01', responsibility: 'Terminology desk' }],
              },
              { text: 'National Bank of the Republic of Kazakhstan', status: 'deprecated', administrativeStatus: 'supersededTerm-admn-sts' },
            ],
            ru: [{ text: 'Национальный банк Казахстана', status: 'preferred', grammaticalGender: 'masculine', geographicalUsage: 'KZ', termLocation: 'heading' }],
          },
        },
      ],
    };
    const glossary = parseGlossaryYaml(yaml, 'nbk.yaml');
    expect(glossary).to.deep.equal(expected);
    expect(parseTbx(writeTbx(glossary), 'nbk.tbx')).to.deep.equal(expected);
  });

  it('reports a bad language code, an unknown key and a link without type, at line and column', () => {
    const yaml = [
      'version: 1',
      'concepts:',
      '  - id: a',
      '    crossReferences:',
      '      - { target: b }',
      '    languageDetails:',
      '      qq:',
      '        definition: x',
      '      en:',
      '        colour: red',
      '    terms:',
      '      en:',
      '        preferred: Almaty',
    ].join('\n');
    let message = '';
    try {
      parseGlossaryYaml(yaml, 'x.yaml');
    } catch (error) {
      message = (error as InputError).format();
    }
    expect(message.split('\n')).to.deep.equal([
      'x.yaml:5:9: a cross-reference needs `type`, e.g. crossReference or externalCrossReference',
      "x.yaml:7:7: unknown language code 'qq' (CLDR has no language 'qq')",
      "x.yaml:10:9: unknown key 'colour' in the en language details; expected 'definition', 'definitionSource', 'note', 'sources', 'crossReferences', 'customerSubset', 'projectSubset', 'transactions'",
    ]);
  });
});
