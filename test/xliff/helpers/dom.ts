import { create } from 'xmlbuilder2';

export const XLIFF_12 = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF_20 = 'urn:oasis:names:tc:xliff:document:2.0';
export const GLS = 'urn:oasis:names:tc:xliff:glossary:2.0';
export const MTC = 'urn:oasis:names:tc:xliff:matches:2.0';

/** Minimal DOM surface used by the tests (xmlbuilder2 parses into a standard DOM). */
export interface DomElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  readonly parentNode: DomElement | null;
  getAttribute(name: string): string | null;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<DomElement>;
}

/** Parses XML with a parser other than the reader under test, to look at the writer's output. */
export function parseDom(xml: string): DomElement {
  return create(xml).root().node as unknown as DomElement;
}

export function all(root: DomElement, namespace: string, localName: string): DomElement[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

export function one(root: DomElement, namespace: string, localName: string): DomElement {
  const found = all(root, namespace, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0]!;
}
