import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import { parseArticle } from '../../scripts/document/read.js';

const article = (front: string, body = 'Text.\n') => `---\n${front}\n---\n\n${body}`;
const validFront = 'title: A title\ndate: 2022-01-07\npublisher: OREANDA-NEWS\nlang: en';

function errorOf(text: string): InputError {
  try {
    parseArticle(text, 'source/bad.md', 'bad');
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('document/read', () => {
  it('reads the sample article: front matter and one block per paragraph', () => {
    const text = readFileSync('source/ablyazov-kazakhstan-protests.md', 'utf8');
    const document = parseArticle(text, 'source/ablyazov-kazakhstan-protests.md', 'ablyazov-kazakhstan-protests');
    expect(document.frontMatter).to.include({ date: '2022-01-07', publisher: 'OREANDA-NEWS', lang: 'en' });
    const paragraphs = text.slice(document.bodyStart).trim().split(/\n\n/);
    expect(document.blocks.slice(1).map((block) => block.text)).to.deep.equal(paragraphs);
    for (const block of document.blocks.slice(1)) expect(text.slice(block.start, block.end)).to.equal(block.text);
    expect(document.blocks[0]).to.include({ kind: 'title', text: document.frontMatter.title });
    expect(text.slice(document.blocks[0]!.start, document.blocks[0]!.end)).to.equal(document.frontMatter.title);
  });

  it('keeps headings, quotes, list items and table cells as blocks and code as skeleton', () => {
    const body = '# Head *x*\n\n> quoted line\n> more\n\n- item one. two\n- item 2\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n';
    const document = parseArticle(article(validFront, body), 'a.md', 'a');
    expect(document.blocks.map((block) => [block.kind, block.text])).to.deep.equal([
      ['title', 'A title'],
      ['heading', 'Head *x*'],
      ['quote', 'quoted line\n  more'],
      ['listItem', 'item one. two'],
      ['listItem', 'item 2'],
      ['tableCell', 'a'],
      ['tableCell', 'b'],
      ['tableCell', 'c'],
      ['tableCell', 'd'],
    ]);
  });

  it('accepts "language" as well as "lang" and keeps other keys', () => {
    const document = parseArticle(article('title: T\ndate: 2022-01-07\npublisher: P\nlanguage: en\nauthor: Staff'), 'a.md', 'a');
    expect(document.frontMatter.lang).to.equal('en');
    expect(document.frontMatter.extra).to.deep.equal({ author: 'Staff' });
  });

  describe('bad input', () => {
    it('no front matter', () => {
      expect(errorOf('Just text.\n').format()).to.match(/^source\/bad\.md:1:1: no front matter/);
    });
    it('front matter not closed', () => {
      expect(errorOf('---\ntitle: x\n').format()).to.match(/not closed/);
    });
    it('malformed YAML, with its line', () => {
      expect(errorOf('---\ntitle: [\n---\nText.').format()).to.match(/^source\/bad\.md:\d+:\d+: malformed front matter/);
    });
    it('a missing key', () => {
      expect(errorOf(article('title: T\ndate: 2022-01-07\nlang: en')).message).to.match(/no "publisher"/);
    });
    it('an impossible date, at its line and column', () => {
      expect(errorOf(article('title: T\ndate: 2022-02-30\npublisher: P\nlang: en')).format()).to.match(/^source\/bad\.md:3:7: "date" must be a calendar date/);
    });
    it('an unknown language code, at its line and column', () => {
      expect(errorOf(article('title: T\ndate: 2022-01-07\npublisher: P\nlang: kz')).format()).to.match(/^source\/bad\.md:5:7: unknown language code "kz"/);
    });
    it('an empty article', () => {
      expect(errorOf(article(validFront, '\n\n')).message).to.match(/no text after its front matter/);
    });
  });
});
