import { expect } from 'chai';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';
import { placeDiagnostic } from '../../scripts/report/index.js';

const context = {
  targetLocales: ['ru', 'de'],
  articleOfFile: new Map([
    ['source/a.md', 'a'],
    ['locales/de/a.json', 'a'],
  ]),
};
const base: Diagnostic = { ruleId: 'term/missing', severity: 'error', file: 'locales/de/a.json', line: 1, column: 1, message: 'm', segmentId: 'id1', locale: 'de' };

describe('report/place-diagnostics', () => {
  it('puts a finding in a locale file next to the translation, in that locale only', () => {
    expect(placeDiagnostic(base, context)).to.deep.equal({ article: 'a', segmentId: 'id1', locale: 'de', side: 'target' });
  });

  it('puts a finding on the source (source locale or none) next to the source, in every locale', () => {
    expect(placeDiagnostic({ ...base, file: 'source/a.md', locale: 'en' }, context)).to.deep.equal({ article: 'a', segmentId: 'id1', side: 'source' });
    const { locale: _, ...withoutLocale } = base;
    expect(placeDiagnostic({ ...withoutLocale, file: 'source/a.md' }, context)).to.deep.equal({ article: 'a', segmentId: 'id1', side: 'source' });
  });

  it('puts a finding in the source that names a target locale next to that translation', () => {
    expect(placeDiagnostic({ ...base, ruleId: 'segment/untranslated', file: 'source/a.md', locale: 'ru' }, context)).to.deep.equal({
      article: 'a',
      segmentId: 'id1',
      locale: 'ru',
      side: 'target',
    });
  });

  it('leaves the article open for a file of no article, such as an XLIFF delivery', () => {
    expect(placeDiagnostic({ ...base, file: 'dist/xliff/de/a.xlf' }, context)).to.deep.equal({ segmentId: 'id1', locale: 'de', side: 'target' });
  });
});
