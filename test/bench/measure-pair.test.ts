import { expect } from 'chai';
import { measurePair, median } from '../../bench/measure.js';

describe('bench: measuring two commands in turn', function () {
  this.timeout(30000);

  it('runs A B A B …, each after its own preparation, and takes A over B pair by pair', async () => {
    const order: string[] = [];
    const sleep = (ms: number) => ({ args: ['-e', `setTimeout(() => {}, ${ms})`], cwd: process.cwd() });
    const paired = await measurePair(sleep(600), sleep(200), {
      runs: 3,
      capSeconds: 60,
      before: async () => void order.push('A'),
      beforeB: async () => void order.push('B'),
    });
    expect(order).to.deep.equal(['A', 'B', 'A', 'B', 'A', 'B']);
    expect(paired.a.samples).to.have.length(3);
    expect(paired.b.samples).to.have.length(3);
    expect(paired.ratios).to.deep.equal(paired.a.samples.map((sample, index) => sample.seconds / paired.b.samples[index]!.seconds));
    expect(paired.ratio).to.equal(median(paired.ratios));
    // A waits 600 ms on a timer, which cannot fire sooner.
    expect(paired.a.min).to.be.at.least(0.6);
  });

  it('stops repeating at the cap, after at least one pair', async () => {
    const quick = { args: ['-e', ''], cwd: process.cwd() };
    const paired = await measurePair(quick, quick, { runs: 50, capSeconds: 0 });
    expect(paired.ratios).to.have.length(1);
  });
});
