/** The benchmark's plain-text report: corpora, one aligned row per measurement, the peer comparison. */
import type { CorpusInfo, CorpusSizeName } from './corpus.js';
import { targetLanguages } from './language.js';
import type { PairResult, PeerResult, ResultRow } from './results.js';
import { formatVerdicts, type TargetVerdict } from './targets.js';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const significant = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

export interface TableInput {
  readonly rows: readonly ResultRow[];
  readonly corpora: ReadonlyMap<CorpusSizeName, CorpusInfo>;
  readonly peer: PeerResult;
  readonly targets: readonly TargetVerdict[];
  readonly machine: { readonly cpus: number; readonly cpuModel?: string | undefined; readonly node: string; readonly loadAverage: { readonly start: readonly number[] } };
  readonly date: string;
  readonly jobs: number | null;
  readonly sizes: Readonly<Record<CorpusSizeName, number>>;
  readonly pairs?: readonly PairResult[];
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function alignColumns(header: readonly string[], rows: ReadonlyArray<readonly string[]>, rightAligned: ReadonlySet<number>): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

function rowCells(row: ResultRow): string[] {
  const m = row.measurement;
  const median = m ? (m.timedOut ? `> ${integer.format(m.max)}` : twoDecimals.format(m.median)) : '';
  const range = m && m.samples.length > 1 ? `${twoDecimals.format(m.min)}–${twoDecimals.format(m.max)}` : '';
  const throughput = row.throughput
    ? `${row.throughput.atMost ? '< ' : ''}${significant.format(row.throughput.value)} ${row.throughput.unit}${row.note ? ` (${row.note})` : ''}`
    : (row.note ?? '');
  return [
    row.command,
    row.corpus.toUpperCase().replace('MB', ' MB'),
    row.concepts !== undefined ? integer.format(row.concepts) : '',
    row.cache ?? '',
    m ? String(m.samples.length) : '',
    median,
    range,
    throughput,
    m?.maxRssMB !== undefined ? integer.format(m.maxRssMB) : '',
  ];
}

export function formatTable(input: TableInput): string {
  const lines: string[] = [];
  const when = input.date.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
  lines.push(
    `Glossa benchmark, ${when}: ${input.machine.cpus} × ${input.machine.cpuModel ?? 'CPU'}, Node ${input.machine.node}, ` +
      `${input.jobs === null ? 'no --jobs' : `--jobs ${input.jobs}`}, load average at start ${twoDecimals.format(input.machine.loadAverage.start[0] ?? 0)}`,
  );
  lines.push(
    'MB = 10^6 bytes; wall time per fresh `node lib/cli.js` process, start-up included; median of the runs.',
    'Cache: cold = Glossa\'s content cache (out/.cache) deleted before each run, warm = kept from the run before, termbase = only the compiled termbase kept.',
    '',
  );
  lines.push('Corpora:');
  for (const [size, info] of input.corpora) {
    const translations = targetLanguages.reduce((sum, lang) => sum + info.translationBytes[lang], 0);
    lines.push(
      `  ${size.toUpperCase().replace('MB', ' MB').padEnd(7)} ${integer.format(info.articles).padStart(6)} articles, ${twoDecimals.format(info.sourceBytes / 1e6).padStart(6)} MB Markdown + ` +
        `${twoDecimals.format(translations / 1e6).padStart(7)} MB translations (${targetLanguages.join(', ')}), ${integer.format(info.messages)} segments` +
        (info.generationSeconds > 0 ? `; generated in ${twoDecimals.format(info.generationSeconds)} s (extract ${twoDecimals.format(info.phaseSeconds.extract)} s)` : ''),
    );
  }
  lines.push('');
  const header = ['Command', 'Corpus', 'Concepts', 'Cache', 'Runs', 'Median s', 'Range s', 'Throughput', 'Peak RSS MB'];
  lines.push(...alignColumns(header, input.rows.map(rowCells), new Set([2, 4, 5, 6, 8])));
  lines.push('');
  const { peer } = input;
  lines.push(`Peer on the 1 MB sources, 2,000-concept glossary: ${peer.rules} prh rules (${peer.patterns} patterns) = the glossary's context-free English deprecated → preferred terms`);
  if (peer.textlint) lines.push(`  textlint + textlint-rule-prh   ${integer.format(peer.textlint.findings).padStart(5)} findings          median ${twoDecimals.format(peer.textlint.medianSeconds)} s`);
  if (peer.glossa) lines.push(`  glossa check <source folder>   ${integer.format(peer.glossa.findings).padStart(5)} term/deprecated   median ${twoDecimals.format(peer.glossa.medianSeconds)} s`);
  if (peer.ratio !== undefined) lines.push(`  time ratio textlint / glossa   ${twoDecimals.format(peer.ratio)}`);
  if (input.pairs && input.pairs.length > 0) {
    lines.push('', 'Measured in turn (A B A B …), A ÷ B pair by pair:');
    for (const pair of input.pairs) {
      lines.push(`  ${pair.a} ÷ ${pair.b}: median ${twoDecimals.format(pair.ratio)} (${pair.ratios.map((ratio) => twoDecimals.format(ratio)).join(', ')})`);
    }
  }
  lines.push('', 'Targets (figures from this run):', ...formatVerdicts(input.targets));
  return `${lines.join('\n')}\n`;
}
