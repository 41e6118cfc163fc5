import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { Progress } from '../../scripts/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { isTTY: boolean };
  stream.isTTY = isTTY;
  let text = '';
  (stream as unknown as PassThrough).on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, written: () => text };
}

describe('cli/progress', () => {
  const ci = process.env['CI'];
  afterEach(() => {
    if (ci === undefined) delete process.env['CI'];
    else process.env['CI'] = ci;
  });

  it('counts on a terminal and clears its line at the end', async () => {
    delete process.env['CI'];
    const { stream, written } = fakeStream(true);
    const progress = new Progress('check', 3, stream);
    progress.tick();
    progress.tick();
    progress.tick();
    progress.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).to.include('\rcheck 1/3 articles').and.include('\rcheck 3/3 articles');
    expect(written().endsWith('\r\u001b[K')).to.equal(true);
  });

  it('stays silent when not a terminal, and under CI', async () => {
    for (const [isTTY, ciValue] of [[false, undefined], [true, 'true']] as const) {
      if (ciValue === undefined) delete process.env['CI'];
      else process.env['CI'] = ciValue;
      const { stream, written } = fakeStream(isTTY);
      const progress = new Progress('build', 5, stream);
      for (let i = 0; i < 5; i++) progress.tick();
      progress.finish();
      await new Promise((resolve) => setImmediate(resolve));
      expect(written()).to.equal('');
    }
  });
});
