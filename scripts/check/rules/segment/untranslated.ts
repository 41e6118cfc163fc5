import type { Rule, SourceUnit } from '../../rule.js';

const rule: Rule = {
  meta: {
    id: 'segment/untranslated',
    type: 'problem',
    description: 'A source segment has no translation in a target locale.',
    defaultSeverity: 'warning',
    judgesSourcesByTranslations: true,
    messages: {
      untranslated: 'no {locale} translation of this sentence; export XLIFF (glossa xliff export --locale {locale}) and import the translation',
      untranslatedMany: '{count} of {total} sentences of this article have no {locale} translation, the first one here; export XLIFF (glossa xliff export --locale {locale}) and import the translations',
    },
  },
  create(context) {
    // Ids translated per locale and article: an article's sentences are rendered from its own resource.
    const translated = new Map<string, Set<string>>();
    const key = (locale: string, article: string) => `${locale}\u0000${article}`;
    // First place of each sentence, per article: one finding per article and locale keeps the report readable.
    const articles = new Map<string, Map<string, SourceUnit>>();
    const judge = (article: string) => {
      const firstUnits = articles.get(article);
      for (const locale of context.targetLocales) {
        const ids = translated.get(key(locale, article)) ?? new Set<string>();
        translated.delete(key(locale, article));
        const missing = [...(firstUnits ?? [])].filter(([id]) => !ids.has(id)).map(([, unit]) => unit);
        const [first] = missing;
        if (!first) continue;
        context.report({
          messageId: missing.length === 1 ? 'untranslated' : 'untranslatedMany',
          data: { locale, count: missing.length, total: firstUnits!.size },
          unit: { ...first, locale },
        });
      }
      articles.delete(article);
    };
    return {
      source(unit) {
        const firstUnits = articles.get(unit.article) ?? new Map<string, SourceUnit>();
        articles.set(unit.article, firstUnits);
        if (!firstUnits.has(unit.segment.id)) firstUnits.set(unit.segment.id, unit);
      },
      translation(unit) {
        if (unit.origin !== 'resource' || unit.text.trim() === '') return;
        const ids = translated.get(key(unit.locale, unit.article)) ?? new Set<string>();
        ids.add(unit.id);
        translated.set(key(unit.locale, unit.article), ids);
      },
      endArticle: judge,
      end() {
        for (const article of [...articles.keys()]) judge(article);
      },
    };
  },
};

export default rule;
