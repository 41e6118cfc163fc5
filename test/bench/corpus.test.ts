import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { generateArticle } from '../../bench/article.js';
import { configFile, generateCast, glossaryText, prepareCorpus, writeSources, type Cast, type GlossarySet } from '../../bench/corpus.js';
import { realEntities, type Entity } from '../../bench/entities.js';
import { grammaticalCases, inflectName, targetLanguages } from '../../bench/language.js';
import { loadConfig } from '../../scripts/config.js';
import { placeholdersOf } from '../../scripts/core/message.js';
import { extract } from '../../scripts/commands/extract.js';
import { parseArticle } from '../../scripts/document/read.js';
import { compileMatcher, loadGlossary, parseGlossaryYaml } from '../../scripts/glossary/index.js';
import { Project } from '../../scripts/project/context.js';

const termbase = await readFile('glossary/termbase.yaml', 'utf8');
const projectConcepts = parseGlossaryYaml(termbase, 'glossary/termbase.yaml').concepts.map((concept) => concept.id);

/** Every file below `dir`, relative path → bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('bench corpus generator', function () {
  let tmp: string;
  let cast: Cast;

  before(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'glossa-bench-test-'));
    cast = generateCast(7, termbase, 400);
  });
  after(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  describe('determinism', () => {
    it('writes the same bytes for the same seed', async () => {
      const first = await writeSources(7, 40_000, path.join(tmp, 'a'), cast.pools);
      const second = await writeSources(7, 40_000, path.join(tmp, 'b'), generateCast(7, termbase, 400).pools);
      const a = await filesOf(path.join(tmp, 'a'));
      const b = await filesOf(path.join(tmp, 'b'));
      expect(first.names).to.deep.equal(second.names);
      expect([...a.keys()].sort()).to.deep.equal([...b.keys()].sort());
      for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).to.equal(true);
      expect(glossaryText(termbase, cast, 150)).to.equal(glossaryText(termbase, generateCast(7, termbase, 400), 150));
    });

    it('writes different articles and glossaries for a different seed', () => {
      const other = generateCast(8, termbase, 400);
      expect(generateArticle(8, 0, other.pools).markdown).to.not.equal(generateArticle(7, 0, cast.pools).markdown);
      expect(generateArticle(7, 1, cast.pools).markdown).to.not.equal(generateArticle(7, 0, cast.pools).markdown);
      expect(glossaryText(termbase, other, 150)).to.not.equal(glossaryText(termbase, cast, 150));
    });
  });

  describe('sizes', () => {
    for (const target of [30_000, 120_000]) {
      it(`lands within 5% of ${target} bytes of Markdown, counted as written`, async () => {
        const dir = path.join(tmp, `size-${target}`);
        const result = await writeSources(7, target, dir, cast.pools);
        const files = await filesOf(path.join(dir, 'source'));
        const onDisk = [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0);
        expect(onDisk).to.equal(result.bytes);
        expect(Math.abs(onDisk - target) / target).to.be.below(0.05);
        for (const bytes of files.values()) expect(bytes.length).to.be.within(3_500, 7_500);
      });
    }
  });

  describe('articles', () => {
    it('parse as Glossa articles: English front matter, a title and several blocks', () => {
      for (let index = 0; index < 40; index++) {
        const article = generateArticle(7, index, cast.pools);
        const document = parseArticle(article.markdown, `source/${article.name}.md`, article.name);
        expect(document.frontMatter.lang).to.equal('en');
        expect(document.frontMatter.date >= '2021-12-31' && document.frontMatter.date <= '2022-01-10', document.frontMatter.date).to.equal(true);
        expect(document.blocks[0]!.kind).to.equal('title');
        expect(document.blocks.length).to.be.greaterThan(8);
        expect(article.name).to.match(/^[a-z0-9-]+-\d{6}$/);
      }
    });

    it('name people, places and companies of the glossary, now and then with a deprecated spelling', () => {
      const text = Array.from({ length: 60 }, (_, index) => generateArticle(7, index, cast.pools).markdown).join('\n');
      expect(text).to.include('Almaty');
      expect(text).to.include('Tokayev');
      const deprecatedEnglish = cast.generated.flatMap((entity) => (entity.deprecated.en ? [entity.deprecated.en.map((word) => word.text).join(' ')] : []));
      expect(deprecatedEnglish.some((name) => text.includes(name))).to.equal(true);
      expect(/Alma-Ata|Kassym-Zhomart|Bank Turan Alem|Euro-Maidan|Kazakstan/.test(text)).to.equal(true);
    });
  });

  describe('glossary', () => {
    it('loads with loadGlossary: the termbase concepts first, then generated ones with all five languages', async () => {
      const file = path.join(tmp, 'termbase-150.yaml');
      await writeFile(file, glossaryText(termbase, cast, 150));
      const glossary = await loadGlossary(file);
      expect(glossary.concepts).to.have.length(150);
      expect(glossary.concepts.slice(0, projectConcepts.length).map((concept) => concept.id)).to.deep.equal(projectConcepts);
      for (const concept of glossary.concepts.slice(projectConcepts.length)) {
        expect(Object.keys(concept.terms).sort()).to.deep.equal(['de', 'en', 'kk', 'ru', 'uk']);
      }
      const deprecated = glossary.concepts.flatMap((concept) => Object.values(concept.terms).flat()).filter((term) => term.status === 'deprecated');
      expect(deprecated.length).to.be.greaterThan(20);
    });

    it("finds every case form the generator writes, with the generated concept's forms", async () => {
      const glossary = parseGlossaryYaml(glossaryText(termbase, cast, 150), 'termbase-150.yaml');
      for (const lang of targetLanguages) {
        const matcher = compileMatcher(glossary, lang);
        for (const entity of cast.generated.slice(0, 150 - projectConcepts.length)) {
          for (const grammaticalCase of grammaticalCases) {
            const text = `Вчера ${inflectName(entity.full[lang], grammaticalCase)} снова.`;
            const found = matcher.find(text).map((match) => match.conceptId);
            expect(found, `${lang} ${grammaticalCase}: ${text}`).to.include(entity.id);
          }
        }
      }
    });

    it("finds the forms the generator writes for the termbase's own concepts with the termbase's patterns", () => {
      const glossary = parseGlossaryYaml(termbase, 'glossary/termbase.yaml');
      for (const lang of targetLanguages) {
        const matcher = compileMatcher(glossary, lang);
        for (const entity of Object.values(realEntities) as Entity[]) {
          for (const grammaticalCase of grammaticalCases) {
            for (const name of [entity.full[lang], entity.deprecated[lang]].filter((candidate) => candidate !== undefined)) {
              const text = `— ${inflectName(name, grammaticalCase)} —`;
              expect(matcher.find(text).map((match) => match.conceptId), `${lang} ${grammaticalCase}: ${text}`).to.include(entity.id);
            }
          }
        }
      }
    });
  });

  describe('translations', () => {
    it('cover every extracted id with the source placeholders, mostly from the sentence templates', async () => {
      const dir = path.join(tmp, 'project');
      const glossaryFile = path.join(tmp, 'glossary', 'termbase-100.yaml');
      await rm(path.dirname(glossaryFile), { recursive: true, force: true });
      await writeFile(path.join(tmp, 'rates.yaml'), await readFile('glossary/rates.yaml', 'utf8'));
      await mkdir(path.dirname(glossaryFile), { recursive: true });
      await writeFile(glossaryFile, glossaryText(termbase, cast, 100));
      const glossaries: GlossarySet = {
        dir: path.dirname(glossaryFile),
        files: { 100: glossaryFile, 2_000: glossaryFile, 20_000: glossaryFile },
        rates: path.join(tmp, 'rates.yaml'),
        key: 'test',
        seed: 7,
      };
      const info = await prepareCorpus(
        {
          seed: 7,
          sizeBytes: 50_000,
          dir,
          glossaries,
          jobs: 1,
          extract: async (config) => {
            await extract(new Project(await loadConfig(process.cwd(), config)));
          },
        },
        () => cast,
      );
      expect(info.articles).to.be.greaterThan(5);
      expect(info.translations.matched).to.be.greaterThan(0.99 * (info.translations.matched + info.translations.pseudo));
      const english = await filesOf(path.join(dir, 'locales', 'en'));
      expect(english.size).to.equal(info.articles);
      for (const [file, bytes] of english) {
        const source = JSON.parse(bytes.toString('utf8')) as Record<string, string>;
        for (const lang of targetLanguages) {
          const target = JSON.parse(await readFile(path.join(dir, 'locales', lang, file), 'utf8')) as Record<string, string>;
          expect(Object.keys(target)).to.deep.equal(Object.keys(source));
          for (const [id, message] of Object.entries(source)) {
            expect(placeholdersOf(target[id]!).sort(), `${lang} ${id}`).to.deep.equal(placeholdersOf(message).sort());
          }
        }
      }
      const config = JSON.parse(await readFile(configFile(dir, 100), 'utf8')) as { glossary: string; sources: string };
      expect(path.resolve(dir, config.glossary)).to.equal(glossaryFile);
      // Cyrillic translations are longer in bytes than their English sources.
      expect(info.translationBytes.ru).to.be.greaterThan(info.sourceBytes);
    });
  });
});
