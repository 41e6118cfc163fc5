import { expect } from 'chai';
import { allRules } from '../../scripts/check/rules/index.js';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';
import { runCase, type RuleCase } from './rule-tester.js';
import { messageColumn, termSetup } from './rules/term/term-cases.js';

const termRules = allRules.filter((rule) => rule.meta.id.startsWith('term/'));

function findings(testCase: Omit<RuleCase, 'errors' | 'name'>, settings: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}): string[] {
  const found: Diagnostic[] = runCase(termRules, { ...termSetup, settings }, { name: '', errors: [], ...testCase });
  return found.map((d) => `${d.line}:${d.column}-${d.endColumn ?? ''} ${d.severity} ${d.ruleId}`);
}

const at = (before: string) => messageColumn + before.length;

describe('check engine: one finding per word', () => {
  const kiew = { source: 'Protesters gathered in Kyiv.', locale: 'de', translation: 'Demonstranten versammelten sich in Kiew.' };
  const kiewAt = at('Demonstranten versammelten sich in ');

  it('"Kiew" in German is reported once, as deprecated, not also as the missing Kyjiw', () => {
    expect(findings(kiew)).to.deep.equal([`2:${kiewAt}-${kiewAt + 4} error term/deprecated`]);
  });

  it('with term/deprecated off, the same word is reported by term/missing', () => {
    expect(findings(kiew, { 'term/deprecated': 'off' })).to.deep.equal([`2:${kiewAt}-${kiewAt + 4} error term/missing`]);
  });

  it('keeps the more severe finding when the configuration makes term/missing the stricter rule', () => {
    expect(findings(kiew, { 'term/deprecated': 'warning' })).to.deep.equal([`2:${kiewAt}-${kiewAt + 4} error term/missing`]);
  });

  it('an out-of-context adjective is reported by term/context alone', () => {
    const kazakh = { source: 'Kazakhstani authorities blocked the internet.', translation: 'Казахские власти заблокировали интернет.' };
    expect(findings(kazakh)).to.deep.equal([`2:${messageColumn}-${messageColumn + 9} error term/context`]);
  });

  it('different words of one sentence keep their own findings', () => {
    const two = { source: 'Protesters in Kyiv and Kharkiv.', locale: 'de', translation: 'Demonstranten in Kiew und Charkow.' };
    const kiewStart = at('Demonstranten in ');
    const charkowStart = at('Demonstranten in Kiew und ');
    expect(findings(two)).to.deep.equal([
      `2:${kiewStart}-${kiewStart + 4} error term/deprecated`,
      `2:${charkowStart}-${charkowStart + 7} error term/deprecated`,
    ]);
  });
});
