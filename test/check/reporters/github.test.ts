import { expect } from 'chai';
import type { Diagnostic } from '../../../scripts/core/diagnostic.js';
import { escapeCommandData, escapeCommandProperty } from '../../../scripts/check/reporters/github.js';
import { reporters } from './fixtures/loaded-reporters.js';
import { diagnostics, sampleRun } from './fixtures/sample-run.js';

const plain = { color: false };

function lines(diagnosticList: readonly Diagnostic[]): string[] {
  return reporters.github(sampleRun({ diagnostics: diagnosticList }), plain).trimEnd().split('\n');
}

describe('github reporter', () => {
  describe('escaping', () => {
    it('escapes %, CR and LF in a message, and nothing else', () => {
      expect(escapeCommandData('100% done')).to.equal('100%25 done');
      expect(escapeCommandData('a\r\nb\nc\rd')).to.equal('a%0D%0Ab%0Ac%0Dd');
      expect(escapeCommandData('key: a, b')).to.equal('key: a, b');
    });

    it('escapes % first, so an escape-like text stays literal', () => {
      expect(escapeCommandData('%0A')).to.equal('%250A');
      expect(escapeCommandProperty('%2C')).to.equal('%252C');
    });

    it('escapes : and , in a property value as well', () => {
      expect(escapeCommandProperty('a%b\r\nc:d,e')).to.equal('a%25b%0D%0Ac%3Ad%2Ce');
    });
  });

  it('writes an error annotation with file, position, end and title', () => {
    expect(lines([diagnostics[2]!])[0]).to.equal(
      '::error file=source/ablyazov-kazakhstan-protests.md,line=18,col=153,endLine=18,endColumn=171,title=money/stated-rate [en #w8Ef0PE0gU]::' +
        '"60 KZT (10 rubles)" states 1 KZT = 0.1667 RUB; the rate table for 2022-01-07 says 0.1735 RUB.',
    );
  });

  it('writes warnings as ::warning and info as ::notice, leaving out an end it does not have', () => {
    expect(lines([diagnostics[7]!])[0]).to.equal(
      '::warning file=locales/uk/ablyazov%2C protests.json,line=3,col=7,title=term/deprecated [uk #gpLzSBsiBS]::Використовуйте «Алмати» замість «Алма-Ата».',
    );
    expect(lines([diagnostics[8]!])[0]).to.equal(
      '::notice file=xliff/ablyazov-kazakhstan-protests.ru.xlf,line=42,col=9,title=xliff/state [ru #oOHoEdb73C]::Target of unit oOHoEdb73C is still "needs-review-translation".',
    );
  });

  it('escapes every special character of message and properties', () => {
    // Message: % → %25, CR → %0D, LF → %0A; ":" and "," stay. Properties also: ":" → %3A, "," → %2C.
    expect(lines([diagnostics[4]!])[0]).to.equal(
      '::warning file=locales/kk/ablyazov-kazakhstan-protests.json,line=7,col=12,endLine=7,endColumn=30,title=money/format [kk #w8Ef0PE0gU]::' +
        'Rate off by 100%25: "60 KZT, 10 RUB" <&> R&D; &amp;%0Asecond line%0D%0Athird line',
    );
    const odd: Diagnostic = {
      ruleId: 'money/format',
      severity: 'error',
      file: 'locales/de/100% sicher: Teil 1, 2.json',
      line: 2,
      column: 5,
      message: 'Zeile 1\nZeile 2',
      locale: 'de',
    };
    expect(lines([odd])[0]).to.equal(
      '::error file=locales/de/100%25 sicher%3A Teil 1%2C 2.json,line=2,col=5,title=money/format [de]::Zeile 1%0AZeile 2',
    );
  });

  it('keeps every annotation on one line', () => {
    const output = lines(diagnostics);
    expect(output.filter((line) => line.startsWith('::'))).to.have.length(7);
    expect(output.every((line) => line.startsWith('::') || line.startsWith('glossa: '))).to.equal(true);
  });

  it('does not annotate suppressed findings but counts them', () => {
    const output = lines(diagnostics);
    expect(output.some((line) => line.includes('term/contested'))).to.equal(false);
    expect(output.some((line) => line.includes('[kk #gpLzSBsiBS]'))).to.equal(false);
    expect(output.at(-1)).to.equal('glossa: ✖ 7 problems (2 errors, 4 warnings, 1 info), 2 suppressed');
  });

  it('writes only the summary for a clean run', () => {
    expect(reporters.github(sampleRun({ diagnostics: [] }), plain)).to.equal('glossa: ✔ no problems in 6 files\n');
  });
});
