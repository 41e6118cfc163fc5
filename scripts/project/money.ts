import type { ArticleDocument } from '../document/model.js';
import { createValueFormatter, loadRates, parseMoneyPolicy, policyForLocale, type LocaleMoneyPolicy, type MoneyPolicy, type RateTable, type ValueFormatter } from '../money/index.js';
import type { ProjectPaths } from './paths.js';

/** The rate table and how amounts are shown per locale and article. */
export class ProjectMoney {
  private ratesPromise?: Promise<RateTable | undefined>;
  private readonly articlePolicies = new WeakMap<ArticleDocument, MoneyPolicy>();

  constructor(private readonly paths: ProjectPaths) {}

  rates(): Promise<RateTable | undefined> {
    const { rates } = this.paths.config;
    this.ratesPromise ??= rates ? loadRates(this.paths.resolve(rates)) : Promise.resolve(undefined);
    return this.ratesPromise;
  }

  /** Formats the values of one article's placeholders in a locale, per the money policy and the rates. */
  valueFormatter(locale: string, rates: RateTable, document: ArticleDocument): ValueFormatter {
    return createValueFormatter({
      locale,
      policy: this.policy(locale, document),
      rates,
      articleDate: document.frontMatter.date,
      article: document.file,
      allowEarlierRates: this.paths.config.allowEarlierRates,
    });
  }

  /**
   * How amounts are shown in a locale: the built-in default for the locale,
   * changed by the `money` setting, then by the article's front matter `money`.
   */
  policy(locale: string, document?: ArticleDocument): LocaleMoneyPolicy {
    return policyForLocale(locale, this.paths.config.money, document ? this.articlePolicy(document) : undefined);
  }

  private articlePolicy(document: ArticleDocument): MoneyPolicy | undefined {
    const raw = document.frontMatter.extra['money'];
    if (raw === undefined) return undefined;
    let policy = this.articlePolicies.get(document);
    if (!policy) {
      policy = parseMoneyPolicy(raw, `${document.file}: front matter`);
      this.articlePolicies.set(document, policy);
    }
    return policy;
  }
}
