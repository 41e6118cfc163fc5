import type { XliffFileInput } from './model.js';
import { prepareFile } from './prepare-units.js';
import { writeXliff12 } from './write-xliff-12.js';
import { writeXliff20 } from './write-xliff-20.js';
import type { XmlDocument } from './xml-tree.js';

/**
 * Writes one article for one target language as an XLIFF document: a `<file>`
 * for the article, a group per block, a unit per distinct segment (unit id =
 * segment id; a segment id seen before in the article is not written again).
 *
 * Output is deterministic and indented by two spaces outside of mixed content,
 * so re-exports diff cleanly. Throws `InputError` (naming `input.original`)
 * when a message cannot be parsed, a state claims a translation without a
 * target, or text holds characters the chosen XLIFF version cannot carry
 * (1.2: any character XML 1.0 forbids; 2.0 writes those as `<cp>`).
 */
export function writeXliff(input: XliffFileInput): string {
  return xliffDocument(input).text();
}

/** `writeXliff`'s document, for writing its bytes to a file. */
export function xliffDocument(input: XliffFileInput): XmlDocument {
  const file = prepareFile(input);
  return input.version === '1.2' ? writeXliff12(file) : writeXliff20(file);
}
