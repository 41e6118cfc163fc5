import { expect } from 'chai';
import type { Measurement } from '../../bench/measure.js';
import { evaluateTargets, formatVerdicts } from '../../bench/targets.js';

const measured = (median: number, options: { rss?: number; timedOut?: boolean } = {}): Measurement => ({
  samples: [{ seconds: median, exitCode: 0, timedOut: options.timedOut ?? false }],
  median,
  min: median,
  max: median,
  ...(options.rss !== undefined ? { maxRssMB: options.rss } : {}),
  timedOut: options.timedOut ?? false,
});

const row = (id: string, median: number, options: { rss?: number; timedOut?: boolean } = {}) => ({ id, measurement: measured(median, options) });

describe('bench targets', () => {
  const rows = [
    row('check-1mb-2000-cold', 1.5),
    row('check-1mb-2000-cold-jobs1', 1.45),
    row('check-1mb-2000-warm', 0.2),
    row('check-1mb-100-cold', 1.0),
    row('check-1mb-20000-cold', 2.5),
    row('check-1mb-100-termbase', 1.0),
    row('check-1mb-20000-termbase', 1.2),
    row('check-10mb-20000-cold', 31, { rss: 800 }),
    row('check-100mb-20000-cold', 200, { rss: 900 }),
    row('xliff-export-fresh-1mb', 2.0),
    row('xliff-export-again-1mb', 0.1),
    row('extract-fresh-1mb', 1.0),
    row('extract-again-1mb', 0.2),
    row('build-1mb', 3.1),
    row('build-again-1mb', 0.25),
    row('check-10mb-2000-cold', 14),
    row('check-10mb-2000-cold-jobs1', 20),
  ];
  const verdicts = evaluateTargets(rows, { textlintSeconds: 3.6, glossaSourcesSeconds: 0.4 });
  const byStart = (start: string) => verdicts.find((verdict) => verdict.target.startsWith(start))!;

  it('reads the peer ratio from the same run', () => {
    expect(byStart('check 1 MB sources')).to.deep.equal({ target: byStart('check 1 MB sources').target, figure: '9.00×', verdict: 'not met' });
    expect(byStart('check whole 1 MB project')).to.include({ figure: '2.40×', verdict: 'met' });
  });

  it('compares glossary sizes with and without the compiled termbase', () => {
    expect(byStart('check 1 MB, 20,000 ÷ 100 concepts, compiled')).to.include({ figure: '1.20×', verdict: 'met' });
    expect(byStart('check 1 MB, 20,000 ÷ 100 concepts, fully cold')).to.include({ figure: '2.50×', verdict: 'not met' });
  });

  it('allows a few percent of noise for "never slower with more jobs"', () => {
    expect(byStart('check 1 MB, --jobs N')).to.include({ figure: '1.03×', verdict: 'met' });
    const slower = evaluateTargets([row('check-1mb-2000-cold', 1.6), row('check-1mb-2000-cold-jobs1', 1.45)], {});
    expect(slower.find((verdict) => verdict.target.startsWith('check 1 MB, --jobs N'))).to.include({ figure: '1.10×', verdict: 'not met' });
  });

  it('judges time and memory at scale', () => {
    expect(byStart('check 10 MB × 20,000')).to.include({ figure: '31.0 s', verdict: 'not met' });
    expect(byStart('check 100 MB')).to.include({ figure: '900 MB', verdict: 'met' });
    expect(byStart('peak RSS does not grow')).to.include({ figure: '1.13×', verdict: 'met' });
  });

  it('judges export, build and unchanged re-runs against a cold check', () => {
    expect(byStart('xliff export 1 MB, cold')).to.include({ figure: '1.33×', verdict: 'met' });
    expect(byStart('build 1 MB')).to.include({ figure: '2.07×', verdict: 'not met' });
    expect(byStart('check 1 MB, unchanged')).to.include({ figure: '0.13×', verdict: 'not met' });
    expect(byStart('extract 1 MB, unchanged')).to.include({ figure: '0.20×', verdict: 'not met' });
    expect(byStart('xliff export 1 MB, unchanged')).to.include({ figure: '0.05×', verdict: 'met' });
    expect(byStart('build 1 MB, unchanged')).to.include({ figure: '0.08×', verdict: 'met' });
  });

  it('calls --jobs N near-linear on a large corpus at no more than 1.2 ÷ N of one thread\'s time', () => {
    expect(byStart('check 10 MB, 2,000 concepts')).to.deep.include({ target: 'check 10 MB, 2,000 concepts, cold: --jobs 2 ÷ --jobs 1 wall time ≤ 0.6 (near-linear)', figure: '0.70×', verdict: 'not met' });
    const four = evaluateTargets([row('check-10mb-2000-cold', 5.5), row('check-10mb-2000-cold-jobs1', 20)], {}, [], 4);
    expect(four.find((verdict) => verdict.target.startsWith('check 10 MB, 2,000'))).to.include({ figure: '0.28×', verdict: 'met' });
    expect(four.find((verdict) => verdict.target.startsWith('check 10 MB, 2,000'))!.target).to.include('≤ 0.3 (near-linear)');
  });

  it('takes the paired ratio where two rows were measured in turn, and the quotient of medians where not', () => {
    const paired = evaluateTargets(rows, {}, [
      { a: 'check-1mb-2000-cold', b: 'check-1mb-2000-cold-jobs1', ratio: 0.98 },
      { a: 'check-1mb-20000-termbase', b: 'check-1mb-100-termbase', ratio: 1.4 },
    ]);
    const find = (start: string) => paired.find((verdict) => verdict.target.startsWith(start))!;
    expect(find('check 1 MB, --jobs N')).to.include({ figure: '0.98×', verdict: 'met' });
    expect(find('check 1 MB, 20,000 ÷ 100 concepts, compiled')).to.include({ figure: '1.40×', verdict: 'not met' });
    expect(find('check 1 MB, 20,000 ÷ 100 concepts, fully cold')).to.include({ figure: '2.50×' });
    // A pair whose rows were stopped by their cap is not a figure.
    const stopped = evaluateTargets([row('check-1mb-2000-cold', 1.5, { timedOut: true }), row('check-1mb-2000-cold-jobs1', 1.45)], {}, [
      { a: 'check-1mb-2000-cold', b: 'check-1mb-2000-cold-jobs1', ratio: 0.98 },
    ]);
    expect(stopped.find((verdict) => verdict.target.startsWith('check 1 MB, --jobs N'))).to.include({ verdict: 'not measured' });
  });

  it('judges export, build and the peer by the check measured in turn with each, when there is one', () => {
    const inTurn = [...rows, row('check-1mb-2000-cold-with-xliff-export', 1.9), row('check-1mb-2000-cold-with-build', 2.2), row('peer-textlint-prh', 3.6), row('peer-glossa-check-source', 0.4)];
    const pairs = [
      { a: 'xliff-export-fresh-1mb', b: 'check-1mb-2000-cold-with-xliff-export', ratio: 1.1 },
      { a: 'build-1mb', b: 'check-1mb-2000-cold-with-build', ratio: 1.45 },
      { a: 'peer-textlint-prh', b: 'peer-glossa-check-source', ratio: 10.2 },
    ];
    const judged = evaluateTargets(inTurn, { textlintSeconds: 3.6, glossaSourcesSeconds: 0.4 }, pairs);
    const find = (start: string) => judged.find((verdict) => verdict.target.startsWith(start))!;
    // The pair ratios, not the medians over the check series (2.0 ÷ 1.5, 3.1 ÷ 1.5, 3.6 ÷ 0.4).
    expect(find('xliff export 1 MB, cold')).to.include({ figure: '1.10×', verdict: 'met' });
    expect(find('build 1 MB')).to.include({ figure: '1.45×', verdict: 'met' });
    expect(find('check 1 MB sources')).to.include({ figure: '10.20×', verdict: 'met' });
    // In turn but without a pair ratio (the pair was stopped): the quotient of the two rows' medians.
    const unpaired = evaluateTargets(inTurn, {}, []);
    expect(unpaired.find((verdict) => verdict.target.startsWith('build 1 MB'))).to.include({ figure: `${(3.1 / 2.2).toFixed(2)}×` });
  });

  it('says "not measured" for rows the run did not reach or stopped', () => {
    const partial = evaluateTargets([row('check-100mb-20000-cold', 130, { rss: 1_600, timedOut: true })], {});
    expect(partial.every((verdict) => verdict.verdict === 'not measured')).to.equal(true);
    expect(partial.every((verdict) => verdict.figure === '')).to.equal(true);
  });

  it('prints one aligned line per target', () => {
    const lines = formatVerdicts(verdicts);
    expect(lines).to.have.length(verdicts.length);
    // The verdict column starts at the same place on every line.
    const verdictColumns = lines.map((line, index) => line.length - verdicts[index]!.verdict.length);
    expect(new Set(verdictColumns).size).to.equal(1);
    expect(lines[0]).to.match(/^ {2}check 1 MB sources.* 9\.00× {2}not met$/);
  });
});
