import { messageToParts } from '../core/message.js';
import { buildDocument, type BlockElement, type XmlDocument } from '../xliff/xml-tree.js';

/** One source sentence and its translation into one language: one `<tu>`. */
export interface TmxUnitInput {
  /** Segment id; several units (one per target language) share it. */
  readonly id: string;
  readonly targetLang: string;
  /** ICU messages, placeholders as `{m1}`. */
  readonly source: string;
  readonly target: string;
  /** `<prop type="…">` values, written in this order. */
  readonly props: ReadonlyArray<readonly [type: string, value: string]>;
}

export interface TmxInput {
  readonly srcLang: string;
  readonly toolVersion: string;
  readonly units: readonly TmxUnitInput[];
}

/**
 * TMX 1.4b, one bilingual `<tu>` per segment and target language (Translate
 * Toolkit and several CAT tools read only the first two `<tuv>` of a unit).
 *
 * A placeholder is `<ph x="N" type="x-glossa-placeholder">&lt;x id="m1"/&gt;</ph>`:
 * TMX keeps the native code of an inline element in `<ph>`, and the code the
 * translator's file has is the XLIFF 1.2 `<x id="m1"/>` Glossa exports, so a
 * CAT tool that reads the XLIFF and this memory sees the same code in both
 * (OmegaT names a TMX code after the first letter of its content: `<x0/>`, as
 * it names the XLIFF one). `x` numbers the placeholders of the source and
 * pairs each with the same placeholder of the target.
 * No dates are written, so the same memory gives the same bytes.
 */
export function writeTmx(input: TmxInput): string {
  return tmxDocument(input).text();
}

/** `writeTmx`'s document, for writing its bytes to a file. */
export function tmxDocument(input: TmxInput): XmlDocument {
  return buildDocument('', 'tmx', { version: '1.4' }, (root) => {
    root.leaf('header', {
      creationtool: 'Glossa',
      creationtoolversion: input.toolVersion,
      segtype: 'sentence',
      'o-tmf': 'glossa',
      adminlang: 'en',
      srclang: input.srcLang,
      datatype: 'plaintext',
    }, '');
    root.block('body', {}, (body) => {
      for (const unit of input.units) writeUnit(body, unit, input.srcLang);
    });
  });
}

function writeUnit(body: BlockElement, unit: TmxUnitInput, srcLang: string): void {
  const numbers = new Map<string, string>();
  for (const part of messageToParts(unit.source)) {
    if (part.type === 'placeholder' && !numbers.has(part.name)) numbers.set(part.name, String(numbers.size + 1));
  }
  body.block('tu', { tuid: unit.id }, (tu) => {
    for (const [type, value] of unit.props) tu.leaf('prop', { type }, value);
    for (const [lang, message] of [[srcLang, unit.source], [unit.targetLang, unit.target]] as const) {
      tu.block('tuv', { 'xml:lang': lang }, (tuv) => {
        tuv.inline('seg', {}, (seg) => {
          for (const part of messageToParts(message)) {
            if (part.type === 'text') seg.text(part.value);
            else seg.span('ph', { x: numbers.get(part.name), type: placeholderType }, (ph) => ph.text(placeholderCode(part.name)));
          }
        });
      });
    }
  });
}

/** `type` of our `<ph>`: TMX allows user-defined values starting with `x-`. */
export const placeholderType = 'x-glossa-placeholder';

/** The native code of a placeholder: the XLIFF 1.2 element Glossa exports for it. */
export function placeholderCode(name: string): string {
  return `<x id="${name}"/>`;
}
