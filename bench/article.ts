/**
 * One generated news article: Markdown with front matter, like
 * source/ablyazov-kazakhstan-protests.md, and for every sentence its
 * translations into the target languages, kept apart from the article so they
 * can be matched to the messages `glossa extract` finds.
 */
import { realEntities, type Entity, type EntityPools } from './entities.js';
import { grammaticalCases, inflectName, targetLanguages, type GrammaticalCase, type Name, type TargetLanguage } from './language.js';
import { deriveSeed, Random } from './random.js';
import { agencies, bodyTemplates, headingTemplates, listTemplates, publishers, quoteTemplates, titleTemplates, type Template } from './templates.js';
import { englishValue, valueKinds, type ValueKind } from './values.js';

/** Text, or the index of a value of the English sentence (its n-th placeholder in the extracted message). */
export type TranslationPart = string | number;

export interface SentenceRecord {
  /** The English sentence with every value replaced by U+0000: how it is recognised among extracted messages. */
  readonly key: string;
  readonly values: number;
  readonly translations: Readonly<Record<TargetLanguage, readonly TranslationPart[]>>;
}

export interface GeneratedArticle {
  /** Article name: the file name without `.md`. */
  readonly name: string;
  readonly markdown: string;
  readonly sentences: readonly SentenceRecord[];
}

/** How often a mention uses a deprecated spelling, where the entity has one. */
export const deprecatedRates = {
  /** English mentions of the termbase's own concepts (Alma-Ata, Kassym-Zhomart Tokayev). */
  englishReal: 0.12,
  englishGenerated: 0.04,
  /** Mentions in translations. */
  translation: 0.03,
  /** Choice slots: Euro-Maidan, Bank Turan Alem, Kazakstan. */
  choice: 0.1,
} as const;

const realIds: ReadonlySet<string> = new Set(Object.values(realEntities).map((entity) => entity.id));

const choices: Readonly<Record<string, readonly [preferred: string, deprecated: string]>> = {
  EM: ['Euromaidan', 'Euro-Maidan'],
  BTA: ['BTA Bank', 'Bank Turan Alem'],
  KZ: ['Kazakhstan', 'Kazakstan'],
};

type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'entity'; readonly slot: 'P' | 'Q' | 'C' | 'D' | 'O'; readonly short: boolean; readonly grammaticalCase: GrammaticalCase }
  | { readonly kind: 'value'; readonly name: string; readonly value: ValueKind }
  | { readonly kind: 'agency' }
  | { readonly kind: 'choice'; readonly name: string };

const parsed = new Map<string, readonly Token[]>();

/** Reads a template's slots; throws on a slot it does not know, so a typo in a template fails loudly. */
export function templateTokens(template: string): readonly Token[] {
  const cached = parsed.get(template);
  if (cached) return cached;
  const tokens: Token[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([A-Za-z]+[0-9]?)(?::([a-z]+))?\}/g)) {
    if (match.index > last) tokens.push({ kind: 'text', text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const name = match[1]!;
    const grammaticalCase = (match[2] ?? 'nom') as GrammaticalCase;
    if (!grammaticalCases.includes(grammaticalCase)) throw new Error(`unknown case in ${match[0]} of "${template}"`);
    const upper = name.toUpperCase();
    if (name.length === 1 && 'PQCDO'.includes(upper)) {
      tokens.push({ kind: 'entity', slot: upper as 'P', short: name !== upper, grammaticalCase });
    } else if (valueKinds.includes(name.replace(/[0-9]$/, '') as ValueKind)) {
      tokens.push({ kind: 'value', name, value: name.replace(/[0-9]$/, '') as ValueKind });
    } else if (name === 'agency') {
      tokens.push({ kind: 'agency' });
    } else if (name in choices) {
      tokens.push({ kind: 'choice', name });
    } else {
      throw new Error(`unknown slot ${match[0]} in "${template}"`);
    }
  }
  if (last < template.length) tokens.push({ kind: 'text', text: template.slice(last) });
  parsed.set(template, tokens);
  return tokens;
}

type Cast = Record<'P' | 'Q' | 'C' | 'D' | 'O', Entity>;

interface Scene {
  readonly random: Random;
  readonly cast: Cast;
  readonly date: string;
  /** Titles keep to preferred spellings: a checker that skips front matter must see the same text. */
  readonly allowDeprecated: boolean;
}

function englishMention(entity: Entity, short: boolean, scene: Scene): string {
  const deprecated = short ? undefined : entity.deprecated.en;
  const rate = realIds.has(entity.id) ? deprecatedRates.englishReal : deprecatedRates.englishGenerated;
  const name = deprecated && scene.allowDeprecated && scene.random.chance(rate) ? deprecated : short && entity.short ? entity.short.en : entity.full.en;
  return name.map((word) => word.text).join(' ');
}

function targetMention(entity: Entity, short: boolean, lang: TargetLanguage, grammaticalCase: GrammaticalCase, scene: Scene): string {
  const preferred: Name = short && entity.short ? entity.short[lang] : entity.full[lang];
  const deprecated = short ? entity.deprecatedShort[lang] : entity.deprecated[lang];
  const name = deprecated && scene.random.chance(deprecatedRates.translation) ? deprecated : preferred;
  return inflectName(name, grammaticalCase);
}

/** Renders a template: the English sentence and the record that translates it. */
export function renderSentence(template: Template, scene: Scene): { english: string; record: SentenceRecord } {
  const english: string[] = [];
  const key: string[] = [];
  const valueIndex = new Map<string, number>();
  let agency: string | undefined;
  for (const token of templateTokens(template.en)) {
    let text: string;
    switch (token.kind) {
      case 'text':
        text = token.text;
        break;
      case 'entity':
        text = englishMention(scene.cast[token.slot], token.short, scene);
        break;
      case 'value':
        text = englishValue(token.value, scene.random, scene.date);
        valueIndex.set(token.name, valueIndex.size);
        english.push(text);
        key.push('\u0000');
        continue;
      case 'agency':
        text = agency ??= scene.random.pick(agencies);
        break;
      case 'choice': {
        const [preferred, deprecated] = choices[token.name]!;
        text = scene.allowDeprecated && scene.random.chance(deprecatedRates.choice) ? deprecated : preferred;
        break;
      }
    }
    english.push(text);
    key.push(text);
  }
  const translations = {} as Record<TargetLanguage, TranslationPart[]>;
  for (const lang of targetLanguages) {
    const parts: TranslationPart[] = [];
    for (const token of templateTokens(template[lang])) {
      if (token.kind === 'text') parts.push(token.text);
      else if (token.kind === 'entity') parts.push(targetMention(scene.cast[token.slot], token.short, lang, token.grammaticalCase, scene));
      else if (token.kind === 'agency') parts.push(agency ??= scene.random.pick(agencies));
      else if (token.kind === 'value') {
        const index = valueIndex.get(token.name);
        if (index === undefined) throw new Error(`the ${lang} template uses {${token.name}}, which its English does not have: "${template[lang]}"`);
        parts.push(index);
      } else throw new Error(`the ${lang} template uses an English-only slot: "${template[lang]}"`);
    }
    translations[lang] = parts;
  }
  return { english: english.join(''), record: { key: key.join(''), values: valueIndex.size, translations } };
}

/** A sentence that reads the same in every language (a dateline). */
function invariantRecord(text: string): SentenceRecord {
  return { key: text, values: 0, translations: { ru: [text], kk: [text], uk: [text], de: [text] } };
}

function pickDistinct(pick: () => Entity, avoid: Entity): Entity {
  for (let attempt = 0; attempt < 20; attempt++) {
    const entity = pick();
    if (entity !== avoid) return entity;
  }
  return pick();
}

function castOf(random: Random, pools: EntityPools): Cast {
  const person = (): Entity =>
    random.chance(0.12) ? realEntities.tokayev : random.chance(0.09) ? realEntities.ablyazov : pools.persons[random.logIndex(pools.persons.length)]!;
  const place = (): Entity =>
    random.chance(0.15) ? realEntities.almaty : random.chance(0.1) ? realEntities.kazakhstan : pools.places[random.logIndex(pools.places.length)]!;
  const company = (): Entity => (random.chance(0.1) ? realEntities.btaBank : pools.companies[random.logIndex(pools.companies.length)]!);
  const P = person();
  const C = place();
  return { P, Q: pickDistinct(person, P), C, D: pickDistinct(place, C), O: company() };
}

function recast(random: Random, pools: EntityPools, cast: Cast): void {
  const fresh = castOf(random, pools);
  if (fresh.Q !== cast.P) cast.Q = fresh.Q;
  if (fresh.D !== cast.C) cast.D = fresh.D;
}

function articleDate(random: Random): string {
  // Within the days the Bank of Russia rates of glossary/rates.yaml are in force.
  const start = Date.parse('2021-12-31T00:00:00Z');
  return new Date(start + random.int(0, 10) * 86_400_000).toISOString().slice(0, 10);
}

function slug(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  let out = '';
  for (const word of words) {
    if (out.length + word.length + 1 > 60) break;
    out += (out ? '-' : '') + word;
  }
  return out;
}

/** Generates article `index` of the corpus of `seed`; the same arguments always give the same article. */
export function generateArticle(seed: number, index: number, pools: EntityPools): GeneratedArticle {
  const random = new Random(deriveSeed(seed, 2, index));
  const date = articleDate(random);
  const publisher = random.pick(publishers);
  const cast = castOf(random, pools);
  const scene: Scene = { random, cast, date, allowDeprecated: true };
  const sentences: SentenceRecord[] = [];
  const used = new Set<Template>();
  // A reporter rarely writes the same sentence twice in one article.
  const fresh = (templates: readonly Template[]): Template => {
    let template = random.pick(templates);
    for (let attempt = 0; attempt < 6 && used.has(template); attempt++) template = random.pick(templates);
    used.add(template);
    return template;
  };
  const sentence = (template: Template, sceneOf = scene): string => {
    const { english, record } = renderSentence(template, sceneOf);
    sentences.push(record);
    return english;
  };

  const title = sentence(random.pick(titleTemplates), { ...scene, allowDeprecated: false });
  const name = `${slug(title)}-${String(index).padStart(6, '0')}`;
  const blocks: string[] = [];
  const dateline = `${publisher.toUpperCase()}.`;
  sentences.push(invariantRecord(dateline));
  blocks.push(`${dateline} ${sentence(fresh(bodyTemplates))} ${sentence(fresh(bodyTemplates))}`);

  const target = random.int(4_000, 6_000);
  let bytes = Buffer.byteLength(title) + 80 + Buffer.byteLength(blocks[0]!);
  let sinceHeading = 0;
  while (bytes < target) {
    if (random.chance(0.5)) recast(random, pools, cast);
    const roll = random.next();
    let block: string;
    if (roll < 0.07 && sinceHeading > 2) {
      block = `## ${sentence(fresh(headingTemplates))}`;
      sinceHeading = 0;
    } else if (roll < 0.15) {
      block = `> ${sentence(fresh(quoteTemplates))}`;
    } else if (roll < 0.19) {
      block = [0, 1, 2].map(() => `- ${sentence(fresh(listTemplates))}`).join('\n');
    } else {
      const count = random.int(2, 4);
      const parts: string[] = [];
      for (let i = 0; i < count; i++) parts.push(sentence(fresh(bodyTemplates)));
      block = parts.join(' ');
    }
    sinceHeading++;
    blocks.push(block);
    bytes += Buffer.byteLength(block) + 2;
  }
  const frontMatter = ['---', `title: ${frontMatterScalar(title)}`, `date: ${date}`, `publisher: ${publisher}`, 'lang: en', '---'].join('\n');
  return { name, markdown: `${frontMatter}\n\n${blocks.join('\n\n')}\n`, sentences };
}

function frontMatterScalar(text: string): string {
  return /^[A-Za-z0-9][^:#"']*$/.test(text) ? text : JSON.stringify(text);
}
