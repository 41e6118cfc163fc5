import type { i18n } from 'i18next';
import { GlossaError } from '../core/errors.js';
import { placeholdersOf } from '../core/message.js';
import { formatIcu } from './i18n.js';
import type { Segment } from '../core/segment.js';
import type { RenderedSegment } from './render-markdown.js';

export class BuildError extends GlossaError {
  override name = 'BuildError';
}

export interface LocalizeOptions {
  readonly translator: i18n;
  readonly article: string;
  readonly file: string;
  readonly locale: string;
  readonly sourceLocale: string;
  /** Formatted values of the segment's placeholders in a locale. */
  readonly valuesOf: (segment: Segment, locale: string) => Readonly<Record<string, string>>;
  /** Rewrites source-language messages before they are shown (the glossary's preferred names). */
  readonly rewriteSource?: (message: string) => string;
}

/**
 * Renders each segment in a locale: the translation when there is one, else
 * the source message (a fallback). A message that names a placeholder the
 * segment has no value for stops the build: no `{m1}` may reach a reader.
 */
export function localizeSegments(segments: readonly Segment[], options: LocalizeOptions): RenderedSegment[] {
  const { translator, article, locale, sourceLocale } = options;
  return segments.map((segment) => {
    const translated = locale === sourceLocale || translator.exists(segment.id, { ns: article, lng: locale, fallbackLng: false } as never);
    // A fallback sentence is source-language text: its figures are formatted for the source locale too.
    const shownLocale = translated ? locale : sourceLocale;
    const stored = (translator.getResource(shownLocale, article, segment.id) as string | undefined) ?? segment.message;
    const message = shownLocale === sourceLocale && options.rewriteSource ? options.rewriteSource(stored) : stored;
    const values = options.valuesOf(segment, shownLocale);
    for (const name of placeholdersOf(message)) {
      if (values[name] === undefined) {
        throw new BuildError(
          `cannot render article "${article}" in ${locale}: segment ${segment.id} uses {${name}}, which its source sentence does not have; fix the translation or run glossa check`,
          options.file,
        );
      }
    }
    const text = message === stored ? (translator.t(segment.id, { ns: article, lng: shownLocale, ...values }) as string) : formatIcu(message, shownLocale, values);
    return { segment, text, fallback: !translated };
  });
}
