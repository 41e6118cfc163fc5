import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import { frontMatterWithPositions, parseFrontMatter, quickFrontMatter } from '../../scripts/document/front-matter.js';
import { fuzzRuns, fuzzSeed } from '../fuzz/mutate.js';
import { glossaErrorOf } from '../glossary/helpers.js';

/** What both readers must agree on: every value, where each scalar starts and ends, and the file position of each start. */
function agree(yamlText: string): boolean {
  const quick = quickFrontMatter(yamlText, 2);
  if (quick === undefined) return false;
  const full = frontMatterWithPositions(yamlText, 2, 'a.md');
  expect(quick.values, yamlText).to.deep.equal(full.values);
  expect(quick.ranges, yamlText).to.deep.equal(full.ranges);
  for (const [start] of Object.values(full.ranges)) expect(quick.positionOf(start), yamlText).to.deep.equal(full.positionOf(start));
  return true;
}

describe('document/front-matter: front matter read without a YAML parser', () => {
  it('reads the front matter of every sample and test article as the yaml package does', () => {
    const folders = ['source', 'test/fixtures/perf-corpus/source'];
    let read = 0;
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
        const text = readFileSync(`${folder}/${name}`, 'utf8');
        const yamlText = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
        if (agree(`${yamlText}\n`)) read++;
      }
    }
    expect(read).to.be.greaterThan(10);
  });

  const read: ReadonlyArray<readonly [string, string]> = [
    ['plain text, a date and a language', 'title: Almaty reopens its airport\ndate: 2022-01-07\npublisher: OREANDA-NEWS\nlang: en\n'],
    ['text in double and single quotes, with a doubled single quote', 'title: "Kazakhstan: the week in review"\nauthor: \'It\'\'s Dana\'\nlang: kk\n'],
    ['Cyrillic, Kazakh letters, a # and a colon inside words', 'title: Алматы әуежайы қайта ашылды\nnote: C# and http://example.org/a#b\nlang: ru\n'],
    ['blank lines, CRLF line breaks and spaces before the value', 'title:    Spaced\r\n\r\ndate: 2022-01-07\r\n'],
    ['words YAML 1.2 reads as text: yes, no, on, Infinity, NaN', 'a: yes\nb: no\nc: On\nd: Infinity\ne: NaN\n'],
  ];
  for (const [what, text] of read) {
    it(`reads ${what} as the yaml package does`, () => expect(agree(text), text).to.equal(true));
  }

  const left: ReadonlyArray<readonly [string, string]> = [
    ['numbers', 'title: 2022\n'],
    ['booleans and null', 'flag: true\n'],
    ['an empty value', 'title:\n'],
    ['a comment after the value', 'title: Almaty # the city\n'],
    ['a comment line', '# about\ntitle: Almaty\n'],
    ['a list', 'tags: [a, b]\n'],
    ['a block list', 'tags:\n  - a\n'],
    ['a value over two lines', 'title: Almaty\n  airport\n'],
    ['escapes in double quotes', 'title: "A \\"quoted\\" word"\n'],
    ['a key twice', 'title: A\ntitle: B\n'],
    ['a colon and a space inside plain text', 'title: Kazakhstan: the week\n'],
    ['a tab', 'title:\tAlmaty\n'],
    ['a control character', 'title: Alm\u0007aty\n'],
    ['a quoted key', '"title": Almaty\n'],
    ['a block scalar', 'title: >\n  Almaty\n'],
    ['an anchor', 'title: &a Almaty\n'],
    ['a time of day', 'time: 12:30\n'],
  ];
  for (const [what, text] of left) {
    it(`leaves ${what} to the yaml package`, () => expect(quickFrontMatter(text, 2)).to.equal(undefined));
  }

  it('names the line and column of a bad value the same way through either reader, with a byte order mark and CRLF too', () => {
    const article = (dateLine: string, eol = '\n', bom = '') => `${bom}---${eol}title: T${eol}${dateLine}${eol}publisher: P${eol}lang: en${eol}---${eol}${eol}Text.${eol}`;
    const problem = (text: string) => glossaErrorOf(() => parseFrontMatter(text, 'a.md')).format();
    const expected = 'a.md:3:7: "date" must be a calendar date written YYYY-MM-DD, not "2022-13-45"';
    expect(problem(article('date: 2022-13-45'))).to.equal(expected);
    // A comment sends the front matter to the yaml package.
    expect(problem(article('date: 2022-13-45 # checked'))).to.equal(expected);
    expect(problem(article('date: 2022-13-45', '\r\n', '\uFEFF'))).to.equal(expected);
    expect(problem(article('date: 2022-13-45 # checked', '\r\n', '\uFEFF'))).to.equal(expected);
  });

  it('never reads generated front matter otherwise than the yaml package', function () {
    this.timeout(0);
    const piece = fc.constantFrom('a', 'Z', 'é', 'ә', 'Ж', ' ', ':', '#', "'", '"', '-', '.', '1', '0', '~', '[', '&', '%', '!', 'x', '?', ',', '|', '>', '@', '`', '\\');
    const value = fc.array(piece, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));
    const key = fc.constantFrom('title', 'date', 'lang', 'publisher', 'author', 'x-tag', 'null', 'True', '_k');
    const line = fc.tuple(key, fc.constantFrom(':', ': ', ':  ', ' : '), value).map(([k, colon, v]) => `${k}${colon}${v}`);
    const document = fc.array(fc.oneof(line, fc.constant(''), fc.constant('date: 2022-01-07')), { minLength: 1, maxLength: 6 }).map((lines) => `${lines.join('\n')}\n`);
    let taken = 0;
    fc.assert(
      fc.property(document, (text) => {
        let full: ReturnType<typeof frontMatterWithPositions> | 'refused';
        try {
          full = frontMatterWithPositions(text, 2, 'a.md');
        } catch {
          full = 'refused';
        }
        const quick = quickFrontMatter(text, 2);
        if (quick === undefined) return;
        expect(full, `the yaml package refuses what the quick reader read:\n${text}`).not.to.equal('refused');
        if (agree(text)) taken++;
      }),
      { numRuns: fuzzRuns(2000), seed: fuzzSeed(), endOnFailure: true },
    );
    expect(taken).to.be.greaterThan(fuzzRuns(2000) / 50);
  });
});
