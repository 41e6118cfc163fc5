import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import { relativeUri } from './relative-uri.js';
import type { ReportInput, RuleInfo } from './report-input.js';
import { primaryLocationLineHashes } from './sarif-fingerprint.js';
import { sortedDiagnostics } from './summary.js';

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The base every artifact URI is relative to: the project root. */
export const sourceRootId = '%SRCROOT%';
// GitHub code scanning truncates rule descriptions longer than this.
const descriptionLimit = 1024;
const semanticVersion = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

type SarifLevel = 'error' | 'warning' | 'note';
const levels: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId: string;
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly [
    {
      readonly physicalLocation: {
        readonly artifactLocation: ArtifactLocation;
        readonly region: { readonly startLine: number; readonly startColumn: number; readonly endLine: number; readonly endColumn: number };
      };
    },
  ];
  readonly partialFingerprints: { readonly primaryLocationLineHash: string };
  readonly suppressions: readonly { readonly kind: 'inSource' }[];
  readonly fixes?: readonly SarifFix[];
  readonly properties?: { readonly segmentId?: string; readonly locale?: string };
}

interface SarifFix {
  readonly artifactChanges: readonly {
    readonly artifactLocation: ArtifactLocation;
    readonly replacements: readonly {
      readonly deletedRegion: { readonly charOffset: number; readonly charLength: number };
      readonly insertedContent: { readonly text: string };
    }[];
  }[];
}

export interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help: { readonly text: string };
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties?: { readonly fixable: boolean };
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [
    {
      readonly tool: {
        readonly driver: {
          readonly name: 'glossa';
          readonly version: string;
          readonly semanticVersion?: string;
          readonly informationUri?: string;
          readonly rules: readonly SarifRule[];
        };
      };
      readonly originalUriBaseIds: Readonly<Record<string, { readonly description: { readonly text: string } }>>;
      readonly columnKind: 'utf16CodeUnits';
      readonly results: readonly SarifResult[];
      readonly properties: { readonly filesChecked: number };
    },
  ];
}

/**
 * The run as a SARIF 2.1.0 log that GitHub code scanning accepts: one run, rule
 * metadata with short and full description, help and default level, and per result
 * a level, a region in UTF-16 columns, a fingerprint that does not move with the
 * line, the segment and locale as properties, an inline suppression when suppressed,
 * and the fix as a character-offset replacement when the diagnostic carries one.
 *
 * Paths are relative to `%SRCROOT%`, the project root. Its absolute URI is left out
 * (SARIF allows that) so the log is the same on every machine; code scanning reads
 * relative paths from the repository root.
 */
export function formatSarif(input: ReportInput): string {
  return `${JSON.stringify(toSarifLog(input), null, 2)}\n`;
}

export function toSarifLog(input: ReportInput): SarifLog {
  const diagnostics = sortedDiagnostics(input);
  const rules = ruleCatalog(input.rules, diagnostics);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const hashes = primaryLocationLineHashes(diagnostics);
  const version = input.toolVersion;
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'glossa',
            version,
            ...(semanticVersion.test(version) ? { semanticVersion: version } : {}),
            ...(input.informationUri !== undefined ? { informationUri: input.informationUri } : {}),
            rules: rules.map(toSarifRule),
          },
        },
        originalUriBaseIds: {
          [sourceRootId]: { description: { text: 'The project root: the directory that holds package.json.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((diagnostic, i) => toSarifResult(diagnostic, ruleIndex.get(diagnostic.ruleId)!, hashes[i]!)),
        properties: { filesChecked: input.filesChecked },
      },
    ],
  };
}

/** Every rule of the run plus any rule a diagnostic names but the run did not describe, by id. */
function ruleCatalog(rules: ReadonlyMap<string, RuleInfo>, diagnostics: readonly Diagnostic[]): RuleInfo[] {
  const catalog = new Map(rules);
  for (const diagnostic of diagnostics) {
    if (!catalog.has(diagnostic.ruleId)) {
      catalog.set(diagnostic.ruleId, { id: diagnostic.ruleId, description: diagnostic.ruleId, defaultSeverity: diagnostic.severity });
    }
  }
  return [...catalog.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function toSarifRule(rule: RuleInfo): SarifRule {
  const full = truncate(rule.description.trim() || rule.id);
  return {
    id: rule.id,
    shortDescription: { text: truncate(firstSentence(full)) },
    fullDescription: { text: full },
    help: { text: rule.helpUri ? `${full}\n\n${rule.helpUri}` : full },
    ...(rule.helpUri !== undefined ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: levels[rule.defaultSeverity] },
    ...(rule.fixable !== undefined ? { properties: { fixable: rule.fixable } } : {}),
  };
}

function toSarifResult(diagnostic: Diagnostic, ruleIndex: number, hash: string): SarifResult {
  const artifactLocation = { uri: relativeUri(diagnostic.file), uriBaseId: sourceRootId };
  const properties = {
    ...(diagnostic.segmentId !== undefined ? { segmentId: diagnostic.segmentId } : {}),
    ...(diagnostic.locale !== undefined ? { locale: diagnostic.locale } : {}),
  };
  return {
    ruleId: diagnostic.ruleId,
    ruleIndex,
    level: levels[diagnostic.severity],
    message: { text: diagnostic.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(diagnostic) } }],
    partialFingerprints: { primaryLocationLineHash: hash },
    // An empty array says suppressions were evaluated and none applies.
    suppressions: diagnostic.suppressed ? [{ kind: 'inSource' }] : [],
    ...(diagnostic.fix
      ? {
          fixes: [
            {
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: [
                    {
                      deletedRegion: { charOffset: diagnostic.fix.range[0], charLength: diagnostic.fix.range[1] - diagnostic.fix.range[0] },
                      insertedContent: { text: diagnostic.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/**
 * Code scanning requires all four region bounds. A diagnostic without an end marks
 * the one character at its start; one that ends on a later line without a column
 * ends at the start of that line.
 */
function region(diagnostic: Diagnostic): SarifResult['locations'][0]['physicalLocation']['region'] {
  const endLine = diagnostic.endLine ?? diagnostic.line;
  const endColumn = diagnostic.endColumn ?? (endLine === diagnostic.line ? diagnostic.column + 1 : 1);
  return { startLine: diagnostic.line, startColumn: diagnostic.column, endLine, endColumn };
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
}

function truncate(text: string): string {
  const characters = [...text];
  return characters.length <= descriptionLimit ? text : `${characters.slice(0, descriptionLimit - 1).join('')}…`;
}
