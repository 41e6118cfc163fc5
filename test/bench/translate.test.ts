import { expect } from 'chai';
import type { SentenceRecord } from '../../bench/article.js';
import { translateMessages, type TranslationCounts } from '../../bench/translate.js';
import { placeholdersOf } from '../../scripts/core/message.js';

const record = (key: string, values: number, ru: SentenceRecord['translations']['ru']): SentenceRecord => ({
  key,
  values,
  translations: { ru, kk: ru, uk: ru, de: ru },
});

describe('bench translations', () => {
  it("puts the extracted message's own placeholders where the translation has its values, in the translation's order", () => {
    const counts: TranslationCounts = { matched: 0, pseudo: 0 };
    const sentences = [record('Gas went from \u0000 to \u0000 on \u0000.', 3, [2, ' газ подорожал с ', 0, ' до ', 1, '.'])];
    const [id, message] = translateMessages([['a1', 'Gas went from {m1} to {m2} on {d1}.']], sentences, 'ru', counts)[0]!;
    expect(id).to.equal('a1');
    expect(message).to.equal('{d1} газ подорожал с {m1} до {m2}.');
    expect(counts).to.deep.equal({ matched: 1, pseudo: 0 });
  });

  it('recognises messages whose text ICU quotes, and quotes the translation where it needs it', () => {
    const counts: TranslationCounts = { matched: 0, pseudo: 0 };
    const sentences = [
      record("The prosecutor's office opened \u0000 cases.", 1, ['Прокуратура порушила ', 0, ' справ, зокрема за ст. {1}.']),
      record("He said 'no'", 0, ['Він сказав «ні»']),
    ];
    // escapeMessageText doubles an apostrophe at the end of a message, where a placeholder might follow.
    const out = translateMessages(
      [
        ['b1', "The prosecutor's office opened {n1} cases."],
        ['b2', "He said 'no''"],
      ],
      sentences,
      'uk',
      counts,
    );
    expect(counts.matched).to.equal(2);
    expect(placeholdersOf(out[0]![1])).to.deep.equal(['n1']);
    expect(out[1]![1]).to.equal('Він сказав «ні»');
  });

  it('pseudo-translates a message no sentence matches, keeping its placeholders and using the target script', () => {
    const counts: TranslationCounts = { matched: 0, pseudo: 0 };
    const [, message] = translateMessages([['c1', 'Nobody wrote this sentence on {d1}, for {m1}.']], [], 'kk', counts)[0]!;
    expect(counts).to.deep.equal({ matched: 0, pseudo: 1 });
    expect(placeholdersOf(message)).to.deep.equal(['d1', 'm1']);
    expect(message).to.match(/\p{Script=Cyrillic}/u);
    expect(message).to.not.match(/[A-Za-z]{3}/);
  });
});
