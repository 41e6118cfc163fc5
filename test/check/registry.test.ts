import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { registeredRules } from '../../scripts/check/registry.js';
import { formatDiagnostics } from '../../scripts/check/report.js';
import { allRules } from '../../scripts/check/rules/index.js';

const repoRoot = path.resolve(__dirname, '../..');

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, ending);
    return entry.name.endsWith(ending) ? [full] : [];
  });
}

describe('the rule registry', () => {
  const ids = registeredRules.map((rule) => rule.id);

  it('names every rule once', () => {
    expect(ids.length).to.be.greaterThan(50);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('has every check rule, with id = file = test', () => {
    for (const { meta } of allRules) {
      expect(ids, meta.id).to.include(meta.id);
      expect(existsSync(path.join(repoRoot, 'scripts/check/rules', `${meta.id}.ts`)), `scripts/check/rules/${meta.id}.ts`).to.equal(true);
      expect(existsSync(path.join(repoRoot, 'test/check/rules', `${meta.id}.test.ts`)), `test/check/rules/${meta.id}.test.ts`).to.equal(true);
    }
  });

  it('has a doc for every rule, titled with its id, and no doc without a rule', () => {
    for (const rule of registeredRules) {
      const doc = path.join(repoRoot, rule.docs);
      expect(existsSync(doc), rule.docs).to.equal(true);
      expect(readFileSync(doc, 'utf8').split('\n')[0], rule.docs).to.equal(`# ${rule.id}`);
      expect(readFileSync(doc, 'utf8'), rule.docs).to.match(/\n## Example/);
    }
    const docs = files(path.join(repoRoot, 'docs/rules'), '.md').map((file) => path.relative(path.join(repoRoot, 'docs/rules'), file).replace(/\.md$/, '').split(path.sep).join('/'));
    expect(docs.filter((id) => !ids.includes(id))).to.deep.equal([]);
  });

  it('knows every rule id the code reports', () => {
    // A finding's id is written as a literal where it is reported: 'group/name' in a ruleId, a report call or a rule table.
    const written = new Set<string>();
    for (const file of files(path.join(repoRoot, 'scripts'), '.ts')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:ruleId:\s*|id:\s*|Rule\s*=\s*|report\([^,]+,\s*)'((?:xliff|tm|glossary|term|segment|placeholder|money|text)\/[a-z0-9-]+)'/g)) {
        written.add(match[1]!);
      }
    }
    expect(written.size).to.be.greaterThan(40);
    expect([...written].filter((id) => !ids.includes(id)).sort()).to.deep.equal([]);
  });

  it('describes XLIFF findings in SARIF (tool.driver.rules)', async () => {
    const sarif = JSON.parse(
      await formatDiagnostics('sarif', [{ ruleId: 'xliff/duplicate-id', severity: 'error', file: 'ru.xlf', line: 3, column: 5, message: 'duplicate id "u1"' }], ['ru.xlf'], false),
    ) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; fullDescription: { text: string } }> } } }> };
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.find((rule) => rule.id === 'xliff/duplicate-id')?.fullDescription.text).to.equal('an id that must be unique in its scope is repeated');
    expect(rules.map((rule) => rule.id)).to.include.members(['xliff/import-placeholders', 'tm/exact-match', 'glossary/skipped-term']);
  });
});
