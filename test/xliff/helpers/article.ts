import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { partsToMessage, type MessagePart } from '../../../scripts/core/message.js';
import { segmentId } from '../../../scripts/core/segment-id.js';
import type { ProtectedSpan, Segment, Span } from '../../../scripts/core/segment.js';
import type { GroupInput, PlaceholderInfo, TermHint, UnitInput, XliffFileInput, XliffVersion } from '../../../scripts/xliff/model.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const articleFile = 'source/ablyazov-kazakhstan-protests.md';
const article = readFileSync(path.join(repoRoot, articleFile), 'utf8');

type SpanSpec =
  | { kind: 'money'; text: string; placeholder: string; amount: number; currency: string }
  | { kind: 'number'; text: string; placeholder: string; value: number }
  | { kind: 'date'; text: string; placeholder: string; date: string };

/**
 * A segment of the real source article, as the segmenter describes it: id from
 * the text, protected spans at their offsets, message with `{placeholders}`.
 */
export function articleSegment(text: string, block: number, specs: readonly SpanSpec[] = []): Segment {
  const offset = article.indexOf(text);
  if (offset < 0) throw new Error(`not in ${articleFile}: ${text}`);
  const spans: ProtectedSpan[] = [];
  let from = 0;
  for (const spec of specs) {
    const start = text.indexOf(spec.text, from);
    if (start < 0) throw new Error(`"${spec.text}" not found in "${text}"`);
    const end = start + spec.text.length;
    from = end;
    if (spec.kind === 'money') spans.push({ kind: 'money', start, end, placeholder: spec.placeholder, amount: spec.amount, currency: spec.currency });
    else if (spec.kind === 'number') spans.push({ kind: 'number', start, end, placeholder: spec.placeholder, value: spec.value, fractionDigits: 0 });
    else spans.push({ kind: 'date', start, end, placeholder: spec.placeholder, date: spec.date, yearStated: false });
  }
  return { id: segmentId(text), text, message: messageOf(text, spans), spans, block, offset };
}

/** The ICU message of a text whose protected spans become placeholders. */
export function messageOf(text: string, spans: readonly Span[]): string {
  const parts: MessagePart[] = [];
  let position = 0;
  for (const span of spans) {
    if (span.kind === 'term') continue;
    if (span.start > position) parts.push({ type: 'text', value: text.slice(position, span.start) });
    parts.push({ type: 'placeholder', name: span.placeholder });
    position = span.end;
  }
  if (position < text.length) parts.push({ type: 'text', value: text.slice(position) });
  return partsToMessage(parts);
}

/** A glossary hint for the first occurrence of `term` in the segment. */
export function termHint(segment: Segment, term: string, fields: Omit<TermHint, 'start' | 'end' | 'sourceTerm'>): TermHint {
  const start = segment.text.indexOf(term);
  if (start < 0) throw new Error(`"${term}" not in "${segment.text}"`);
  return { start, end: start + term.length, sourceTerm: term, ...fields };
}

export function unit(segment: Segment, fields: Partial<Omit<UnitInput, 'segment'>> = {}): UnitInput {
  return { segment, notes: [], terms: [], placeholders: [], candidates: [], ...fields };
}

/** Segments of the article used across the tests. */
export const segments = {
  heading: articleSegment('Fugitive banker Ablyazov declares himself leader of the protests in Kazakhstan', 0),
  lead: articleSegment(
    'OREANDA-NEWS. Kazakh banker Mukhtar Ablyazov, who earlier fled to Ukraine, has declared himself "leader of the opposition and protests" in Kazakhstan.',
    1,
  ),
  reuters: articleSegment('This was reported by Reuters on 7 January.', 1, [
    { kind: 'date', text: '7 January', placeholder: 'd1', date: '2022-01-07' },
  ]),
  gas: articleSegment(
    'City dwellers became disgruntled at the rising cost of liquefied gas, which went from 60 KZT (10 rubles) to 120 KZT (20 rubles) per litre.',
    6,
    [
      { kind: 'money', text: '60 KZT (10 rubles)', placeholder: 'm1', amount: 60, currency: 'KZT' },
      { kind: 'money', text: '120 KZT (20 rubles)', placeholder: 'm2', amount: 120, currency: 'KZT' },
    ],
  ),
  almaty: articleSegment(
    "The situation became especially tense in Almaty, where protesters stormed the administration building and set fire to the Prosecutor's Office and the offices of the ruling party.",
    7,
  ),
  detention: articleSegment('On the morning of 7 January, law enforcers in Kazakhstan reported the detention of more than 3,000 rioters.', 11, [
    { kind: 'date', text: '7 January', placeholder: 'd1', date: '2022-01-07' },
    { kind: 'number', text: '3,000', placeholder: 'n1', value: 3000 },
  ]),
  sentence: articleSegment(
    'The man was sentenced to life imprisonment in absentia in Kazakhstan, and in Russia he was also convicted in absentia and sentenced to 15 years in prison for fraud.',
    5,
    [{ kind: 'number', text: '15', placeholder: 'n1', value: 15 }],
  ),
} as const;

const gasPlaceholders: PlaceholderInfo[] = [
  { name: 'm1', kind: 'money', display: '60 KZT (10 rubles)', note: 'amount 60 KZT; shown in ru as 60 ₸ (≈ 10 ₽ at the article date)' },
  { name: 'm2', kind: 'money', display: '120 KZT (20 rubles)', note: 'amount 120 KZT; shown in ru as 120 ₸ (≈ 20 ₽ at the article date)' },
];

/** Russian translations of some segments, as a translator would deliver them. */
export const russian = {
  heading: 'Беглый банкир Аблязов объявил себя лидером протестов в Казахстане',
  reuters: 'Об этом {d1} сообщило агентство Reuters.',
  gas: 'Горожане были недовольны ростом цен на сжиженный газ, который подорожал с {m1} до {m2} за литр.',
  almaty: 'Особенно напряжённая обстановка сложилась в Алматы, где протестующие штурмовали здание администрации и подожгли прокуратуру и офисы правящей партии.',
  detention: 'Утром {d1} правоохранители Казахстана сообщили о задержании более {n1} участников беспорядков.',
} as const;

/** The article's export for Russian: headings and paragraphs, terms, placeholders, one fuzzy candidate. */
export function russianExport(version: XliffVersion, overrides: Partial<XliffFileInput> = {}): XliffFileInput {
  const s = segments;
  const groups: GroupInput[] = [
    {
      id: 'b0',
      type: 'heading',
      units: [
        unit(s.heading, {
          target: russian.heading,
          state: 'final',
          terms: [
            termHint(s.heading, 'Ablyazov', { conceptId: 'ablyazov', targetTerm: 'Аблязов', forbidden: [] }),
            termHint(s.heading, 'Kazakhstan', { conceptId: 'kazakhstan', targetTerm: 'Казахстан', forbidden: [] }),
          ],
        }),
      ],
    },
    {
      id: 'b1',
      type: 'paragraph',
      units: [
        unit(s.lead, {
          notes: ['OREANDA-NEWS is the agency name; keep it in Latin letters.'],
          terms: [
            termHint(s.lead, 'Mukhtar Ablyazov', {
              conceptId: 'ablyazov',
              targetTerm: 'Мухтар Аблязов',
              forbidden: [],
              definition: 'Mukhtar Ablyazov, former chairman of BTA Bank and Kazakh opposition politician living in exile.',
            }),
          ],
        }),
        unit(s.reuters, { target: russian.reuters, state: 'reviewed', placeholders: [{ name: 'd1', kind: 'date', display: '7 January' }] }),
      ],
    },
    {
      id: 'b6',
      type: 'paragraph',
      units: [
        unit(s.gas, {
          target: russian.gas,
          state: 'translated',
          placeholders: gasPlaceholders,
          candidates: [
            {
              source: 'City dwellers became disgruntled at the rising cost of liquefied gas, which went from {m1} to {m2} per liter.',
              target: 'Горожане были недовольны ростом цен на сжиженный газ, который подорожал с {m1} до {m2} за литр.',
              quality: 87,
              origin: 'earlier version of this article',
            },
          ],
        }),
      ],
    },
    {
      id: 'b7',
      type: 'paragraph',
      units: [
        unit(s.almaty, {
          terms: [
            termHint(s.almaty, 'Almaty', {
              conceptId: 'almaty',
              targetTerm: 'Алматы',
              forbidden: ['Алма-Ата'],
              definition: 'The largest city of Kazakhstan, its capital until 1997.',
            }),
          ],
        }),
      ],
    },
    {
      id: 'b11',
      type: 'paragraph',
      units: [
        unit(s.detention, {
          target: russian.detention,
          state: 'translated',
          placeholders: [
            { name: 'd1', kind: 'date', display: '7 January' },
            { name: 'n1', kind: 'number', display: '3,000' },
          ],
        }),
      ],
    },
  ];
  return { version, original: articleFile, article: 'ablyazov-kazakhstan-protests', srcLang: 'en', trgLang: 'ru', groups, ...overrides };
}
