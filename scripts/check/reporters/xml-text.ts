// Characters outside the XML 1.0 Char production: most C0 controls, lone surrogates, U+FFFE/U+FFFF.
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Replaces every character XML 1.0 cannot carry, even escaped, with U+FFFD. */
export function toXmlChars(text: string): string {
  return text.replace(notXmlChar, '\ufffd');
}

/*
 * xmlbuilder2 leaves `&` alone when it already looks like an entity or a decimal
 * character reference, so "&amp;" in a message would be read back as "&" and "R&D;"
 * would reference an undeclared entity. Escaping `&` first makes xmlbuilder2 keep
 * our "&amp;" as it is. Decimal references survive the same way, which is how line
 * breaks and tabs are kept in attributes (parsers turn raw ones into spaces) and
 * carriage returns anywhere (parsers turn raw ones into line feeds).
 */

/** Text content for xmlbuilder2 that reads back exactly as `text`. */
export function xmlTextValue(text: string): string {
  return toXmlChars(text).replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}

/** An attribute value for xmlbuilder2 that reads back exactly as `text`. */
export function xmlAttributeValue(text: string): string {
  return xmlTextValue(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
