import { expect } from 'chai';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentCache } from '../../scripts/project/content-cache.js';

describe('content cache entries', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossa-cache-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('stores a large check result as the JSON text of the whole value, and reads it back', () => {
    const cache = new ContentCache(folder);
    const value = {
      diagnostics: Array.from({ length: 3_210 }, (_, index) => ({ ruleId: 'term/deprecated', line: index + 1, message: `«Алма-Ата» → «Алматы» ${index}`, suppressed: index % 7 === 0 ? true : undefined })),
      checkedFiles: ['source/a.md', 'locales/kk/a.json'],
      rules: [],
    };
    cache.put('check-result', value);
    expect(readFileSync(path.join(folder, 'check-result.json'), 'utf8')).to.equal(JSON.stringify(value));
    expect(cache.peek('check-result')).to.deep.equal(JSON.parse(JSON.stringify(value)));
    expect(readdirSync(folder)).to.deep.equal(['check-result.json']);
  });

  it('keeps compiled tables as their bytes', () => {
    const cache = new ContentCache(folder);
    cache.putIntegers('tables', Int32Array.of(1, -2, 0x7fffffff));
    expect([...cache.peekIntegers('tables')!]).to.deep.equal([1, -2, 0x7fffffff]);
  });
});
