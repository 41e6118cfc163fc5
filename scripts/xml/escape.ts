/*
 * Escapes for everything Glossa writes as XML. XLIFF and TMX are written as
 * strings with `escapeXmlText` / `escapeXmlAttribute`; TBX and the JUnit report
 * go through xmlbuilder2 with `xmlText` / `xmlAttribute` (xml/builder-escape.ts),
 * and a test holds the two to the same bytes. This module does not load
 * xmlbuilder2, so commands that only read XML do not pay for it.
 *
 * Characters XML parsers would otherwise normalise away are kept as character
 * references: CR in text (parsers turn it into LF) and TAB, LF, CR in
 * attribute values (parsers turn them into spaces).
 */

/**
 * Escapes text content as written into a document string: the bytes xmlbuilder2
 * writes for `xmlText(value)`, for writers that build the string directly.
 */
export function escapeXmlText(value: string): string {
  return /[&<>\r]/.test(value) ? value.replace(/[&<>\r]/g, (char) => textEscapes[char]!) : value;
}

/** Escapes an attribute value as written between double quotes: the bytes xmlbuilder2 writes for `xmlAttribute(value)`. */
export function escapeXmlAttribute(value: string): string {
  return /[&<>"\t\n\r]/.test(value) ? value.replace(/[&<>"\t\n\r]/g, (char) => attributeEscapes[char]!) : value;
}

const textEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const attributeEscapes: Readonly<Record<string, string>> = { ...textEscapes, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/**
 * Characters XML 1.0 cannot carry at all, not even as character references:
 * C0 controls other than TAB, LF, CR; lone surrogates; U+FFFE and U+FFFF.
 */
const invalidXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** The first character of `value` that XML 1.0 cannot carry, with its UTF-16 index. */
export function findInvalidXmlChar(value: string): { index: number; codePoint: number } | undefined {
  const match = invalidXmlChar.exec(value);
  if (!match) return undefined;
  return { index: match.index, codePoint: match[0].codePointAt(0)! };
}

/** Splits text into runs XML can carry and single characters it cannot (written as 2.0 `<cp>`). */
export function splitInvalidXmlChars(value: string): Array<{ text: string } | { codePoint: number }> {
  const runs: Array<{ text: string } | { codePoint: number }> = [];
  let rest = value;
  for (let found = findInvalidXmlChar(rest); found; found = findInvalidXmlChar(rest)) {
    if (found.index > 0) runs.push({ text: rest.slice(0, found.index) });
    runs.push({ codePoint: found.codePoint });
    rest = rest.slice(found.index + 1);
  }
  if (rest) runs.push({ text: rest });
  return runs;
}

/** Replaces every character XML 1.0 cannot carry, even escaped, with U+FFFD (for reports, where a mark is better than a refusal). */
export function toXmlChars(value: string): string {
  return value.replace(new RegExp(invalidXmlChar.source, 'gu'), '\ufffd');
}

/** "U+0001" */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True for code points that are surrogates: they can be carried neither as text nor as 2.0 `<cp>`. */
export function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}
