import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'chai';
import type { Diagnostic } from '../../../scripts/core/diagnostic.js';
import type { ReportInput } from '../../../scripts/check/reporters/index.js';
import { reporters } from './fixtures/loaded-reporters.js';
import { article, diagnostics, kkResource, ruResource, sampleRun, trickyMessage, ukResource } from './fixtures/sample-run.js';

const plain = { color: false };

// The OASIS schema is draft-07; its three formats are checked with the WHATWG URL parser and Date.
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://base.invalid/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile(schema);
}

const validate = sarifValidator();

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Region } }[];
  partialFingerprints: { primaryLocationLineHash: string };
  suppressions: { kind: string }[];
  fixes?: {
    artifactChanges: {
      artifactLocation: { uri: string };
      replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[];
    }[];
  }[];
  properties?: { segmentId?: string; locale?: string };
}
interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
}
interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion?: string; informationUri?: string; rules: Rule[] } };
    columnKind: string;
    results: Result[];
  }[];
}

function sarif(input: ReportInput): Log {
  return JSON.parse(reporters.sarif(input, plain)) as Log;
}

function resultAt(log: Log, file: string, line: number): Result {
  const found = log.runs[0]!.results.find((result) => {
    const location = result.locations[0]!.physicalLocation;
    return decodeURIComponent(location.artifactLocation.uri) === file && location.region.startLine === line;
  });
  expect(found, `${file}:${line}`).not.to.equal(undefined);
  return found!;
}

describe('sarif reporter', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const log = sarif(sampleRun({ informationUri: 'https://glossa.example.org/' }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).to.equal(true);
  });

  it('is valid for a clean run and for an unknown rule', () => {
    expect(validate(sarif(sampleRun({ diagnostics: [] }))), JSON.stringify(validate.errors)).to.equal(true);
    const stray: Diagnostic = { ...diagnostics[2]!, ruleId: 'money/unknown-currency' };
    expect(validate(sarif(sampleRun({ diagnostics: [stray] }))), JSON.stringify(validate.errors)).to.equal(true);
  });

  it('the schema check catches a broken log', () => {
    const log = sarif(sampleRun());
    (log.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(validate(log)).to.equal(false);
  });

  it('describes the tool and every rule', () => {
    const log = sarif(sampleRun({ informationUri: 'https://glossa.example.org/' }));
    expect(log.version).to.equal('2.1.0');
    expect(log.$schema).to.match(/^https:\/\/.*sarif-schema-2\.1\.0\.json$/);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).to.include({ name: 'glossa', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://glossa.example.org/' });
    expect(driver.rules.map((rule) => rule.id)).to.deep.equal([
      'money/format',
      'money/stated-rate',
      'placeholder/missing',
      'term/contested',
      'term/deprecated',
      'xliff/state',
    ]);
    const deprecated = driver.rules[4]!;
    expect(deprecated.shortDescription.text).to.equal('Deprecated glossary terms must be replaced by the preferred term.');
    expect(deprecated.fullDescription.text).to.equal(
      'Deprecated glossary terms must be replaced by the preferred term. The glossary names the preferred form per locale.',
    );
    expect(deprecated.helpUri).to.equal('https://glossa.example.org/rules/term/deprecated');
    expect(deprecated.help.text).to.include(deprecated.fullDescription.text).and.include(deprecated.helpUri!);
    expect(driver.rules.map((rule) => rule.defaultConfiguration.level)).to.deep.equal(['warning', 'error', 'error', 'note', 'warning', 'note']);
  });

  it('meets the properties GitHub code scanning requires', () => {
    const log = sarif(sampleRun());
    const run = log.runs[0]!;
    for (const rule of run.tool.driver.rules) {
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]) {
        expect(text, rule.id).to.be.a('string').and.not.equal('');
      }
      expect([...rule.shortDescription.text].length).to.be.at.most(1024);
      expect([...rule.fullDescription.text].length).to.be.at.most(1024);
    }
    expect(run.results).to.have.length(diagnostics.length);
    for (const result of run.results) {
      expect(result.message.text).not.to.equal('');
      expect(result.locations).to.have.length(1);
      expect(result.locations[0]!.physicalLocation.region).to.have.all.keys('startLine', 'startColumn', 'endLine', 'endColumn');
      expect(result.partialFingerprints.primaryLocationLineHash).to.match(/^[0-9a-f]{16}:\d+$/);
      expect(run.tool.driver.rules[result.ruleIndex]!.id).to.equal(result.ruleId);
    }
    expect(run.columnKind).to.equal('utf16CodeUnits');
  });

  it('maps severities to levels and keeps the message', () => {
    const log = sarif(sampleRun());
    expect(resultAt(log, article, 18).level).to.equal('error');
    expect(resultAt(log, article, 10).level).to.equal('warning');
    expect(resultAt(log, 'xliff/ablyazov-kazakhstan-protests.ru.xlf', 42).level).to.equal('note');
    expect(resultAt(log, kkResource, 7).message.text).to.equal(trickyMessage);
    expect(resultAt(log, ruResource, 5).message.text).to.equal('В переводе нет плейсхолдера {m1} («60 KZT (10 рублей)»).');
  });

  it('locates results by relative URI from %SRCROOT% and a full region', () => {
    const log = sarif(sampleRun());
    const location = resultAt(log, article, 18).locations[0]!.physicalLocation;
    expect(location.artifactLocation).to.deep.equal({ uri: 'source/ablyazov-kazakhstan-protests.md', uriBaseId: '%SRCROOT%' });
    expect(location.region).to.deep.equal({ startLine: 18, startColumn: 153, endLine: 18, endColumn: 171 });
    // Without an end, the region is the one character at the start.
    expect(resultAt(log, ruResource, 5).locations[0]!.physicalLocation.region).to.deep.equal({
      startLine: 5,
      startColumn: 18,
      endLine: 5,
      endColumn: 19,
    });
  });

  it('percent-encodes a space in a path and keeps the comma', () => {
    const uri = resultAt(sarif(sampleRun()), ukResource, 3).locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).to.equal('locales/uk/ablyazov,%20protests.json');
    expect(new URL(uri, 'file:///project/').pathname).to.equal('/project/locales/uk/ablyazov,%20protests.json');
  });

  it('marks suppressed results as suppressed in source and the others as not suppressed', () => {
    const log = sarif(sampleRun());
    expect(resultAt(log, article, 14).suppressions).to.deep.equal([{ kind: 'inSource' }]);
    expect(resultAt(log, kkResource, 4).suppressions).to.deep.equal([{ kind: 'inSource' }]);
    expect(resultAt(log, article, 18).suppressions).to.deep.equal([]);
  });

  it('carries segment and locale as properties', () => {
    expect(resultAt(sarif(sampleRun()), ruResource, 9).properties).to.deep.equal({ segmentId: 'gpLzSBsiBS', locale: 'ru' });
  });

  it('writes a fix as a replacement that turns the article’s "Alma-Ata" into "Almaty"', () => {
    const fixes = resultAt(sarif(sampleRun()), article, 10).fixes!;
    expect(fixes).to.have.length(1);
    const change = fixes[0]!.artifactChanges[0]!;
    expect(change.artifactLocation.uri).to.equal('source/ablyazov-kazakhstan-protests.md');
    const { deletedRegion, insertedContent } = change.replacements[0]!;
    const text = readFileSync(new URL('../../../source/ablyazov-kazakhstan-protests.md', import.meta.url), 'utf8');
    expect(text.slice(deletedRegion.charOffset, deletedRegion.charOffset + deletedRegion.charLength)).to.equal('Alma-Ata');
    const fixed = text.slice(0, deletedRegion.charOffset) + insertedContent.text + text.slice(deletedRegion.charOffset + deletedRegion.charLength);
    expect(fixed).to.include('protesters in Almaty are turning to him');
    expect(resultAt(sarif(sampleRun()), article, 18).fixes).to.equal(undefined);
  });

  describe('fingerprints', () => {
    const hashOf = (log: Log, file: string, line: number) => resultAt(log, file, line).partialFingerprints.primaryLocationLineHash;

    it('are the same on every run', () => {
      expect(reporters.sarif(sampleRun(), plain)).to.equal(reporters.sarif(sampleRun(), plain));
    });

    it('do not move when lines are inserted above the finding', () => {
      const shifted = diagnostics.map((d): Diagnostic => (d.file === ruResource ? { ...d, line: d.line + 3 } : d));
      const before = sarif(sampleRun());
      const after = sarif(sampleRun({ diagnostics: shifted }));
      expect(hashOf(after, ruResource, 12)).to.equal(hashOf(before, ruResource, 9));
      expect(hashOf(after, ruResource, 8)).to.equal(hashOf(before, ruResource, 5));
    });

    it('tell every finding of a run apart', () => {
      const hashes = sarif(sampleRun()).runs[0]!.results.map((result) => result.partialFingerprints.primaryLocationLineHash);
      expect(new Set(hashes).size).to.equal(hashes.length);
    });

    it('count repeats of the same finding in one file', () => {
      const twice = [diagnostics[6]!, { ...diagnostics[6]!, line: 30 }];
      const log = sarif(sampleRun({ diagnostics: twice }));
      const [first, second] = [hashOf(log, ruResource, 9), hashOf(log, ruResource, 30)];
      expect(first.split(':')[0]).to.equal(second.split(':')[0]);
      expect([first.split(':')[1], second.split(':')[1]]).to.deep.equal(['1', '2']);
    });

    it('differ between locales of the same segment', () => {
      const log = sarif(sampleRun());
      expect(hashOf(log, ruResource, 9)).not.to.equal(hashOf(log, ukResource, 3));
    });
  });

  it('leaves semanticVersion out for a version that is not semver', () => {
    const driver = sarif(sampleRun({ toolVersion: '2024.06' })).runs[0]!.tool.driver;
    expect(driver.version).to.equal('2024.06');
    expect(driver).not.to.have.property('semanticVersion');
  });
});
