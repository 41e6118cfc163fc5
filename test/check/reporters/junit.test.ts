import { expect } from 'chai';
import type { Diagnostic } from '../../../scripts/core/diagnostic.js';
import { reporters } from './fixtures/loaded-reporters.js';
import { article, checkedFiles, diagnostics, kkResource, ruResource, ruXliff, sampleRun, trickyMessage, ukResource } from './fixtures/sample-run.js';
import { childrenNamed, parseXml, type XmlElement } from './xml-tree.js';

const plain = { color: false };

function suites(root: XmlElement): Map<string, XmlElement> {
  return new Map(childrenNamed(root, 'testsuite').map((suite) => [suite.attributes.name!, suite]));
}

function caseNamed(suite: XmlElement, prefix: string): XmlElement {
  const found = childrenNamed(suite, 'testcase').find((testcase) => testcase.attributes.name!.startsWith(prefix));
  expect(found, prefix).not.to.equal(undefined);
  return found!;
}

describe('junit reporter', () => {
  it('writes well-formed XML with a <testsuites> root', () => {
    const xml = reporters.junit(sampleRun(), plain);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).to.equal(true);
    expect(parseXml(xml).name).to.equal('testsuites');
  });

  it('counts test cases, failures and skipped findings of the run', () => {
    // 9 findings, plus the German resource that has none: 10 cases. Errors and warnings
    // that stand fail (2 + 4); the 2 suppressed are skipped; the info finding passes.
    const root = parseXml(reporters.junit(sampleRun({ checkedFiles }), plain));
    expect(root.attributes).to.include({ tests: '10', failures: '6', errors: '0', skipped: '2' });
    const total = (attribute: string) =>
      childrenNamed(root, 'testsuite').reduce((sum, suite) => sum + Number(suite.attributes[attribute]), 0);
    expect(total('tests')).to.equal(10);
    expect(total('failures')).to.equal(6);
    expect(total('skipped')).to.equal(2);
  });

  it('has one suite per file and one case per finding', () => {
    const root = parseXml(reporters.junit(sampleRun({ checkedFiles }), plain));
    const byFile = suites(root);
    expect([...byFile.keys()]).to.have.members(checkedFiles);
    for (const file of [article, kkResource, ruResource, ukResource, ruXliff]) {
      const expected = diagnostics.filter((d) => d.file === file).length;
      const cases = childrenNamed(byFile.get(file)!, 'testcase');
      expect(cases, file).to.have.length(expected);
      expect(byFile.get(file)!.attributes.tests).to.equal(String(expected));
      for (const testcase of cases) expect(testcase.attributes).to.include({ classname: file, file });
    }
  });

  it('fails errors and warnings with their severity as type', () => {
    const source = suites(parseXml(reporters.junit(sampleRun(), plain))).get(article)!;
    const error = childrenNamed(caseNamed(source, 'money/stated-rate at 18:153 [en #w8Ef0PE0gU]'), 'failure');
    expect(error).to.have.length(1);
    expect(error[0]!.attributes).to.deep.equal({
      message: '"60 KZT (10 rubles)" states 1 KZT = 0.1667 RUB; the rate table for 2022-01-07 says 0.1735 RUB.',
      type: 'error',
    });
    const warning = childrenNamed(caseNamed(source, 'term/deprecated at 10:33'), 'failure');
    expect(warning[0]!.attributes.type).to.equal('warning');
    expect(warning[0]!.text).to.equal(
      [
        'source/ablyazov-kazakhstan-protests.md:10:33: warning: Use "Almaty" instead of the deprecated "Alma-Ata".',
        'rule: term/deprecated',
        'locale: en',
        'segment: gpLzSBsiBS',
      ].join('\n'),
    );
  });

  it('skips suppressed findings instead of failing them', () => {
    const source = suites(parseXml(reporters.junit(sampleRun(), plain))).get(article)!;
    const contested = caseNamed(source, 'term/contested');
    expect(childrenNamed(contested, 'failure')).to.have.length(0);
    expect(childrenNamed(contested, 'skipped')[0]!.attributes.message).to.equal(
      'suppressed inline: "Euromaidan" is a contested name; see the glossary note.',
    );
  });

  it('passes info findings, their text in system-out', () => {
    const xliff = suites(parseXml(reporters.junit(sampleRun(), plain))).get(ruXliff)!;
    const state = caseNamed(xliff, 'xliff/state at 42:9');
    expect(state.children.map((child) => child.name)).to.deep.equal(['system-out']);
    expect(state.children[0]!.text).to.include('Target of unit oOHoEdb73C is still "needs-review-translation".');
  });

  it('keeps Cyrillic, markup characters, entities-lookalikes and line breaks exact', () => {
    const root = parseXml(reporters.junit(sampleRun(), plain));
    const kk = caseNamed(suites(root).get(kkResource)!, 'money/format');
    const failure = childrenNamed(kk, 'failure')[0]!;
    expect(failure.attributes.message).to.equal(trickyMessage);
    expect(failure.text.split('\nrule:')[0]).to.equal(`${kkResource}:7:12: warning: ${trickyMessage}`);
    const ru = childrenNamed(caseNamed(suites(root).get(ruResource)!, 'placeholder/missing'), 'failure')[0]!;
    expect(ru.attributes.message).to.equal('В переводе нет плейсхолдера {m1} («60 KZT (10 рублей)»).');
  });

  it('keeps a path with a comma and a space', () => {
    const uk = suites(parseXml(reporters.junit(sampleRun(), plain))).get(ukResource)!;
    expect(caseNamed(uk, 'term/deprecated').attributes.file).to.equal('locales/uk/ablyazov, protests.json');
  });

  it('replaces characters XML cannot carry', () => {
    const broken: Diagnostic = { ...diagnostics[5]!, message: 'bell \u0007 and lone \ud800 surrogate' };
    const root = parseXml(reporters.junit(sampleRun({ diagnostics: [broken] }), plain));
    const failure = childrenNamed(caseNamed(suites(root).get(ruResource)!, 'placeholder/missing'), 'failure')[0]!;
    expect(failure.attributes.message).to.equal('bell \ufffd and lone \ufffd surrogate');
  });

  it('numbers test cases that would share a name', () => {
    const twice: Diagnostic[] = [diagnostics[5]!, { ...diagnostics[5]!, message: 'Нет плейсхолдера {m2}.' }];
    const ru = suites(parseXml(reporters.junit(sampleRun({ diagnostics: twice }), plain))).get(ruResource)!;
    expect(childrenNamed(ru, 'testcase').map((testcase) => testcase.attributes.name)).to.deep.equal([
      'placeholder/missing at 5:18 [ru #w8Ef0PE0gU]',
      'placeholder/missing at 5:18 [ru #w8Ef0PE0gU] (2)',
    ]);
  });

  it('passes a file without findings', () => {
    const de = suites(parseXml(reporters.junit(sampleRun({ checkedFiles }), plain))).get('locales/de/ablyazov-kazakhstan-protests.json')!;
    const cases = childrenNamed(de, 'testcase');
    expect(cases).to.have.length(1);
    expect(cases[0]!.attributes.name).to.equal('no findings');
    expect(cases[0]!.children).to.have.length(0);
  });

  it('passes the files without findings as one case when their paths are unknown', () => {
    const root = parseXml(reporters.junit(sampleRun(), plain));
    const clean = suites(root).get('files without findings')!;
    expect(childrenNamed(clean, 'testcase')[0]!.attributes.name).to.equal('1 file without findings');
    expect(root.attributes.tests).to.equal('10');
  });

  it('writes a passing report for a clean run', () => {
    const root = parseXml(reporters.junit(sampleRun({ diagnostics: [], checkedFiles }), plain));
    expect(root.attributes).to.include({ tests: '6', failures: '0', skipped: '0' });
    expect(childrenNamed(root, 'testsuite')).to.have.length(6);
  });
});
