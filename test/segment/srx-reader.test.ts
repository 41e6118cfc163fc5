import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { InputError } from '../../scripts/core/errors.js';
import {
  createSegmenter,
  defaultSrxPath,
  languageRulesFor,
  loadDefaultRules,
  loadSrx,
  parseSrx,
  rulesForLanguage,
  splitSentences,
} from '../../scripts/segment/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function srxDocument(languageRules: string, maps: string, cascade = 'yes'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<srx xmlns="http://www.lisa.org/srx20" version="2.0">',
    `  <header segmentsubflows="yes" cascade="${cascade}"/>`,
    '  <body>',
    '    <languagerules>',
    languageRules,
    '    </languagerules>',
    '    <maprules>',
    maps,
    '    </maprules>',
    '  </body>',
    '</srx>',
  ].join('\n');
}

const twoLanguageRules = `
      <languagerule languagerulename="English">
        <rule break="no"><beforebreak>\\bMr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="yes"><beforebreak>[.?!]</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>`;
const twoMaps = `
      <languagemap languagepattern="en.*" languagerulename="English"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>`;

function sentences(segment: (text: string) => { start: number; end: number }[], text: string): string[] {
  return segment(text).map(({ start, end }) => text.slice(start, end));
}

/** Parses `text` expecting an InputError and returns it. */
function inputErrorOf(text: string, fileName = 'rules.srx'): InputError {
  try {
    parseSrx(text, fileName);
  } catch (error) {
    expect(error).to.be.instanceOf(InputError);
    return error as InputError;
  }
  throw new Error('parseSrx accepted the document');
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  expect(offset, needle).to.be.at.least(0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('SRX reader', () => {
  it('reads header flags, language rules in order and language maps', () => {
    const rules = parseSrx(srxDocument(twoLanguageRules, twoMaps), 'two.srx');
    expect(rules.version).to.equal('2.0');
    expect(rules.cascade).to.equal(true);
    expect(rules.segmentSubflows).to.equal(true);
    expect([...rules.languageRules.keys()]).to.deep.equal(['English', 'Default']);
    const english = rules.languageRules.get('English')!;
    expect(english.rules).to.have.length(1);
    expect(english.rules[0]).to.include({ isBreak: false, beforeBreak: '\\bMr\\.', afterBreak: '\\s' });
    expect(rules.languageMaps.map((map) => [map.languagePattern, map.languageRuleName])).to.deep.equal([
      ['en.*', 'English'],
      ['.*', 'Default'],
    ]);
  });

  it('treats a missing break attribute as break="yes" and a missing half as empty', () => {
    const text = srxDocument(
      `<languagerule languagerulename="L"><rule><beforebreak>;</beforebreak></rule></languagerule>`,
      `<languagemap languagepattern=".*" languagerulename="L"/>`,
    );
    const rule = parseSrx(text, 'x.srx').languageRules.get('L')!.rules[0]!;
    expect(rule).to.include({ isBreak: true, beforeBreak: ';', afterBreak: '' });
  });

  it('decodes entities and CDATA inside rule regexes', () => {
    const text = srxDocument(
      `<languagerule languagerulename="L">
        <rule break="yes"><beforebreak>(?&lt;=x)&amp;</beforebreak><afterbreak><![CDATA[<b>]]></afterbreak></rule>
      </languagerule>`,
      `<languagemap languagepattern=".*" languagerulename="L"/>`,
    );
    const rule = parseSrx(text, 'x.srx').languageRules.get('L')!.rules[0]!;
    expect(rule.beforeBreak).to.equal('(?<=x)&');
    expect(rule.afterBreak).to.equal('<b>');
    expect(sentences(createSegmenter(parseSrx(text, 'x.srx'), 'en'), 'ax&<b>c')).to.deep.equal(['ax&', '<b>c']);
  });

  it('applies every matching language map in cascade mode, in map order', () => {
    const rules = parseSrx(srxDocument(twoLanguageRules, twoMaps, 'yes'), 'cascade.srx');
    expect(languageRulesFor(rules, 'en-GB').map((rule) => rule.name)).to.deep.equal(['English', 'Default']);
    expect(languageRulesFor(rules, 'de').map((rule) => rule.name)).to.deep.equal(['Default']);
    const segment = createSegmenter(rules, 'en');
    expect(sentences(segment, 'Mr. Smith left. He came back.')).to.deep.equal(['Mr. Smith left.', 'He came back.']);
    // Without the English exception, German gets a break after "Mr."
    expect(sentences(createSegmenter(rules, 'de'), 'Mr. Smith left.')).to.deep.equal(['Mr.', 'Smith left.']);
  });

  it('applies only the first matching language map without cascade', () => {
    const rules = parseSrx(srxDocument(twoLanguageRules, twoMaps, 'no'), 'first.srx');
    expect(rules.cascade).to.equal(false);
    expect(languageRulesFor(rules, 'en').map((rule) => rule.name)).to.deep.equal(['English']);
    // English alone has no break rule: the whole text is one segment.
    expect(sentences(createSegmenter(rules, 'en'), 'Mr. Smith left. He came back.')).to.deep.equal([
      'Mr. Smith left. He came back.',
    ]);
  });

  it('lets the first rule that matches at a position decide', () => {
    const breakFirst = srxDocument(
      `<languagerule languagerulename="L">
        <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="no"><beforebreak>\\bMr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>`,
      `<languagemap languagepattern=".*" languagerulename="L"/>`,
    );
    expect(sentences(createSegmenter(parseSrx(breakFirst, 'a.srx'), 'en'), 'Mr. Smith.')).to.deep.equal(['Mr.', 'Smith.']);
    const exceptionFirst = breakFirst.replace(
      /(<rule break="yes">.*<\/rule>)(\s*)(<rule break="no">.*<\/rule>)/,
      '$3$2$1',
    );
    expect(sentences(createSegmenter(parseSrx(exceptionFirst, 'b.srx'), 'en'), 'Mr. Smith.')).to.deep.equal(['Mr. Smith.']);
  });

  it('matches language patterns against the whole code, ignoring case and "_"', () => {
    const rules = parseSrx(srxDocument(twoLanguageRules, twoMaps), 'two.srx');
    expect(rulesForLanguage(rules, 'EN_us')).to.have.length(2);
    expect(rulesForLanguage(rules, 'ben')).to.have.length(1);
  });

  it('reads the SRX 1.0 layout and uses its first maprule', () => {
    const text = [
      '<srx version="1.0"><header segmentsubflows="yes"/><body><languagerules>',
      twoLanguageRules,
      '</languagerules><maprules><maprule maprulename="main">',
      '<languagemap languagepattern="en.*" languagerulename="English"/>',
      '</maprule><maprule maprulename="other">',
      '<languagemap languagepattern=".*" languagerulename="Default"/>',
      '</maprule></maprules></body></srx>',
    ].join('\n');
    const rules = parseSrx(text, 'old.srx');
    expect(rules.cascade).to.equal(false);
    expect(rules.languageMaps.map((map) => map.languageRuleName)).to.deep.equal(['English']);
  });

  it('loads a project SRX file whose rules replace the shipped ones', async () => {
    const projectRules = await loadSrx(fixture('project-rules.srx'));
    expect(projectRules.fileName).to.equal(fixture('project-rules.srx'));
    const text = 'Shares of Chevron Corp. Production rose\nsharply, Mr. Smith agreed';
    const project = sentences(createSegmenter(projectRules, 'en'), text);
    expect(project).to.deep.equal(['Shares of Chevron Corp. Production rose', 'sharply, Mr. Smith agreed']);
    // The shipped rules break after "Corp." before a new sentence and keep a line break inside a sentence.
    const shipped = splitSentences(text, 'en').map(({ start, end }) => text.slice(start, end));
    expect(shipped).to.deep.equal(['Shares of Chevron Corp.', 'Production rose\nsharply, Mr. Smith agreed']);
  });

  it('checks every regex of the shipped default.srx (loading it at run time skips the check)', () => {
    const rules = parseSrx(readFileSync(defaultSrxPath(), 'utf8'), defaultSrxPath());
    expect(rules).to.deep.equal(loadDefaultRules());
  });

  it('reads the shipped default.srx with the cascade the languages need', () => {
    const rules = loadDefaultRules();
    expect(rules.cascade).to.equal(true);
    const names = (lang: string): string[] => languageRulesFor(rules, lang).map((rule) => rule.name);
    expect(names('en')).to.deep.equal(['English', 'Default']);
    expect(names('ru')).to.deep.equal(['Russian', 'Cyrillic', 'Default']);
    expect(names('uk')).to.deep.equal(['Ukrainian', 'Russian', 'Cyrillic', 'Default']);
    expect(names('kk')).to.deep.equal(['Kazakh', 'Cyrillic', 'Default']);
    expect(names('de-AT')).to.deep.equal(['German', 'Default']);
    expect(names('fr')).to.deep.equal(['Default']);
    expect(loadDefaultRules()).to.equal(rules);
  });

  describe('errors name the file, line and column', () => {
    it('malformed XML', () => {
      const text = '<srx version="2.0">\n  <header cascade="yes"/>\n  <body>\n</srx>\n';
      const error = inputErrorOf(text, 'broken.srx');
      expect(error.file).to.equal('broken.srx');
      expect(error.message).to.match(/^malformed XML: /);
      expect(error.position?.line).to.equal(4);
      expect(error.format()).to.match(/^broken\.srx:4:\d+: malformed XML: /);
    });

    it('a truncated file', () => {
      const text = srxDocument(twoLanguageRules, twoMaps).slice(0, 300);
      const error = inputErrorOf(text);
      expect(error.message).to.match(/^malformed XML: /);
      expect(error.position).to.not.equal(undefined);
    });

    it('an unknown element where a rule is expected', () => {
      const text = srxDocument(
        `      <languagerule languagerulename="L">
        <rules><beforebreak>\\.</beforebreak></rules>
      </languagerule>`,
        `<languagemap languagepattern=".*" languagerulename="L"/>`,
      );
      const error = inputErrorOf(text, 'unknown.srx');
      expect(error.message).to.equal('unexpected element <rules> inside <languagerule>: expected <rule>');
      expect(error.position).to.deep.equal(positionOf(text, '<rules>'));
      expect(error.format()).to.equal(
        `unknown.srx:${positionOf(text, '<rules>').line}:${positionOf(text, '<rules>').column}: ${error.message}`,
      );
    });

    it('an element from another namespace where a rule is expected', () => {
      const text = srxDocument(
        `      <languagerule languagerulename="L" xmlns:x="urn:x">
        <x:rule/>
      </languagerule>`,
        `<languagemap languagepattern=".*" languagerulename="L"/>`,
      );
      expect(inputErrorOf(text).position).to.deep.equal(positionOf(text, '<x:rule/>'));
    });

    it('a rule regex that does not compile', () => {
      const text = srxDocument(
        `      <languagerule languagerulename="L">
        <rule break="no"><beforebreak>[a-</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>`,
        `<languagemap languagepattern=".*" languagerulename="L"/>`,
      );
      const error = inputErrorOf(text, 'regex.srx');
      expect(error.message).to.match(/^<beforebreak> regex "\[a-"/);
      // The position is where the regex text starts, right after <beforebreak>.
      const at = positionOf(text, '[a-');
      expect(error.position).to.deep.equal(at);
      expect(error.format()).to.match(new RegExp(`^regex\\.srx:${at.line}:${at.column}: `));
    });

    it('a rule regex that JavaScript rejects after translation', () => {
      const text = srxDocument(
        `      <languagerule languagerulename="L">
        <rule><beforebreak>a</beforebreak><afterbreak>(b</afterbreak></rule>
      </languagerule>`,
        `<languagemap languagepattern=".*" languagerulename="L"/>`,
      );
      const error = inputErrorOf(text);
      expect(error.message).to.match(/^<afterbreak> regex "\(b" does not compile/);
      expect(error.position).to.deep.equal(positionOf(text, '(b<'));
    });

    it('a possessive quantifier', () => {
      const text = srxDocument(
        `<languagerule languagerulename="L"><rule><beforebreak>a++</beforebreak></rule></languagerule>`,
        `<languagemap languagepattern=".*" languagerulename="L"/>`,
      );
      const error = inputErrorOf(text);
      expect(error.message).to.contain('possessive quantifiers are not supported');
      expect(error.position).to.deep.equal(positionOf(text, 'a++'));
    });

    it('a language map naming an unknown language rule', () => {
      const text = srxDocument(twoLanguageRules, `<languagemap languagepattern="en.*" languagerulename="Englisch"/>`);
      const error = inputErrorOf(text);
      expect(error.message).to.equal('languagemap refers to an unknown languagerule "Englisch"');
      expect(error.position).to.deep.equal(positionOf(text, '<languagemap'));
    });

    it('a bad language pattern', () => {
      const text = srxDocument(twoLanguageRules, `<languagemap languagepattern="en(" languagerulename="English"/>`);
      expect(inputErrorOf(text).position).to.deep.equal(positionOf(text, '<languagemap'));
    });

    it('an invalid yes/no attribute', () => {
      const text = srxDocument(
        `<languagerule languagerulename="L"><rule break="maybe"/></languagerule>`,
        `<languagemap languagepattern=".*" languagerulename="L"/>`,
      );
      const error = inputErrorOf(text);
      expect(error.message).to.equal('<rule> break="maybe": expected "yes" or "no"');
      expect(error.position).to.deep.equal(positionOf(text, '<rule '));
    });

    it('a language rule without a name, or defined twice', () => {
      const unnamed = srxDocument(`<languagerule><rule/></languagerule>`, '');
      expect(inputErrorOf(unnamed).message).to.equal('<languagerule> needs a languagerulename attribute');
      const twice = srxDocument(
        `<languagerule languagerulename="L"/>\n<languagerule languagerulename="L"/>`,
        `<languagemap languagepattern=".*" languagerulename="L"/>`,
      );
      const error = inputErrorOf(twice);
      expect(error.message).to.equal('languagerule "L" is defined twice');
      expect(error.position?.line).to.equal(positionOf(twice, '<languagerule languagerulename="L"/>\n<').line + 1);
    });

    it('a document that is not SRX', () => {
      const error = inputErrorOf('<?xml version="1.0"?>\n<xliff version="2.0"/>\n', 'other.xml');
      expect(error.message).to.equal('unexpected element <xliff> at the top level: expected <srx>');
      expect(error.position).to.deep.equal({ line: 2, column: 1 });
    });

    it('stray text inside structural elements', () => {
      const text = srxDocument(`<languagerule languagerulename="L">oops<rule/></languagerule>`, '');
      expect(inputErrorOf(text).message).to.equal('unexpected text inside <languagerule>');
    });

    it('a file that cannot be read', async () => {
      const missing = fixture('does-not-exist.srx');
      try {
        await loadSrx(missing);
        expect.fail('loadSrx accepted a missing file');
      } catch (error) {
        expect(error).to.be.instanceOf(InputError);
        expect((error as InputError).file).to.equal(missing);
      }
    });
  });
});
