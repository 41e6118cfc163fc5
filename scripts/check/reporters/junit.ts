import { create } from 'xmlbuilder2';
import type { Diagnostic } from '../../core/diagnostic.js';
import { positionLabel, segmentLabel } from './diagnostic-label.js';
import type { ReportInput } from './report-input.js';
import { groupByFile, summarize } from './summary.js';
import { toXmlChars } from '../../xml/escape.js';
import { xmlAttribute, xmlText } from '../../xml/builder-escape.js';

// A report never refuses: characters XML cannot carry become U+FFFD.
const xmlTextValue = (text: string): string => xmlText(toXmlChars(text));
const xmlAttributeValue = (text: string): string => xmlAttribute(toXmlChars(text));

type XMLBuilder = ReturnType<typeof create>;

/** Test case of a file without findings, or of the files without findings when their paths are unknown. */
export const cleanFileTestName = 'no findings';

/**
 * The run as JUnit XML, the shape Jenkins and GitLab read: `<testsuites>` holds one
 * `<testsuite>` per file and one `<testcase>` per finding (`classname` and `file` are
 * the file, `name` is "rule at line:column [locale #segment]").
 *
 * - errors and warnings fail: `<failure message="…" type="error|warning">` with
 *   `file:line:column: severity: message` and the rule, locale and segment as body;
 * - info findings pass, their text in `<system-out>`;
 * - suppressed findings are `<skipped>`, never failures;
 * - a file without findings is one passing test case, "no findings". When the
 *   run gave no file paths, one suite "files without findings" holds one such case.
 *
 * `<error>` is never written: it means the test itself broke, and a check that
 * could not run exits with an error instead of writing a report.
 */
export function formatJUnit(input: ReportInput): string {
  const summary = summarize(input);
  const groups = groupByFile(input.diagnostics);
  const failures = summary.errorCount + summary.warningCount;
  const cleanFiles = input.checkedFiles ? [...new Set(input.checkedFiles)].filter((file) => !groups.has(file)).sort() : [];
  const unnamedCleanFiles = input.checkedFiles ? 0 : Math.max(0, input.filesChecked - groups.size);
  const tests = input.diagnostics.length + cleanFiles.length + (unnamedCleanFiles > 0 ? 1 : 0);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: 'glossa check',
    tests: String(tests),
    failures: String(failures),
    errors: '0',
    skipped: String(summary.suppressedCount),
    time: '0',
  });
  for (const [file, diagnostics] of groups) addFileSuite(root, file, diagnostics);
  for (const file of cleanFiles) addCleanSuite(root, file, cleanFileTestName);
  if (unnamedCleanFiles > 0) {
    addCleanSuite(root, 'files without findings', `${unnamedCleanFiles} ${unnamedCleanFiles === 1 ? 'file' : 'files'} without findings`);
  }
  return root.end({ prettyPrint: true }) + '\n';
}

function addFileSuite(root: XMLBuilder, file: string, diagnostics: readonly Diagnostic[]): void {
  const failures = diagnostics.filter((d) => !d.suppressed && d.severity !== 'info').length;
  const skipped = diagnostics.filter((d) => d.suppressed).length;
  const suite = root.ele('testsuite', {
    name: xmlAttributeValue(file),
    tests: String(diagnostics.length),
    failures: String(failures),
    errors: '0',
    skipped: String(skipped),
    time: '0',
  });
  const names = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    // GitLab keys test cases by class name and name, so equal names get a counter.
    const base = testName(diagnostic);
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    const testcase = suite.ele('testcase', {
      classname: xmlAttributeValue(file),
      name: xmlAttributeValue(seen === 1 ? base : `${base} (${seen})`),
      file: xmlAttributeValue(file),
      time: '0',
    });
    if (diagnostic.suppressed) {
      testcase.ele('skipped', { message: xmlAttributeValue(`suppressed inline: ${diagnostic.message}`) });
    } else if (diagnostic.severity === 'info') {
      testcase.ele('system-out').txt(xmlTextValue(details(diagnostic)));
    } else {
      testcase
        .ele('failure', { message: xmlAttributeValue(diagnostic.message), type: diagnostic.severity })
        .txt(xmlTextValue(details(diagnostic)));
    }
  }
}

function addCleanSuite(root: XMLBuilder, name: string, testcaseName: string): void {
  root
    .ele('testsuite', { name: xmlAttributeValue(name), tests: '1', failures: '0', errors: '0', skipped: '0', time: '0' })
    .ele('testcase', { classname: xmlAttributeValue(name), name: xmlAttributeValue(testcaseName), time: '0' });
}

function testName(diagnostic: Diagnostic): string {
  const label = segmentLabel(diagnostic);
  return `${diagnostic.ruleId} at ${diagnostic.line}:${diagnostic.column}${label ? ` ${label}` : ''}`;
}

function details(diagnostic: Diagnostic): string {
  const lines = [`${positionLabel(diagnostic)}: ${diagnostic.severity}: ${diagnostic.message}`, `rule: ${diagnostic.ruleId}`];
  if (diagnostic.locale) lines.push(`locale: ${diagnostic.locale}`);
  if (diagnostic.segmentId) lines.push(`segment: ${diagnostic.segmentId}`);
  return lines.join('\n');
}
