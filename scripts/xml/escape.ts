import { create } from 'xmlbuilder2';

/*
 * The one escape for everything Glossa writes as XML: TBX and the JUnit report
 * through xmlbuilder2, XLIFF and TMX as strings (`escapeXmlText`,
 * `escapeXmlAttribute`, which give the same bytes). xmlbuilder2 (4.x)
 * escapes `&` only where it does not start something that looks like a reference (`&name;`, `&#123;`), assuming those were escaped on
 * purpose. Text such as "AT&amp;T" would then be read back as "AT&T", and
 * "&nbsp;" would make the file ill-formed. Every string handed to xmlbuilder2
 * therefore goes through `xmlText` / `xmlAttribute`, which escape `&` first;
 * xmlbuilder2 leaves the resulting `&amp;` alone and escapes `<`, `>`, `"`.
 *
 * The same rule lets us keep characters that XML parsers would otherwise
 * normalize away, as character references: CR in text (parsers turn it into
 * LF) and TAB, LF, CR in attribute values (parsers turn them into spaces).
 */

/** Prepares text content for xmlbuilder2 so that a parser reads back exactly `value`. */
export function xmlText(value: string): string {
  assertEscapingContract();
  return value.replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}

/** Prepares an attribute value for xmlbuilder2 so that a parser reads back exactly `value`. */
export function xmlAttribute(value: string): string {
  assertEscapingContract();
  return value.replace(/&/g, '&amp;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

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

let contractChecked = false;

/** Fails loudly if an xmlbuilder2 upgrade changes the escaping the functions above rely on. */
function assertEscapingContract(): void {
  if (contractChecked) return;
  const probe = create()
    .ele('p', { a: '&amp;&#10;<"' })
    .txt('&amp;amp;&#13;<>')
    .end({ headless: true });
  if (probe !== '<p a="&amp;&#10;&lt;&quot;">&amp;amp;&#13;&lt;&gt;</p>') {
    throw new Error(`xmlbuilder2 escapes differently than scripts/xml/escape.ts expects: ${probe}`);
  }
  contractChecked = true;
}

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
