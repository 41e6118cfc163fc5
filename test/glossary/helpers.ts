import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import fc from 'fast-check';
import { GlossaError } from '../../scripts/core/errors.js';
import { compileMatcher, parseGlossaryYaml, type ParsedGlossary, type TermMatcher } from '../../scripts/glossary/index.js';

export const termbasePath = fileURLToPath(new URL('../../glossary/termbase.yaml', import.meta.url));
export const sourceArticlePath = fileURLToPath(new URL('../../source/ablyazov-kazakhstan-protests.md', import.meta.url));

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

let termbase: ParsedGlossary | undefined;

/** The project's real termbase, parsed once. */
export function projectTermbase(): ParsedGlossary {
  termbase ??= parseGlossaryYaml(readFileSync(termbasePath, 'utf8'), 'glossary/termbase.yaml');
  return termbase;
}

const matchers = new Map<string, TermMatcher>();

export function termbaseMatcher(lang: string): TermMatcher {
  let matcher = matchers.get(lang);
  if (!matcher) {
    matcher = compileMatcher(projectTermbase(), lang);
    matchers.set(lang, matcher);
  }
  return matcher;
}

/** What a matcher found, as [text found, concept id, status] triples. */
export function found(matcher: TermMatcher, text: string): [string, string, string][] {
  return matcher.find(text).map((match) => [text.slice(match.start, match.end), match.conceptId, match.status]);
}

/** The error a function throws, checked to be one of Glossa's own errors. */
export function glossaErrorOf(run: () => unknown): GlossaError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(GlossaError);
    return error as GlossaError;
  }
  expect.fail('expected an error');
}

const termFragments = [
  'Alma-Ata', 'ALMA ATA', 'Almaty', 'Almatys', 'Kazakh', 'Kazakhstan', 'Kazakhstani', 'Tokayev', 'Kassym-Zhomart', 'law', 'enforcers', 'ethnic',
  'Алма-Ата', 'Алма-Ате', 'Алмаз', 'Алматы', 'Алматыда', 'казахских', 'правоохранителей', 'Токаеву', 'Токаєву', 'Касим-Жомарта', 'Қазақстан',
  'қазақстандық', 'қазақ', 'азаматтары', 'Тоқаевтың', 'kasachischen', 'Behörden', 'Tokajews', 'Sicherheitsrat', 'ОДКБ', 'OVKS', 'KZT', 'тенге',
];
const separators = [' ', '  ', '\u00A0', '-', '\u2011', "'", '’', 'ʼ', '.', ',', '\n', '«', '»', '(', ')', '—', '\u00AD', '\u0301', '😀', '𝐀', '7', 'é', 'e\u0301'];

const fragment = fc.oneof(
  fc.constantFrom(...termFragments),
  fc.constantFrom(...separators),
  fc.string({ unit: fc.constantFrom(...'aзкқіАZ\u0301-’ '.split('')), maxLength: 6 }),
);
/** Texts made of the termbase's terms and their near misses, separators of every kind, and short random letter runs. */
export const randomText = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));
