import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import { parseFrontMatter } from '../../scripts/document/front-matter.js';
import { mayHaveAliases } from '../../scripts/core/yaml-aliases.js';
import { parseGlossaryYaml } from '../../scripts/glossary/yaml-read.js';
import { parseRates } from '../../scripts/money/parse-rates.js';

/** `a: &a [x, x, …]`, `b: &b [*a, *a, …]` … nine levels: 10⁹ nodes once expanded. */
function aliasBomb(indent = ''): string {
  const names = 'abcdefghi'.split('');
  return names
    .map((name, level) => `${indent}${name}: &${name} [${Array.from({ length: 10 }, () => (level === 0 ? '"lol"' : `*${names[level - 1]}`)).join(', ')}]`)
    .join('\n');
}

function refusal(read: () => unknown): { message: string; ms: number } {
  const started = performance.now();
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return { message: (error as InputError).format(), ms: performance.now() - started };
  }
  throw new Error('expected the input to be refused');
}

const aliasMessage = 'an alias (*name) of a list or mapping; write the values out instead of repeating them by alias (limit yamlCollectionAliases = 0)';

describe('YAML alias bombs are refused at the first alias of a list', () => {
  it('in glossary/termbase.yaml (was: still running after 180 s, memory growing)', () => {
    const text = `version: 1\nconcepts:\n  - id: c1\n    terms:\n      en:\n        preferred: Almaty\n${aliasBomb()}\n`;
    const { message, ms } = refusal(() => parseGlossaryYaml(text, 'glossary/termbase.yaml'));
    expect(message).to.equal(`glossary/termbase.yaml:8:8: ${aliasMessage}`);
    expect(ms).to.be.below(2000);
  });

  it('in an article\'s front matter', () => {
    const text = `---\ntitle: T\ndate: 2022-01-07\npublisher: P\nlang: en\n${aliasBomb()}\n---\n\nText.\n`;
    const { message, ms } = refusal(() => parseFrontMatter(text, 'source/a.md'));
    expect(message).to.equal(`source/a.md:7:8: ${aliasMessage}`);
    expect(ms).to.be.below(2000);
  });

  it('in the rates file', () => {
    const { message } = refusal(() => parseRates(`${aliasBomb()}\nrates: []\n`, 'glossary/rates.yaml'));
    expect(message).to.equal(`glossary/rates.yaml:2:8: ${aliasMessage}`);
  });

  it('an alias of a plain value is still read', () => {
    const text = 'version: 1\nconcepts:\n  - id: c1\n    note: &n Shared note.\n    terms:\n      en:\n        preferred:\n          term: Almaty\n          note: *n\n';
    const glossary = parseGlossaryYaml(text, 'x.yaml');
    expect(glossary.concepts[0]!.terms['en']![0]!.note).to.equal('Shared note.');
  });

  it('an alias of a list or mapping anywhere in the concepts is refused, in block and flow style', () => {
    const head = 'version: 1\nconcepts:\n  - id: c1\n    terms:\n      en:\n        preferred: Almaty\n';
    const cases: [string, string][] = [
      [`${head}      de: &terms\n        preferred: Almaty\n      kk: *terms\n`, '9:11'],
      [`${head}  - &concept {id: c2, terms: {en: {preferred: Astana}}}\n  - *concept\n`, '8:5'],
      [`${head}  - id: c3\n    terms: {en: &e {preferred: Aqtau}, de: *e}\n`, '8:44'],
    ];
    for (const [text, position] of cases) {
      expect(mayHaveAliases(text), text).to.equal(true);
      expect(refusal(() => parseGlossaryYaml(text, 'x.yaml')).message).to.equal(`x.yaml:${position}: ${aliasMessage}`);
    }
  });
});

describe('looking for a possible alias before walking a loaded value', () => {
  it('answers true wherever an alias of an anchor could start', () => {
    for (const text of ['*a', 'a: *a', '- *a', 'a:\n  *a', '[*a]', '{a: *a}', '[x,*a]', '{a:*a}', 'a:\t*a']) {
      expect(mayHaveAliases(`x: &a [1]\n${text}`), JSON.stringify(text)).to.equal(true);
    }
    for (const anchor of ['&a', '- &a', '[&a', '{k: &a', 'k:\t&a', ',&a']) expect(mayHaveAliases(`${anchor} v\nb: *a`), JSON.stringify(anchor)).to.equal(true);
  });

  it('answers true when one name may be read as the other cut short (a colon or other mark after it)', () => {
    expect(mayHaveAliases('x: &ab [1]\ny: *a')).to.equal(true);
    expect(mayHaveAliases('x: &a [1]\ny: [*a:]')).to.equal(true);
  });

  it('answers false for a star inside a word or quotes, which cannot start an alias', () => {
    for (const text of ['forms: ["*stan"]', "forms: ['*stan']", 'text: Alma*', 'a: b*c', 'no star at all']) expect(mayHaveAliases(`x: &a [1]\n${text}`), JSON.stringify(text)).to.equal(false);
  });

  it('answers false for stars where an alias could start but no anchor of their name', () => {
    const comment = '#   *        any letters inside one word; cue words may start with it\n';
    for (const text of [comment, `${comment}a: *b`, `${comment}x: &a [1]\ny: *b`, 'a: R&D\nb: *R', 'a: "&a"\nb: *b']) {
      expect(mayHaveAliases(text), JSON.stringify(text)).to.equal(false);
    }
  });

  it('reads a termbase whose comments put a star where an alias could start, with its anchors of plain values, as before', () => {
    const text = `${'#   *  any letters inside one word\n'}version: 1\nconcepts:\n  - id: c1\n    note: &n shared note\n    terms: {en: {preferred: Almaty}}\n  - id: c2\n    note: *n\n    terms: {en: {preferred: Astana}}\n`;
    const glossary = parseGlossaryYaml(text, 'x.yaml');
    expect(glossary.concepts.map((concept) => concept.note)).to.deep.equal(['shared note', 'shared note']);
  });
});
