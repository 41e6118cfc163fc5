import { expect } from 'chai';
import { Worker } from 'node:worker_threads';
import { MatcherClaims } from '../../scripts/project/matcher-claims.js';

describe('project: matcher claims shared by two threads', () => {
  const locales = ['en', 'ru', 'kk', 'uk', 'de'];

  it('one side takes the locales from the first, the other from the last, and each locale goes to one side', () => {
    const here = new MatcherClaims(locales);
    const first = here.claim();
    const last = new MatcherClaims(locales, here.slots).claim(true);
    expect(first.next().value).to.equal('en');
    expect(last.next().value).to.equal('de');
    expect(first.next().value).to.equal('ru');
    expect(last.next().value).to.equal('uk');
    expect(first.next().value).to.equal('kk');
    expect(last.next().done).to.equal(true);
    expect(first.next().done).to.equal(true);
  });

  it('one side alone takes every locale, in order', () => {
    expect([...new MatcherClaims(locales).claim()]).to.deep.equal(locales);
    expect([...new MatcherClaims(locales).claim(true)]).to.deep.equal([...locales].reverse());
  });

  it('claims made in another thread are seen here: the slots are shared, not copied', async () => {
    const claims = new MatcherClaims(locales);
    const code = `
      const { workerData, parentPort } = require('node:worker_threads');
      Atomics.store(workerData, 0, 1);
      Atomics.store(workerData, 1, 1);
      parentPort.postMessage('done');`;
    const worker = new Worker(code, { eval: true, workerData: claims.slots });
    await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect([...claims.claim(true)]).to.deep.equal(['de', 'uk', 'kk']);
  });

  it('refuses slots that do not fit its locales', () => {
    expect(() => new MatcherClaims(locales, new Int32Array(new SharedArrayBuffer(8)))).to.throw(RangeError, '2 claim slots for 5 locales');
  });
});

