import { expect } from 'chai';
import { displayWidth, padEndToWidth, padStartToWidth } from '../../scripts/util/display-width.js';

describe('displayWidth', () => {
  it('counts one column per Latin, Cyrillic and Kazakh letter', () => {
    expect(displayWidth('Almaty')).to.equal(6);
    expect(displayWidth('Алма-Ата')).to.equal(8);
    expect(displayWidth('Қазақстан')).to.equal(9);
    expect(displayWidth('«Алматы»')).to.equal(8);
  });

  it('counts a letter with a combining accent as one column', () => {
    // а + COMBINING ACUTE ACCENT, as dictionaries mark stress: 7 code points, 6 columns.
    const stressed = 'Алма\u0301ты';
    expect([...stressed]).to.have.length(7);
    expect(displayWidth(stressed)).to.equal(6);
  });

  it('counts East Asian wide and fullwidth characters as two columns', () => {
    expect(displayWidth('東京')).to.equal(4);
    expect(displayWidth('서울')).to.equal(4);
    expect(displayWidth('ＫＺＴ')).to.equal(6);
    expect(displayWidth('Tokyo 東京')).to.equal(10);
  });

  it('counts an emoji, with skin tone or joined, as two columns', () => {
    expect(displayWidth('👍')).to.equal(2);
    expect(displayWidth('👍🏽')).to.equal(2);
    expect(displayWidth('👨‍👩‍👧')).to.equal(2);
    expect(displayWidth('🇰🇿')).to.equal(2);
  });

  it('gives format characters no width', () => {
    expect(displayWidth('Alma\u00adAta')).to.equal(7);
    expect(displayWidth('\u200b')).to.equal(0);
    expect(displayWidth('')).to.equal(0);
  });

  it('pads to a width in columns, not code units', () => {
    expect(padEndToWidth('東京', 6)).to.equal('東京  ');
    expect(padStartToWidth('Алма\u0301ты', 8)).to.equal('  Алма\u0301ты');
    expect(padEndToWidth('Almaty', 3)).to.equal('Almaty');
  });
});
