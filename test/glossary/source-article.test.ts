import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { LineIndex } from '../../scripts/core/position.js';
import { preserveCase } from '../../scripts/glossary/index.js';
import { sourceArticlePath, termbaseMatcher } from './helpers.js';

describe('the project termbase on the source article', () => {
  const text = readFileSync(sourceArticlePath, 'utf8');
  const lines = new LineIndex(text);
  const where = (offset: number) => {
    const { line, column } = lines.positionAt(offset);
    return `${line}:${column}`;
  };

  it('finds every deprecated name, where it stands', () => {
    const deprecated = termbaseMatcher('en')
      .find(text)
      .filter((match) => match.status === 'deprecated')
      .map((match) => [text.slice(match.start, match.end), match.conceptId, where(match.start)]);
    expect(deprecated).to.deep.equal([
      ['Alma-Ata', 'almaty', '10:33'],
      ['Bank Turan Alem', 'bta-bank', '10:105'],
      ['Kassym-Zhomart Tokayev', 'tokayev', '22:30'],
      ['Alma-Ata', 'almaty', '24:122'],
    ]);
  });

  it('flags "Kazakh" before civic nouns and leaves the correct "Kazakhstani" alone', () => {
    const violations = termbaseMatcher('en')
      .contextViolations(text)
      .map((v) => [text.slice(v.start, v.end), v.suggestion, where(v.start)]);
    expect(violations).to.deep.equal([
      // "Kazakh banker Mukhtar Ablyazov" and "Kazakh law enforcers"
      ['Kazakh', 'Kazakhstani', '8:15'],
      ['Kazakh', 'Kazakhstani', '14:49'],
    ]);
  });

  it('suggests fixes that keep the case of the replaced text', () => {
    const matches = termbaseMatcher('en').find(text);
    const almaty = matches.find((match) => match.term.text === 'Alma-Ata')!;
    expect(preserveCase('Almaty', text.slice(almaty.start, almaty.end))).to.equal('Almaty');
  });
});
