/**
 * Writes a termbase in the YAML authoring format of glossary/termbase.yaml:
 * the project's own concepts first, as written there, then one concept per
 * generated entity with its terms, statuses and inflection patterns.
 */
import type { Entity } from './entities.js';
import { formsPattern, targetLanguages, type Language, type Name, type TargetLanguage } from './language.js';

const subjects: Readonly<Record<Entity['kind'], string>> = { person: 'person', place: 'geography', company: 'organization' };

const textOf = (name: Name) => name.map((word) => word.text).join(' ');

/** Why a deprecated spelling is wrong, in the language of the copy it appears in. */
function deprecationNote(entity: Entity, lang: Language, preferred: string): string {
  switch (lang) {
    case 'en':
      return entity.kind === 'person'
        ? `Transliteration from Russian; write ${preferred}.`
        : entity.kind === 'place'
          ? `Soviet-era spelling; write ${preferred}.`
          : `The company writes its name as one word: ${preferred}.`;
    case 'ru':
      return entity.kind === 'company' ? `Компания пишет название слитно: «${preferred}».` : `Советское написание; пишите «${preferred}».`;
    case 'uk':
      return entity.kind === 'person' ? `Російське написання; українською — ${preferred}.` : `Радянське написання; пишіть «${preferred}».`;
    case 'kk':
      return `Орысша жазылуы; қазақ тілінде — ${preferred}.`;
    case 'de':
      return entity.kind === 'person' ? `Englische Umschrift; deutsch ${preferred}.` : `Veraltete Schreibweise; heute ${preferred}.`;
  }
}

/** A YAML scalar: plain where the text allows it (as people write the termbase), double-quoted otherwise. */
export function yamlScalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,()'’~-]*$/u.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

/** A scalar inside a flow sequence, where commas and brackets would end it. */
function flowScalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ~'’-]*$/u.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

interface TermLines {
  readonly text: string;
  readonly forms?: string;
  readonly note?: string;
}

function termOf(name: Name, lang: Language, note?: string): TermLines {
  const forms = lang === 'en' ? undefined : formsPattern(name, lang as TargetLanguage);
  return { text: textOf(name), ...(forms !== undefined ? { forms } : {}), ...(note !== undefined ? { note } : {}) };
}

function statusLines(status: string, term: TermLines, indent: string): string[] {
  if (term.forms === undefined && term.note === undefined) return [`${indent}${status}: ${yamlScalar(term.text)}`];
  const lines = [`${indent}${status}:`, `${indent}  term: ${yamlScalar(term.text)}`];
  if (term.forms !== undefined) lines.push(`${indent}  forms: [${flowScalar(term.forms)}]`);
  if (term.note !== undefined) lines.push(`${indent}  note: ${yamlScalar(term.note)}`);
  return lines;
}

/** One concept as YAML lines, indented to sit in the `concepts:` list. */
export function conceptYaml(entity: Entity): string {
  const lines = [`  - id: ${entity.id}`, `    subject: ${subjects[entity.kind]}`, `    definition: ${yamlScalar(entity.definition)}`, '    terms:'];
  for (const lang of ['en', ...targetLanguages] as const) {
    lines.push(`      ${lang}:`);
    const preferred = textOf(entity.full[lang]);
    lines.push(...statusLines('preferred', termOf(entity.full[lang], lang), '        '));
    const short = entity.short?.[lang];
    if (short) lines.push(...statusLines('admitted', termOf(short, lang), '        '));
    const deprecated = entity.deprecated[lang];
    if (deprecated) lines.push(...statusLines('deprecated', termOf(deprecated, lang, deprecationNote(entity, lang, preferred)), '        '));
  }
  return lines.join('\n');
}

/**
 * The termbase: `projectTermbase` (the text of glossary/termbase.yaml, whose
 * `concepts:` list ends the file) with the generated concepts appended.
 */
export function glossaryYaml(projectTermbase: string, generated: readonly Entity[]): string {
  const base = projectTermbase.endsWith('\n') ? projectTermbase : `${projectTermbase}\n`;
  if (generated.length === 0) return base;
  const parts = [base, '\n  # ── Generated for benchmarking: people, places and companies ─────────────\n'];
  for (const entity of generated) parts.push(`${conceptYaml(entity)}\n`);
  return parts.join('');
}
