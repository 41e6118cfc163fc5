const lowercaseLetter = /\p{Ll}/u;
const uppercaseLetter = /\p{Lu}|\p{Lt}/u;
const cased = /[\p{Lu}\p{Ll}\p{Lt}]/gu;

/**
 * Gives `replacement` the letter case of the text it replaces, so that a fix
 * reads naturally where it lands:
 *
 * - all capitals stay all capitals: "ALMA-ATA" → "ALMATY";
 * - a capital first letter stays capital (sentence starts, headings):
 *   "Казахские власти" → "Казахстанские власти" for replacement "казахстанские";
 * - otherwise the replacement keeps the case the glossary gives it, because
 *   that spelling is authoritative: "alma-ata" → "Almaty".
 *
 * `locale` selects language-specific case mappings for the upper-casing.
 */
export function preserveCase(replacement: string, original: string, locale?: string): string {
  const letters = original.match(cased) ?? [];
  const isAllCaps = letters.length >= 2 && letters.every((letter) => !lowercaseLetter.test(letter));
  if (isAllCaps) return replacement.toLocaleUpperCase(locale);
  const firstOriginal = letters[0];
  if (firstOriginal !== undefined && uppercaseLetter.test(firstOriginal)) {
    const firstIndex = replacement.search(cased);
    if (firstIndex >= 0) {
      const first = String.fromCodePoint(replacement.codePointAt(firstIndex)!);
      return replacement.slice(0, firstIndex) + first.toLocaleUpperCase(locale) + replacement.slice(firstIndex + first.length);
    }
  }
  return replacement;
}
