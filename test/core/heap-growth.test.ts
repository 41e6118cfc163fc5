import { expect } from 'chai';
import { HeapGrowthBound } from '../../scripts/core/heap-growth.js';

describe('core/heap-growth', () => {
  const recorded = () => {
    const flags: string[] = [];
    return { flags, bound: new HeapGrowthBound((flag) => flags.push(flag)) };
  };

  it('bounds the growth, lifts it while work keeps what it allocates, and sets it again after the outermost', async () => {
    const { flags, bound } = recorded();
    bound.bound([]);
    expect(flags).to.deep.equal(['--heap-growing-percent=30']);
    const during: string[][] = [];
    const result = await bound.keeping(async () => {
      during.push([...flags]);
      bound.keepingNow(() => during.push([...flags]));
      await bound.keeping(async () => during.push([...flags]));
      return 'compiled';
    });
    expect(result).to.equal('compiled');
    expect(during).to.deep.equal([
      ['--heap-growing-percent=30', '--heap-growing-percent=0'],
      ['--heap-growing-percent=30', '--heap-growing-percent=0'],
      ['--heap-growing-percent=30', '--heap-growing-percent=0'],
    ]);
    expect(flags).to.deep.equal(['--heap-growing-percent=30', '--heap-growing-percent=0', '--heap-growing-percent=30']);
  });

  it('sets the bound again when the work fails', async () => {
    const { flags, bound } = recorded();
    bound.bound([]);
    const failed = await bound.keeping(() => Promise.reject(new Error('broken termbase'))).catch((error: Error) => error.message);
    expect(failed).to.equal('broken termbase');
    expect(() => bound.keepingNow(() => { throw new Error('no matcher'); })).to.throw('no matcher');
    expect(flags).to.deep.equal(['--heap-growing-percent=30', '--heap-growing-percent=0', '--heap-growing-percent=30', '--heap-growing-percent=0', '--heap-growing-percent=30']);
  });

  it('leaves a --heap-growing-percent given to node alone, and does not lift what it did not set', async () => {
    for (const given of ['--heap-growing-percent=50', '--heap_growing_percent=50']) {
      const { flags, bound } = recorded();
      bound.bound(['--no-warnings', given]);
      expect(await bound.keeping(async () => bound.keepingNow(() => 'ran'))).to.equal('ran');
      expect(flags).to.deep.equal([]);
    }
  });
});
