import { expect } from 'chai';
import { readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../scripts/config.js';
import { Project } from '../../scripts/project/context.js';
import { MatcherClaims } from '../../scripts/project/matcher-claims.js';
import { sampleProject } from '../cli/helpers.js';

describe('project: compiling the termbase for the threads that read it back', () => {
  let folder: string;
  beforeEach(() => {
    folder = sampleProject();
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const text = 'Officials in Alma-Ata said Kazakh authorities met in Nur-Sultan.';
  const russian = 'Власти в Алма-Ате сообщили о встрече в Нур-Султане.';

  it('leaves the parsed termbase and every matcher in the cache, and a new project finds the same terms there', async () => {
    const config = await loadConfig(folder);
    const compiling = new Project(config);
    expect(await compiling.termbase.compileMatchers(['en', 'ru'])).to.equal(true);
    const entries = readdirSync(compiling.cacheFolder).filter((name) => name.startsWith('termbase-'));
    expect(entries.filter((name) => name.endsWith('.concepts'))).to.have.length(1);
    expect(entries.filter((name) => /-matcher-.+\.bin$/.test(name))).to.have.length(2);

    const readingBack = new Project(config);
    const found = async (project: Project, locale: string, sentence: string) =>
      (await project.termbase.matcher(locale))!.find(sentence).map((match) => [match.start, match.end, match.term.text]);
    const english = await found(compiling, 'en', text);
    expect(english.map(([, , term]) => term)).to.include('Alma-Ata');
    expect(await found(readingBack, 'en', text)).to.deep.equal(english);
    const cyrillic = await found(compiling, 'ru', russian);
    expect(cyrillic.length).to.be.greaterThan(0);
    expect(await found(readingBack, 'ru', russian)).to.deep.equal(cyrillic);
  });

  it('compiles only the locales it claims, once the parsed termbase is in the cache for the other thread to read', async () => {
    const config = await loadConfig(folder);
    const locales = ['en', 'ru', 'kk', 'uk', 'de'];
    const otherThread = new MatcherClaims(locales);
    const taken = otherThread.claim();
    expect([taken.next().value, taken.next().value]).to.deep.equal(['en', 'ru']);
    const project = new Project(config);
    let cacheWhenTold: string[] | undefined;
    expect(await project.termbase.parsedInCache()).to.equal(false);
    const told = () => (cacheWhenTold = readdirSync(project.cacheFolder).filter((name) => name.startsWith('termbase-')));
    expect(await project.termbase.compileMatchers(new MatcherClaims(locales, otherThread.slots).claim(true), told)).to.equal(true);
    expect(await project.termbase.parsedInCache()).to.equal(true);
    // Told once the parsed termbase is there and before its first matcher is compiled.
    expect(cacheWhenTold?.map((name) => path.extname(name))).to.deep.equal(['.concepts']);
    const fresh = new Project(config);
    expect(await fresh.termbase.compiledInCache(['de', 'uk', 'kk'])).to.equal(true);
    expect(await fresh.termbase.compiledInCache(['en'])).to.equal(false);
    expect(await fresh.termbase.compiledInCache(['ru'])).to.equal(false);
  });

  it('says so when the cache cannot hold them, so the thread keeps what it compiled', async () => {
    const config = await loadConfig(folder);
    const project = new Project(config);
    mkdirSync(path.dirname(project.cacheFolder), { recursive: true });
    writeFileSync(project.cacheFolder, 'a file where the cache folder would be');
    expect(await project.termbase.compileMatchers(['en', 'ru'])).to.equal(false);
    expect((await project.termbase.matcher('en'))!.find(text).map((match) => match.term.text)).to.include('Alma-Ata');
  });

  it('says so for a project without a termbase', async () => {
    const config = await loadConfig(folder);
    const { glossary: _glossary, ...withoutTermbase } = config;
    expect(await new Project(withoutTermbase).termbase.compileMatchers(['en'])).to.equal(false);
  });

  it('tells, without reading them, whether the parsed termbase and the matchers of some locales are in the cache', async () => {
    const config = await loadConfig(folder);
    const project = new Project(config);
    expect(await project.termbase.compiledInCache(['en'])).to.equal(false);
    await project.termbase.compileMatchers(['en', 'ru']);
    const fresh = new Project(config);
    expect(await fresh.termbase.compiledInCache(['en', 'ru'])).to.equal(true);
    expect(await fresh.termbase.compiledInCache(['en', 'ru', 'kk'])).to.equal(false);
    const { glossary: _glossary, ...withoutTermbase } = config;
    expect(await new Project(withoutTermbase).termbase.compiledInCache(['en', 'kk'])).to.equal(true);
    writeFileSync(path.join(folder, config.glossary!), 'concepts: [');
    expect(await new Project(config).termbase.compiledInCache(['en'])).to.equal(false);
  });
});
