import { create } from 'xmlbuilder2';

/*
 * The escape for what Glossa writes through xmlbuilder2: TBX and the JUnit
 * report (XLIFF and TMX use the string escapes of xml/escape.ts, same bytes).
 * xmlbuilder2 (4.x) escapes `&` only where it does not start something that
 * looks like a reference (`&name;`, `&#123;`), assuming those were escaped on
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

let contractChecked = false;

/** Fails loudly if an xmlbuilder2 upgrade changes the escaping the functions above rely on. */
function assertEscapingContract(): void {
  if (contractChecked) return;
  const probe = create()
    .ele('p', { a: '&amp;&#10;<"' })
    .txt('&amp;amp;&#13;<>')
    .end({ headless: true });
  if (probe !== '<p a="&amp;&#10;&lt;&quot;">&amp;amp;&#13;&lt;&gt;</p>') {
    throw new Error(`xmlbuilder2 escapes differently than scripts/xml/builder-escape.ts expects: ${probe}`);
  }
  contractChecked = true;
}

