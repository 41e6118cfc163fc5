import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../scripts/config.js';
import { segmentId } from '../../scripts/core/segment-id.js';
import { Project } from '../../scripts/project/context.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/**
 * A throwaway project with the repository's glossary and rates and the
 * repository's `glossa` configuration. `copySources` also copies the real
 * `source/` articles; `files` (path → content) are written on top, so a test
 * controls exactly which translations exist. `remove` deletes the folder.
 */
export async function temporaryProject(
  options: { copySources?: boolean; files?: Readonly<Record<string, string>> } = {},
): Promise<{ root: string; project: Project; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'glossa-stats-'));
  const manifest = JSON.parse(await readFile(path.join(repositoryRoot, 'package.json'), 'utf8')) as { glossa: unknown };
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'fixture', private: true, glossa: manifest.glossa }, null, 2));
  await cp(path.join(repositoryRoot, 'glossary'), path.join(root, 'glossary'), { recursive: true });
  // The sample article alone: the tests count its sentences.
  if (options.copySources) await cp(path.join(repositoryRoot, 'source'), path.join(root, 'source'), { recursive: true, filter: (file) => !file.endsWith('.md') || path.basename(file) === 'ablyazov-kazakhstan-protests.md' });
  for (const [file, content] of Object.entries(options.files ?? {})) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return { root, project: new Project(await loadConfig(root)), remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * A short article whose figures are counted by hand in the tests:
 *
 * | segment                                                         | words | numbers | placeholders | terms             |
 * | Gas prices rise in Alma-Ata                                     | 5     | 0       | 0            | almaty            |
 * | Liquefied gas went from 60 KZT to 120 KZT per litre in Almaty.  | 9     | 0       | 2            | almaty            |
 * | The Prosecutor's Office co-ordinated 3 raids in Kazakhstan on January 2. | 8 | 0 | 2            | kazakhstan        |
 * | Prices rose again. (twice)                                      | 3     | 0       | 0            |                   |
 * | The G7 met in 2021.                                             | 4     | 1       | 0            |                   |
 */
export const gasPricesArticle = `---
title: Gas prices rise in Alma-Ata
date: 2022-01-07
publisher: Test Wire
lang: en
---

Liquefied gas went from 60 KZT to 120 KZT per litre in Almaty. The Prosecutor's Office co-ordinated 3 raids in Kazakhstan on January 2.

Prices rose again. The G7 met in 2021. Prices rose again.
`;

/** A resource file as Glossa writes it: one JSON object of id → message. */
export function resource(entries: Readonly<Record<string, string>>): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Segment ids of the fixture articles, from their source sentences. */
export const fixtureIds = {
  title: segmentId('Gas prices rise in Alma-Ata'),
  gas: segmentId('Liquefied gas went from 60 KZT to 120 KZT per litre in Almaty.'),
  raids: segmentId("The Prosecutor's Office co-ordinated 3 raids in Kazakhstan on January 2."),
  again: segmentId('Prices rose again.'),
  g7: segmentId('The G7 met in 2021.'),
  calm: segmentId('Almaty is calm.'),
};

/**
 * de: three translations, one fuzzy match (the memory holds "The G7 met in
 * 2020."), two stale entries (a deleted sentence and the memory's own
 * translation). ru: one translation and one blank entry. kk, uk: nothing.
 */
export const fixtureFiles: Readonly<Record<string, string>> = {
  'source/gas-prices.md': gasPricesArticle,
  'source/short-note.md': '---\ntitle: Short note\ndate: 2022-01-08\npublisher: Test Wire\nlang: en\n---\n\nAlmaty is calm.\n',
  'locales/.history/gas-prices.json': resource({ oldG7Sentence: 'The G7 met in 2020.' }),
  'locales/de/gas-prices.json': resource({
    [fixtureIds.title]: 'Gaspreise steigen in Almaty',
    [fixtureIds.raids]: 'Die Staatsanwaltschaft koordinierte Razzien in Kasachstan am {d1}.',
    [fixtureIds.again]: 'Die Preise stiegen erneut.',
    deletedSentence: 'Ein gelöschter Satz.',
    oldG7Sentence: 'Die G7 trafen sich 2020.',
  }),
  'locales/de/short-note.json': resource({ [fixtureIds.calm]: 'In Almaty ist es ruhig.' }),
  'locales/ru/gas-prices.json': resource({ [fixtureIds.gas]: '   ', [fixtureIds.raids]: 'Прокуратура провела {n1} обыска в Казахстане {d1}.' }),
};
