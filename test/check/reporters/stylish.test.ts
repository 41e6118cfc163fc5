import { expect } from 'chai';
import type { Diagnostic } from '../../../scripts/core/diagnostic.js';
import { displayWidth } from '../../../scripts/util/display-width.js';
import { reporters } from './fixtures/loaded-reporters.js';
import { article, checkedFiles, diagnostics, kkResource, ruResource, ruXliff, sampleRun, ukResource } from './fixtures/sample-run.js';

const ansi = /\u001b\[[0-9;]*m/g;
const plain = { color: false };

function rowsOf(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+\d+:\d+/.test(line));
}

/** Column (in display width) where `needle` starts on `line`. */
function columnOf(line: string, needle: string): number {
  const index = line.indexOf(needle);
  expect(index, `${needle} in ${line}`).to.be.greaterThan(-1);
  return displayWidth(line.slice(0, index));
}

describe('stylish reporter', () => {
  it('writes no ANSI escape at all without colour', () => {
    const output = reporters.stylish(sampleRun(), plain);
    expect(output).not.to.include('\u001b');
  });

  it('shows an escape character inside a message instead of passing it to the terminal', () => {
    const hostile: Diagnostic = { ...diagnostics[2]!, message: 'Bad \u001b[2Jrate' };
    const output = reporters.stylish(sampleRun({ diagnostics: [hostile] }), plain);
    expect(output).not.to.include('\u001b');
    expect(output).to.include('Bad \\u001b[2Jrate');
  });

  it('colours errors red, warnings yellow and positions dim when asked', () => {
    const output = reporters.stylish(sampleRun(), { color: true });
    expect(output).to.include('\u001b[31merror  \u001b[39m');
    expect(output).to.include('\u001b[33mwarning\u001b[39m');
    expect(output).to.include('\u001b[2m18:153\u001b[22m');
    expect(output.replace(ansi, '')).to.equal(reporters.stylish(sampleRun(), plain));
  });

  it('writes one header per file with findings, in path order', () => {
    const lines = reporters.stylish(sampleRun(), plain).split('\n');
    const headers = lines.filter((line) => line !== '' && !line.startsWith(' ') && !/^[✖✔ℹ]/.test(line));
    expect(headers).to.deep.equal([kkResource, ruResource, ukResource, article, ruXliff]);
  });

  it('lists each finding with position, severity, message, rule and [locale #segment]', () => {
    const rows = rowsOf(reporters.stylish(sampleRun(), plain));
    const ru = rows.find((row) => row.includes('placeholder/missing'))!;
    expect(ru.trim().split(/\s{2,}/)).to.deep.equal([
      '5:18',
      'error',
      'В переводе нет плейсхолдера {m1} («60 KZT (10 рублей)»).',
      'placeholder/missing',
      '[ru #w8Ef0PE0gU]',
    ]);
  });

  it('aligns every column across files, Cyrillic and Latin messages alike', () => {
    const rows = rowsOf(reporters.stylish(sampleRun(), plain));
    expect(rows).to.have.length(9);
    const columns = (needles: (row: string) => string) => new Set(rows.map((row) => columnOf(row, needles(row))));
    // The colon of line:column lines up, and so do severity, message, rule id and label.
    expect(columns(() => ':').size).to.equal(1);
    expect(columns((row) => /error|warning|info/.exec(row)![0]).size).to.equal(1);
    const ruleIds = diagnostics.map((d) => d.ruleId);
    expect(columns((row) => ruleIds.find((id) => row.includes(`  ${id}`))!).size).to.equal(1);
    expect(columns(() => '[').size).to.equal(1);
  });

  it('aligns by display width when messages hold wide characters', () => {
    const wide: Diagnostic[] = [
      { ...diagnostics[6]!, message: '東京 must stay 東京.', line: 2 },
      { ...diagnostics[6]!, message: 'Алма-Ата → Алматы.', line: 3 },
      { ...diagnostics[6]!, message: 'Almaty 👍🏽', line: 4 },
    ];
    const rows = rowsOf(reporters.stylish(sampleRun({ diagnostics: wide }), plain));
    expect(new Set(rows.map((row) => columnOf(row, 'term/deprecated')))).to.have.property('size', 1);
  });

  it('puts the continuation lines of a multi-line message under the message column', () => {
    const lines = reporters.stylish(sampleRun(), plain).split('\n');
    const first = lines.findIndex((line) => line.includes('Rate off by 100%'));
    const messageColumn = columnOf(lines[first]!, 'Rate off');
    expect(lines[first + 1]).to.equal(`${' '.repeat(messageColumn)}second line`);
    expect(lines[first + 2]).to.equal(`${' '.repeat(messageColumn)}third line`);
  });

  it('counts problems by severity and suppressed findings apart', () => {
    // 2 errors, 4 warnings and 1 info stand; 2 findings are suppressed inline.
    const output = reporters.stylish(sampleRun(), plain);
    expect(output.trimEnd().split('\n').at(-1)).to.equal('✖ 7 problems (2 errors, 4 warnings, 1 info), 2 suppressed');
  });

  it('lists a few suppressed findings dimmed and marked', () => {
    const rows = rowsOf(reporters.stylish(sampleRun(), plain)).filter((row) => row.endsWith('(suppressed)'));
    expect(rows).to.have.length(2);
    expect(rows[0]).to.include('[kk #gpLzSBsiBS]');
    const coloured = reporters.stylish(sampleRun(), { color: true });
    expect(coloured).to.include('\u001b[2m[kk #gpLzSBsiBS]  (suppressed)\u001b[22m');
  });

  it('only counts suppressed findings when there are many', () => {
    const many = [1, 2, 3, 4].map((line): Diagnostic => ({ ...diagnostics[3]!, line }));
    const output = reporters.stylish(sampleRun({ diagnostics: [diagnostics[5]!, ...many] }), plain);
    expect(output).not.to.include('(suppressed)');
    expect(rowsOf(output)).to.have.length(1);
    expect(output).not.to.include(kkResource);
    expect(output.trimEnd().split('\n').at(-1)).to.equal('✖ 1 problem (1 error, 0 warnings), 4 suppressed');
  });

  it('reports a clean run with the number of files checked', () => {
    expect(reporters.stylish(sampleRun({ diagnostics: [] }), plain)).to.equal(`\n✔ no problems in ${checkedFiles.length} files\n`);
    expect(reporters.stylish(sampleRun({ diagnostics: [], filesChecked: 1 }), plain)).to.equal('\n✔ no problems in 1 file\n');
    expect(reporters.stylish(sampleRun({ diagnostics: [], filesChecked: 12_400 }), plain)).to.equal('\n✔ no problems in 12,400 files\n');
  });

  it('reports a run whose only findings are suppressed as clean', () => {
    const output = reporters.stylish(sampleRun({ diagnostics: [diagnostics[1]!, diagnostics[3]!] }), plain);
    expect(output.trimEnd().split('\n').at(-1)).to.equal('✔ no problems in 6 files, 2 suppressed');
  });

  it('marks a run with only info findings with ℹ', () => {
    const output = reporters.stylish(sampleRun({ diagnostics: [diagnostics[8]!] }), plain);
    expect(output.trimEnd().split('\n').at(-1)).to.equal('ℹ 1 problem (0 errors, 0 warnings, 1 info)');
  });

  it('writes the same report whatever order the diagnostics come in', () => {
    const reversed = sampleRun({ diagnostics: [...diagnostics].reverse() });
    expect(reporters.stylish(reversed, plain)).to.equal(reporters.stylish(sampleRun(), plain));
  });
});
