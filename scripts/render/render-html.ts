import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MarkdownRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/** Private-use characters that frame fallback text in the Markdown handed to the HTML renderer. */
export const fallbackMarks = { open: '\uE000', close: '\uE001' } as const;

export interface LanguageLink {
  readonly locale: string;
  readonly href: string;
  /** The language's name in itself ("русский"), from CLDR. */
  readonly label: string;
  readonly current: boolean;
}

export interface HtmlPage {
  readonly locale: string;
  readonly sourceLocale: string;
  readonly title: string;
  readonly isoDate: string;
  readonly displayDate: string;
  readonly publisher: string;
  /** The Markdown body's tree, fallback text framed by `fallbackMarks`. */
  readonly body: MarkdownRoot;
  readonly languages: readonly LanguageLink[];
  readonly titleIsFallback: boolean;
}

/** A standalone, semantic HTML page for one article in one locale. Raw HTML inside the Markdown is dropped. */
export function renderHtmlPage(page: HtmlPage): string {
  const tree = toHast(page.body) as Root;
  wrapFallback(tree, page.sourceLocale);
  const body = toHtml(tree);
  const direction = textDirection(page.locale);
  const nav = page.languages
    .map((link) =>
      link.current
        ? `<li><a href="${escapeAttribute(link.href)}" hreflang="${link.locale}" lang="${link.locale}" aria-current="page">${escapeText(link.label)}</a></li>`
        : `<li><a href="${escapeAttribute(link.href)}" hreflang="${link.locale}" lang="${link.locale}">${escapeText(link.label)}</a></li>`,
    )
    .join('');
  const alternates = page.languages
    .filter((link) => !link.current)
    .map((link) => `<link rel="alternate" hreflang="${link.locale}" href="${escapeAttribute(link.href)}">`)
    .join('\n');
  const titleLang = page.titleIsFallback ? ` lang="${page.sourceLocale}"` : '';
  return `<!doctype html>
<html lang="${page.locale}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(page.title)}</title>
${alternates}
<style>
body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
nav ul{list-style:none;display:flex;gap:.75rem;padding:0;font-size:.9rem}
nav a[aria-current]{font-weight:bold;text-decoration:none;color:inherit}
header p{color:#555;font-size:.9rem}
[lang="${page.sourceLocale}"].fallback{background:#fff4d6}
</style>
</head>
<body>
<nav aria-label="Languages"><ul>${nav}</ul></nav>
<article>
<header>
<h1${titleLang}>${escapeText(page.title)}</h1>
<p><time datetime="${page.isoDate}">${escapeText(page.displayDate)}</time> · ${escapeText(page.publisher)}</p>
</header>
${body}
</article>
</body>
</html>
`;
}

function wrapFallback(parent: Root | Element, sourceLocale: string): void {
  const children: (RootContent | ElementContent)[] = [];
  let open: Element | undefined;
  for (const child of parent.children) {
    if (child.type === 'text' && /[\uE000\uE001]/.test(child.value)) {
      for (const piece of child.value.split(/([\uE000\uE001])/)) {
        if (piece === fallbackMarks.open) {
          open = { type: 'element', tagName: 'span', properties: { lang: sourceLocale, className: ['fallback'] }, children: [] };
          children.push(open);
        } else if (piece === fallbackMarks.close) {
          open = undefined;
        } else if (piece !== '') {
          (open ? open.children : children).push({ type: 'text', value: piece });
        }
      }
      continue;
    }
    if (child.type === 'element') wrapFallback(child, sourceLocale);
    (open ? open.children : children).push(child as ElementContent);
  }
  parent.children = children as typeof parent.children;
}

/** CLDR's writing direction; Node 20 exposes it as a getter, later versions as a method. */
function textDirection(locale: string): string {
  const info = new Intl.Locale(locale) as unknown as { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
  return info.getTextInfo?.().direction ?? info.textInfo?.direction ?? 'ltr';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
