import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import { LimitError, limits } from '../../scripts/core/limits.js';
import { parseArticle } from '../../scripts/document/read.js';

const front = '---\ntitle: A title\ndate: 2022-01-07\npublisher: OREANDA-NEWS\nlang: en\n---\n\n';

/** Parses `body` under valid front matter; returns the refusal as "file:line:column: message" and the time taken. */
function refusal(body: string): { message: string; ms: number } {
  const started = performance.now();
  try {
    parseArticle(front + body, 'source/hostile.md', 'hostile');
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return { message: (error as InputError).format(), ms: performance.now() - started };
  }
  throw new Error('expected the article to be refused');
}

describe('document/article-limits: hostile Markdown is refused quickly, naming the limit', () => {
  it('refuses "> " × 10,000 on one line (was: exit 3, "Maximum call stack size exceeded")', () => {
    const { message, ms } = refusal(`${'> '.repeat(10_000)}Quoted.\n`);
    expect(message).to.match(/^source\/hostile\.md:8:\d+: block quotes and lists nested deeper than 32 \(limit markdownContainerDepth = 32\)$/);
    expect(ms).to.be.below(1000);
  });

  it('refuses "- " × 10,000 on one line', () => {
    const { message, ms } = refusal(`${'- '.repeat(10_000)}item\n`);
    expect(message).to.match(/^source\/hostile\.md:8:\d+: .*limit markdownContainerDepth/);
    expect(ms).to.be.below(1000);
  });

  it('refuses 3,000 nested list lines (9 MB of indentation) by size, and 40 of them at the first line deeper than the limit', () => {
    const nested = (count: number) => `${Array.from({ length: count }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;
    const whole = refusal(nested(3000));
    expect(whole.message).to.match(/^source\/hostile\.md: the article is 9,0\d\d,\d\d\d bytes \(limit articleFileSize/);
    expect(whole.ms).to.be.below(2000);
    const { message, ms } = refusal(nested(40));
    expect(message).to.match(/^source\/hostile\.md:(\d+):\d+: .*limit markdownContainerDepth/);
    expect(Number(/:(\d+):/.exec(message)![1])).to.equal(8 + 32);
    expect(ms).to.be.below(1000);
  });

  it('refuses "- - item" × 3,000 lines by its number of list items (the parser is quadratic in nested lists)', () => {
    const { message, ms } = refusal(`${'- - item\n'.repeat(3000)}`);
    expect(message).to.equal('source/hostile.md:508:1: more than 1,000 list items (limit markdownListItems = 1,000)');
    expect(ms).to.be.below(1000);
  });

  it('refuses a 10 MB single line by size, and a 200,000-character line by its length', () => {
    const big = refusal('a'.repeat(10 * 1024 * 1024));
    expect(big.message).to.match(/^source\/hostile\.md: the article is 10,485,8\d\d bytes \(limit articleFileSize = 4,194,304\)$/);
    expect(big.ms).to.be.below(2000);
    const long = refusal(`${'word '.repeat(40_000)}\n`);
    expect(long.message).to.equal('source/hostile.md:8:1: a line of 200,000 characters (limit articleLineLength = 100,000)');
  });

  it('reads real nesting and long lines within the limits, quickly', () => {
    const nested = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- Level ${i} of the list.`).join('\n');
    const quotes = `${'> '.repeat(20)}Deep quote.`;
    const line = 'A sentence that goes on. '.repeat(Math.floor(limits.articleLineLength / 26));
    const started = performance.now();
    const document = parseArticle(`${front}${nested}\n\n${quotes}\n\n${line}\n`, 'source/deep.md', 'deep');
    expect(performance.now() - started).to.be.below(20_000);
    expect(document.blocks.map((block) => block.text.trim())).to.include.members(['Level 19 of the list.', 'Deep quote.']);
  });

  it('refuses a NUL byte and other control characters at their line and column, allows tab and CRLF', () => {
    expect(refusal('Alma\u0000-Ata is a city.\n').message).to.equal(
      'source/hostile.md:8:5: control character U+0000 in the article; remove it (only tab and line breaks are allowed)',
    );
    expect(refusal('First line.\nSecond \u001B[31mred\n').message).to.match(/^source\/hostile\.md:9:8: control character U\+001B/);
    expect(refusal('C1 \u0085 next line.\n').message).to.match(/^source\/hostile\.md:8:4: control character U\+0085/);
    const document = parseArticle(`${front}Tab\there.\r\nNext line.\r\n`, 'source/ok.md', 'ok');
    expect(document.blocks[1]!.text).to.contain('Tab\there.');
  });

  it('names the limit in the error type too', () => {
    try {
      parseArticle(front + '> '.repeat(100), 'a.md', 'a');
    } catch (error) {
      expect(error).to.be.instanceOf(LimitError);
      expect((error as LimitError).limit).to.equal('markdownContainerDepth');
      return;
    }
    throw new Error('expected a LimitError');
  });
});
