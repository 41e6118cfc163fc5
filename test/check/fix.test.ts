import { expect } from 'chai';
import { applyFixes } from '../../scripts/check/fix.js';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';

const at = (start: number, end: number, text: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId: 'term/deprecated',
  severity: 'warning',
  file: 'a.md',
  line: 1,
  column: start + 1,
  message: 'x',
  fix: { range: [start, end], text },
  ...extra,
});

describe('check/fix', () => {
  const text = 'In Alma-Ata, Kazakh law enforcers said.';

  it('applies separate fixes and keeps every other byte', () => {
    const result = applyFixes('a.md', text, [at(3, 11, 'Almaty'), at(13, 19, 'Kazakhstani')]);
    expect(result.after).to.equal('In Almaty, Kazakhstani law enforcers said.');
    expect(result.applied).to.equal(2);
  });

  it('leaves out fixes that overlap each other, suppressed ones and other files', () => {
    const result = applyFixes('a.md', text, [
      at(3, 11, 'Almaty'),
      at(8, 12, 'X'),
      at(13, 19, 'Kazakhstani', { suppressed: true }),
      at(0, 2, 'At', { file: 'b.md' }),
    ]);
    expect(result.after).to.equal(text);
    expect(result.applied).to.equal(0);
  });
});
