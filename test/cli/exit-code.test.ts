import { expect } from 'chai';
import { checkExitCode, errorExitCode, findingsExitCode, importExitCode } from '../../scripts/cli/exit-code.js';
import type { Diagnostic, Severity } from '../../scripts/core/diagnostic.js';
import { ConfigError, InputError } from '../../scripts/core/errors.js';
import { LimitError } from '../../scripts/core/limits.js';

const finding = (ruleId: string, severity: Severity, extra: Partial<Diagnostic> = {}): Diagnostic => ({ ruleId, severity, file: 'a.md', line: 1, column: 1, message: 'm', ...extra });

describe('cli/exit-code: the one table of exit codes', () => {
  it('check: 1 for an error or warnings beyond --max-warnings, 0 otherwise; suppressed findings never fail', () => {
    expect(checkExitCode([], undefined)).to.equal(0);
    expect(checkExitCode([finding('term/deprecated', 'warning'), finding('term/missing', 'info')], undefined)).to.equal(0);
    expect(checkExitCode([finding('term/deprecated', 'error')], undefined)).to.equal(1);
    expect(checkExitCode([finding('term/deprecated', 'error', { suppressed: true })], undefined)).to.equal(0);
    const twoWarnings = [finding('term/deprecated', 'warning'), finding('term/context', 'warning')];
    expect(checkExitCode(twoWarnings, 2)).to.equal(0);
    expect(checkExitCode(twoWarnings, 1)).to.equal(1);
    expect(checkExitCode(twoWarnings, -1), 'a negative limit is no limit').to.equal(0);
  });

  it('xliff validate and tm import: 1 for an error only', () => {
    expect(findingsExitCode([finding('xliff/schema', 'warning')])).to.equal(0);
    expect(findingsExitCode([finding('tm/exact-match', 'error')])).to.equal(1);
  });

  it('xliff import: 1 for a blocked file or an XLIFF error, not for a glossary error on an imported target', () => {
    expect(importExitCode([{ blocked: false, diagnostics: [finding('xliff/import-stale', 'warning')] }])).to.equal(0);
    expect(importExitCode([{ blocked: false, diagnostics: [finding('term/deprecated', 'error')] }])).to.equal(0);
    expect(importExitCode([{ blocked: true, diagnostics: [finding('term/deprecated', 'error')] }])).to.equal(1);
    expect(importExitCode([{ blocked: false, diagnostics: [finding('xliff/import-placeholders', 'error')] }])).to.equal(1);
    expect(importExitCode([{ blocked: false, diagnostics: [finding('xliff/code-mismatch', 'error')] }])).to.equal(1);
  });

  it('thrown errors: 2 for unusable input or configuration (subclasses too), 3 for anything else', () => {
    expect(errorExitCode(new InputError('bad', 'a.md'))).to.equal(2);
    expect(errorExitCode(new ConfigError('bad'))).to.equal(2);
    expect(errorExitCode(new LimitError('xliffFileSize', 'a file too large', 'a.xlf'))).to.equal(2);
    expect(errorExitCode(new TypeError('x is undefined'))).to.equal(3);
    expect(errorExitCode('a string')).to.equal(3);
  });
});
