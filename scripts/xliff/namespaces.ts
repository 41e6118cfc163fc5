/** Namespace URIs of the XLIFF documents and modules Glossa reads and writes. */
export const XLIFF_12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
/** XLIFF 2.0 and 2.1 share this namespace. */
export const XLIFF_20_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const GLOSSARY_NS = 'urn:oasis:names:tc:xliff:glossary:2.0';
export const MATCHES_NS = 'urn:oasis:names:tc:xliff:matches:2.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The `tool-id` Glossa writes on 1.2 `<file>` elements; the validator uses it to tell its own files apart. */
export const GLOSSA_TOOL_ID = 'glossa';
