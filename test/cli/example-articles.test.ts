import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { glossa, sampleProject } from './helpers.js';

const coldSnap = 'kyiv-kharkiv-odesa-cold-snap';
const airline = 'almaty-airline-bond-delay';

/** 1-based line and column of the first occurrence of `needle` in a file. */
function positionOf(file: string, needle: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes(needle));
  expect(line, `${needle} in ${file}`).to.be.at.least(0);
  return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
}

describe('cli: the example articles with derived place-name forms', function () {
  this.timeout(120000);
  let project: string;
  let built: string;
  const read = (locale: string, article: string) => readFileSync(path.join(project, 'dist', locale, `${article}.md`), 'utf8');

  before(() => {
    project = sampleProject({ withTranslations: true, articles: 'all' });
    const result = glossa(project, ['build']);
    expect(result.code, result.stderr).to.equal(0);
    built = result.stdout;
  });

  it('both articles are fully translated into every locale', () => {
    for (const article of [coldSnap, airline]) {
      for (const locale of ['ru', 'kk', 'uk', 'de']) expect(built).to.match(new RegExp(`build +${locale} +${article} +all translated`));
    }
  });

  it('each locale names Kyiv, Kharkiv and Odesa with the glossary terms and their derived forms', () => {
    const ru = read('ru', coldSnap);
    for (const form of ['в Киеве', 'Киевляне', 'киевский таксист', 'Харьковский горсовет', 'Харьковчан', 'В Одессе', 'одесского порта']) expect(ru).to.include(form);
    const uk = read('uk', coldSnap);
    for (const form of ['в Києві', 'Кияни', 'київський таксист', 'Харківська міська рада', "Харків'ян", 'В Одесі', 'одеського порту']) expect(uk).to.include(form);
    expect(uk).to.not.match(/київлян|Одесса/iu);
    const kk = read('kk', coldSnap);
    for (const form of ['Киевте', 'Киевтегі', 'Харьков тұрғындарынан', 'Одессада']) expect(kk).to.include(form);
    const de = read('de', coldSnap);
    for (const form of ['In Kyjiw', 'Kyjiwer Taxifahrer', 'Charkiwer Stadtrat', 'In Odesa', 'Odesaer Hafenbehörde']) expect(de).to.include(form);
    expect(de).to.not.match(/Kiew|Charkow|Odessa/u);
    expect(read('en', coldSnap)).to.include('a Kyiv taxi driver');
  });

  it('the Almaty airline is "алматинская", "алматинська", "алматылық" — never a form of Alma-Ata', () => {
    expect(read('ru', airline)).to.include('Алматинская авиакомпания Steppe Air');
    expect(read('uk', airline)).to.include('Алматинська авіакомпанія Steppe Air');
    expect(read('kk', airline)).to.include('Алматылық Steppe Air');
    expect(read('de', airline)).to.include('eine Fluggesellschaft aus Almaty');
    for (const locale of ['ru', 'uk', 'kk', 'de']) expect(read(locale, airline)).to.not.match(/Алма-?[Аа]т|Alma-Ata/u);
  });

  it('the check finds nothing in their translations', () => {
    const result = glossa(project, ['check', 'locales']);
    expect(result.code, result.stdout).to.equal(0);
    expect(result.stdout).to.not.include(coldSnap);
    expect(result.stdout).to.not.include(airline);
  });

  it('a deprecated adjective in a translation is one finding at its word, with the preferred adjective in the same form', () => {
    const copy = sampleProject({ withTranslations: true, articles: 'all' });
    const de = path.join(copy, 'locales/de', `${coldSnap}.json`);
    writeFileSync(de, readFileSync(de, 'utf8').replace('ein Kyjiwer Taxifahrer', 'ein Kiewer Taxifahrer').replace('In Kyjiw fielen', 'In Kiew fielen'));
    const ru = path.join(copy, 'locales/ru', `${airline}.json`);
    writeFileSync(ru, readFileSync(ru, 'utf8').replace('алматинских брокерских', 'алма-атинских брокерских'));
    const result = glossa(copy, ['check', 'locales/de', 'locales/ru']);
    expect(result.code).to.equal(1);
    const findings = result.stdout.split('\n').filter((line) => /^\s+\d+:\d+/u.test(line));
    expect(findings, result.stdout).to.have.length(3);
    expect(result.stdout).to.match(new RegExp(`${positionOf(de, 'Kiewer Taxifahrer')} +error +"Kiewer" is deprecated \\(kyiv\\); use "Kyjiwer"`));
    expect(result.stdout).to.match(new RegExp(`${positionOf(de, 'Kiew fielen')} +error +"Kiew" is deprecated \\(kyiv\\); use "Kyjiw"`));
    expect(result.stdout).to.match(new RegExp(`${positionOf(ru, 'алма-атинских')} +error +"алма-атинских" is deprecated \\(almaty\\); use "алматинских"`));
    expect(result.stdout).to.not.include('term/missing');
  });

  it('a finding in a returned XLIFF file points at the word inside the target', () => {
    const copy = sampleProject({ withTranslations: true, articles: 'all' });
    expect(glossa(copy, ['xliff', 'export', '--locale', 'de']).code).to.equal(0);
    const xlf = path.join(copy, 'dist/xliff/de', `${coldSnap}.xlf`);
    const text = readFileSync(xlf, 'utf8');
    // One word after two inline placeholders, one at the end of a long target.
    const edited = text
      .replace('Grad, die bislang kälteste Nacht des Winters.</target>', 'Grad, die bislang kälteste Nacht in Kiew.</target>')
      .replace('Sprecherin der Odesaer Hafenbehörde.</target>', 'Sprecherin der Odessaer Hafenbehörde.</target>');
    expect(edited).to.not.equal(text);
    writeFileSync(xlf, edited);
    const result = glossa(copy, ['check', `dist/xliff/de/${coldSnap}.xlf`]);
    expect(result.code, result.stdout + result.stderr).to.equal(1);
    expect(result.stdout).to.match(new RegExp(`${positionOf(xlf, 'Kiew.</target>')} +error +"Kiew" is deprecated \\(kyiv\\); use "Kyjiw"`));
    expect(result.stdout).to.match(new RegExp(`${positionOf(xlf, 'Odessaer Hafenbehörde.</target>')} +error +"Odessaer" is deprecated \\(odesa\\); use "Odesaer"`));
  });
});
