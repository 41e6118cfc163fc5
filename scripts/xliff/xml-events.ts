import { parseXmlText as parseXml, XmlEventStream as XmlReader, type XmlHandler, type XmlPolicy } from '../xml/reader.js';

export { XmlRejection, type XmlElement, type XmlHandler, type XmlRejectionKind } from '../xml/reader.js';

/** How XLIFF is read: no DOCTYPE at all, UTF-8 only, inline codes nested at most `xliffInlineDepth` deep. */
export const xliffXmlPolicy: XmlPolicy = {
  doctype: {
    kind: 'refuse',
    message:
      'DOCTYPE declarations are not allowed in XLIFF files: they can declare entities ' +
      '(external ones read local files, nested ones expand without bound), so the file is refused',
  },
  syntaxMessage: (message) =>
    message === 'undefined entity.'
      ? 'reference to an undeclared entity: only &amp; &lt; &gt; &quot; &apos; and character references are allowed'
      : `malformed XML: ${message.replace(/\.$/, '')}`,
  encodingMessage: (encoding) => `unsupported encoding "${encoding}": XLIFF files must be UTF-8`,
  inlineElements: new Set(['source', 'target', 'seg-source']),
};

/** The safe XML reader (xml/reader.ts) with the XLIFF policy. */
export class XmlEventStream extends XmlReader {
  constructor(fileName: string, handler: XmlHandler) {
    super(fileName, handler, xliffXmlPolicy);
  }
}

/** Reads a whole XLIFF document held in memory. */
export function parseXmlText(text: string, fileName: string, handler: XmlHandler): void {
  parseXml(text, fileName, handler, xliffXmlPolicy);
}
