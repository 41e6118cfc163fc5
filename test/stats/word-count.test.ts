import { expect } from 'chai';
import { countMessage } from '../../scripts/stats/index.js';

describe('stats/word-count', () => {
  const cases: [string, string, { words: number; numbers: number; placeholders: number }][] = [
    ['plain words and punctuation', 'Shots were reported between the military and protesters.', { words: 8, numbers: 0, placeholders: 0 }],
    ['inner apostrophes and hyphens join', "The Prosecutor's Office co-ordinated it; Kassym-Jomart Tokayev’s aide agreed.", { words: 9, numbers: 0, placeholders: 0 }],
    ['placeholders count apart, never as words', 'Gas went from {m1} to {m2} on {d1}.', { words: 5, numbers: 0, placeholders: 3 }],
    ['digits left in the text are numbers; with letters they are words', 'The G7 met in 2021 and 1990s-style talks drew 3,000 people.', { words: 9, numbers: 2, placeholders: 0 }],
    ['a decimal and a space-grouped number are one number each', 'Rates of 1.5 and 3\u00A0000 held.', { words: 4, numbers: 2, placeholders: 0 }],
    ['quoted braces are text, not placeholders', "Write '{'x'}' here.", { words: 3, numbers: 0, placeholders: 0 }],
    ['a lone hyphen, dash or apostrophe joins nothing', "Prices - and wages — rose 'sharply'.", { words: 5, numbers: 0, placeholders: 0 }],
    ['Cyrillic with a combining stress accent', 'Алма́ты и Қазақстан.', { words: 3, numbers: 0, placeholders: 0 }],
    ['an empty message', '', { words: 0, numbers: 0, placeholders: 0 }],
  ];
  for (const [name, message, expected] of cases) {
    it(name, () => {
      expect(countMessage(message)).to.deep.equal(expected);
    });
  }

  it('counts a real sentence of the sample article: 28 words and one placeholder', () => {
    const message = 'The man was sentenced to life imprisonment in absentia in Kazakhstan, and in Russia he was also convicted in absentia and sentenced to {n1} years in prison for fraud.';
    expect(countMessage(message)).to.deep.equal({ words: 28, numbers: 0, placeholders: 1 });
  });

  it('counts a message that is not valid ICU as plain text', () => {
    expect(countMessage('Broken {m1 message of 2022')).to.deep.equal({ words: 4, numbers: 1, placeholders: 0 });
  });
});
