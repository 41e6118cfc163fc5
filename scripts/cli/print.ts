import type { BuildResult } from '../commands/build.js';
import type { ExtractResult } from '../commands/extract.js';
import type { FileFix } from '../check/fix.js';
import type { InitResult } from '../commands/init.js';
import { formatDiagnostics } from '../check/report.js';
import { useColor } from './color.js';
import { info, isQuiet, shownDiagnostics } from './verbosity.js';
import type { XliffExportResult } from '../commands/xliff-export.js';
import type { XliffImportResult } from '../commands/xliff-import.js';

const out = info;

export function extractSummary(results: readonly ExtractResult[]): void {
  for (const result of results) {
    const state = result.changed ? 'written' : 'unchanged';
    const retired = result.retired > 0 ? `, ${result.retired} retired to history` : '';
    out(`extract  ${result.file}  ${result.messages} messages from ${result.segments} segments (${state}${retired})`);
  }
}

export function buildSummary(results: readonly BuildResult[]): void {
  for (const result of results) {
    const fallback =
      result.fallbacks === 0
        ? 'all translated'
        : `${result.fallbacks} of ${result.segments} segments fell back to the source language`;
    out(`build    ${result.locale.padEnd(5)} ${result.article}  ${fallback}  → ${result.files.join(', ')}`);
    if (!isQuiet()) for (const warning of result.warnings) process.stderr.write(`glossa: warning: ${result.article} (${result.locale}): ${warning}\n`);
  }
}

export function fixSummary(fixes: readonly FileFix[]): void {
  for (const fix of fixes) out(`fixed    ${fix.file}  ${fix.applied} replacement(s)`);
}

export function xliffExportSummary(results: readonly XliffExportResult[]): void {
  for (const result of results) {
    const suggestions = result.suggestions > 0 ? `, ${result.suggestions} with fuzzy suggestions` : '';
    out(`xliff    ${result.file}  ${result.units} units, ${result.translated} translated${suggestions}${result.changed ? '' : ' (unchanged)'}`);
  }
}

export async function xliffImportSummary(results: readonly XliffImportResult[], dryRun: boolean): Promise<void> {
  for (const result of results) {
    const state = result.blocked ? 'not written: glossary errors (--strict)' : dryRun ? 'dry run, nothing written' : result.written ? `written to ${result.resource}` : `${result.resource} unchanged`;
    if (result.refused) out(`import   ${result.file} → ${result.locale}: refused, nothing written`);
    else out(`import   ${result.file} → ${result.locale}: ${result.imported} imported, ${result.unchanged} unchanged, ${result.skipped} skipped, ${result.rejected} rejected, ${result.stale} stale (${state})`);
    const shown = shownDiagnostics(result.diagnostics);
    if (shown.length > 0) {
      process.stdout.write(await formatDiagnostics('stylish', shown, [result.file], useColor()));
    }
  }
}

export function initSummary(result: InitResult): void {
  for (const file of result.written) out(`created  ${file}`);
  for (const { file, reason } of result.skipped) out(`skipped  ${file}  (${reason}; left as it is)`);
  if (result.written.length > 0) out('next     add articles to source/, then run: npx glossa run');
}
