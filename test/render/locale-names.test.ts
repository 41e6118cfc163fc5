import { expect } from 'chai';
import { formatPublicationDate, languageAutonym } from '../../scripts/render/locale-names.js';

describe('render/locale names', () => {
  it('names each language in itself, capitalized for a menu, the same on every call', () => {
    const names = () => ['en', 'ru', 'kk', 'uk', 'de'].map(languageAutonym);
    const expected = ['English', 'Русский', 'Қазақ тілі', 'Українська', 'Deutsch'];
    expect(names()).to.deep.equal(expected);
    expect(names()).to.deep.equal(expected);
    expect(languageAutonym('de-AT')).to.equal('Österreichisches Deutsch');
  });

  it('writes the publication date in the locale’s long style', () => {
    expect(['en', 'ru', 'de'].map((locale) => formatPublicationDate(locale, '2022-01-07'))).to.deep.equal(['January 7, 2022', '7 января 2022 г.', '7. Januar 2022']);
  });
});
