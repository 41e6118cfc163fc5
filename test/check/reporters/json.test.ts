import { expect } from 'chai';
import { InputError } from '../../../scripts/core/errors.js';
import { mergeJsonReports, type ReportInput } from '../../../scripts/check/reporters/index.js';
import { reporters } from './fixtures/loaded-reporters.js';
import { article, checkedFiles, diagnostics, kkResource, ruResource, ruXliff, sampleRun, trickyMessage, ukResource } from './fixtures/sample-run.js';

const plain = { color: false };
const json = (input: ReportInput) => reporters.json(input, plain);

function shard(files: readonly string[], extra: Partial<ReportInput> = {}): ReportInput {
  return sampleRun({
    diagnostics: diagnostics.filter((d) => files.includes(d.file)),
    filesChecked: files.length,
    ...extra,
  });
}

function thrown(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return error as InputError;
  }
  expect.fail('expected an InputError');
}

describe('json reporter', () => {
  it('writes one line of JSON', () => {
    const output = json(sampleRun());
    expect(output.endsWith('\n')).to.equal(true);
    expect(output.trimEnd()).not.to.include('\n');
    expect(() => JSON.parse(output)).not.to.throw();
  });

  it('summarises the run', () => {
    const report = JSON.parse(json(sampleRun()));
    expect(report.summary).to.deep.equal({ errorCount: 2, warningCount: 4, infoCount: 1, suppressedCount: 2, filesChecked: 6 });
    expect(report.toolVersion).to.equal('0.1.0');
    expect(report.format).to.equal('glossa-check-report');
  });

  it('keeps every field of every diagnostic, suppressed ones included', () => {
    const report = JSON.parse(json(sampleRun()));
    expect(report.diagnostics).to.have.length(diagnostics.length);
    const fixable = report.diagnostics.find((d: { file: string; line: number }) => d.file === article && d.line === 10);
    expect(fixable).to.deep.equal({
      ruleId: 'term/deprecated',
      severity: 'warning',
      file: article,
      line: 10,
      column: 33,
      endLine: 10,
      endColumn: 41,
      message: 'Use "Almaty" instead of the deprecated "Alma-Ata".',
      segmentId: 'gpLzSBsiBS',
      locale: 'en',
      fix: { range: [372, 380], text: 'Almaty' },
      suppressed: false,
    });
    const suppressed = report.diagnostics.filter((d: { suppressed: boolean }) => d.suppressed);
    expect(suppressed.map((d: { ruleId: string; file: string }) => [d.ruleId, d.file])).to.deep.equal([
      ['term/deprecated', kkResource],
      ['term/contested', article],
    ]);
    expect(report.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'money/format').message).to.equal(trickyMessage);
  });

  it('lists the rules of the run by id', () => {
    const report = JSON.parse(json(sampleRun()));
    expect(report.rules.map((rule: { id: string }) => rule.id)).to.deep.equal([
      'money/format',
      'money/stated-rate',
      'placeholder/missing',
      'term/contested',
      'term/deprecated',
      'xliff/state',
    ]);
    expect(report.rules[4]).to.include({ helpUri: 'https://glossa.example.org/rules/term/deprecated', fixable: true });
  });
});

describe('mergeJsonReports', () => {
  const first = [article, ruResource, 'locales/de/ablyazov-kazakhstan-protests.json'];
  const second = [kkResource, ukResource, ruXliff];

  it('merges two shards into the report of the whole run', () => {
    const merged = mergeJsonReports([json(shard(first)), json(shard(second))]);
    expect(json(merged)).to.equal(json(sampleRun()));
    expect(merged.filesChecked).to.equal(6);
    expect(merged.diagnostics).to.have.length(diagnostics.length);
  });

  it('gives the same result whatever order the shards come in', () => {
    const merged = mergeJsonReports([json(shard(second)), json(shard(first))]);
    expect(json(merged)).to.equal(json(sampleRun()));
  });

  it('keeps a diagnostic reported by two overlapping shards once', () => {
    const overlapping = sampleRun({ diagnostics: diagnostics.filter((d) => d.file === ruResource), filesChecked: 0 });
    const merged = mergeJsonReports([json(shard(first)), json(shard(second)), json(overlapping)]);
    expect(merged.diagnostics).to.have.length(diagnostics.length);
  });

  it('counts checked files once when every shard lists them', () => {
    const a = shard(first, { checkedFiles: first });
    const b = shard(second, { checkedFiles: [...second, ruResource] });
    const merged = mergeJsonReports([json(a), json(b)]);
    expect(merged.filesChecked).to.equal(6);
    expect(merged.checkedFiles).to.deep.equal([...checkedFiles].sort());
  });

  it('feeds every other reporter', () => {
    const merged = mergeJsonReports([json(shard(first)), json(shard(second))]);
    for (const name of ['stylish', 'junit', 'sarif', 'github'] as const) {
      expect(reporters[name](merged, plain), name).to.equal(reporters[name](sampleRun(), plain));
    }
  });

  it('names the report, line and column of malformed JSON', () => {
    const broken = '{\n  "format": "glossa-check-report",\n  "toolVersion": 0.1.0\n}';
    const error = thrown(() => mergeJsonReports([json(shard(first)), broken], ['shard-1.json', 'shard-2.json']));
    expect(error.file).to.equal('shard-2.json');
    expect(error.position).to.deep.equal({ line: 3, column: 21 });
    expect(error.format()).to.match(/^shard-2\.json:3:21: not valid JSON/);
  });

  it('rejects JSON that is not a Glossa report', () => {
    const error = thrown(() => mergeJsonReports(['{"version":"2.1.0","runs":[]}'], ['results.sarif']));
    expect(error.format()).to.equal('results.sarif: not a Glossa JSON report: "format" must be "glossa-check-report"');
  });

  it('names the field of a broken diagnostic', () => {
    const report = JSON.parse(json(shard(first)));
    report.diagnostics[1].line = 0;
    const error = thrown(() => mergeJsonReports([JSON.stringify(report)]));
    expect(error.format()).to.equal('JSON report 1: not a Glossa JSON report: diagnostics[1].line must be a positive integer');
  });

  it('refuses to merge reports of different Glossa versions', () => {
    const error = thrown(() => mergeJsonReports([json(shard(first)), json(shard(second, { toolVersion: '0.2.0' }))], ['a.json', 'b.json']));
    expect(error.file).to.equal('b.json');
    expect(error.message).to.include('0.2.0').and.include('0.1.0');
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeJsonReports([])).to.throw(InputError, 'No JSON reports to merge.');
  });
});

describe('json reporter in pieces', () => {
  it('writes a large report a batch of diagnostics at a time, with the text of the whole report', async () => {
    const { loadChunkedReporter } = await import('../../../scripts/check/reporters/index.js');
    const { toJsonReport } = await import('../../../scripts/check/reporters/json.js');
    const many = Array.from({ length: 2_500 }, (_, index) => ({ ...diagnostics[index % diagnostics.length]!, line: index + 1 }));
    const input = sampleRun({ diagnostics: many });
    const pieces = [...(await loadChunkedReporter('json'))(input, plain)];
    const text = pieces.join('');
    expect(text).to.equal(`${JSON.stringify(toJsonReport(input))}\n`);
    expect(text).to.equal(json(input));
    expect(JSON.parse(text).diagnostics).to.have.length(2_500);
    expect(pieces.length).to.be.at.least(4);
    expect(Math.max(...pieces.map((piece) => piece.length))).to.be.below(text.length / 2);
  });

  it('writes a report without findings as the one-piece reporter does', async () => {
    const { loadChunkedReporter } = await import('../../../scripts/check/reporters/index.js');
    const input = sampleRun({ diagnostics: [] });
    const text = [...(await loadChunkedReporter('json'))(input, plain)].join('');
    expect(text).to.equal(json(input));
    expect(JSON.parse(text).diagnostics).to.deep.equal([]);
  });

  it('gives the other formats as one piece, the text their reporter gives', async () => {
    const { loadChunkedReporter } = await import('../../../scripts/check/reporters/index.js');
    for (const name of ['sarif', 'junit', 'github', 'stylish'] as const) {
      const pieces = [...(await loadChunkedReporter(name))(sampleRun(), plain)];
      expect(pieces, name).to.deep.equal([reporters[name](sampleRun(), plain)]);
    }
  });
});
