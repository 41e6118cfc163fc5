import type { Position } from '../core/position.js';
import type { UnitState, XliffVersion } from './model.js';

/**
 * Content of a `<source>` or `<target>` as a flat list of parts.
 *
 * - `text`: translatable text, entities and `<cp>` resolved.
 * - `placeholder`: a Glossa placeholder, written as 1.2 `<x id="m1"/>` or 2.0
 *   `<ph id="m1"/>` (2.0 `copyOf` is resolved to the original id).
 * - `code`: any other inline code (1.2 `<g>`, `<bx>/<ex>`, `<bpt>/<ept>`, `<ph>`,
 *   `<it>`; 2.0 `<pc>`, `<sc>/<ec>`). Paired codes give an `open` and a `close`
 *   part; `pairId` links them. Native code (the content of 1.2 `<bpt>`, `<ph>` …)
 *   is kept in `data`, never mixed into the text.
 * - `marker`: annotation boundaries (1.2 `<mrk>`, 2.0 `<mrk>`, `<sm>/<em>`);
 *   the marked text stays in the surrounding text parts.
 */
export type InlinePart =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'placeholder'; readonly name: string }
  | InlineCode
  | InlineMarker;

export interface InlineCode {
  readonly type: 'code';
  readonly role: 'open' | 'close' | 'standalone';
  /** Element name without prefix, e.g. `g`, `bpt`, `pc`, `sc`. */
  readonly element: string;
  /** The code's id (2.0 `<ec>`: its `startRef`); empty when the element has none. */
  readonly id: string;
  /** Links an open part to its close part (1.2 `rid` or id, 2.0 id / `startRef`). */
  readonly pairId?: string;
  /** The native code carried by 1.2 `<bpt>`, `<ept>`, `<ph>`, `<it>`. */
  readonly data?: string;
}

export interface InlineMarker {
  readonly type: 'marker';
  readonly role: 'open' | 'close';
  readonly element: 'mrk' | 'sm' | 'em';
  readonly id?: string;
  /** 1.2 `mtype` or 2.0 `type`, e.g. `term`. */
  readonly markerType?: string;
}

export interface ParsedNote {
  readonly text: string;
  /** 2.0 `category`; for 1.2 the `from` attribute. */
  readonly category?: string;
}

/** One 2.0 `<segment>` or `<ignorable>`, or one 1.2 `<mrk mtype="seg">` of a `<seg-source>`. */
export interface ParsedSegment {
  readonly id?: string;
  /** True for 2.0 `<ignorable>` and for text between 1.2 segments. */
  readonly ignorable: boolean;
  readonly source: readonly InlinePart[];
  readonly target?: readonly InlinePart[];
  readonly state?: UnitState;
  /** The state exactly as written (1.2 `needs-review-translation`, 2.0 `reviewed` …). */
  readonly rawState?: string;
  readonly subState?: string;
  readonly line: number;
  readonly column: number;
}

export interface ParsedUnit {
  readonly id: string;
  /** Position of the unit element (`<trans-unit>` or `<unit>`), 1-based. */
  readonly line: number;
  readonly column: number;
  /** Concatenation of all segments and ignorables, in order. */
  readonly source: readonly InlinePart[];
  /**
   * Concatenation of the targets; absent when no segment has a target, or (2.0)
   * when some segment has none (a partial translation cannot be used as a whole).
   * An `<ignorable>` without target contributes its source.
   */
  readonly target?: readonly InlinePart[];
  /** Position of the first `<target>` of the unit. */
  readonly targetLine?: number;
  readonly targetColumn?: number;
  /**
   * Positions of the elements whose content makes up `target`, in the order
   * it is concatenated (2.0: each segment's `<target>`, or an ignorable's
   * `<source>`); lets a finding inside the target be placed exactly.
   */
  readonly targetContent?: readonly Position[];
  /** `xml:lang` of the first `<target>`, when the file states one there. */
  readonly targetLang?: string;
  /**
   * 1.2: the target's `state`, mapped (a target without state in a unit marked
   * `approved="yes"` counts as `final`). 2.0: the least advanced state among the
   * segments, where a segment without `state` counts as `initial` (the 2.0 default).
   */
  readonly state?: UnitState;
  /** 1.2 only: the target's `state` attribute as written. */
  readonly rawState?: string;
  readonly segments: readonly ParsedSegment[];
  readonly notes: readonly ParsedNote[];
}

export interface ParsedFile {
  /** 2.0 file id. */
  readonly id?: string;
  readonly original?: string;
  /** 1.2 `source-language` of this file; 2.0 the document's `srcLang`. */
  readonly srcLang: string;
  readonly trgLang?: string;
  readonly line: number;
  readonly column: number;
  readonly units: readonly ParsedUnit[];
}

export interface ParsedXliff {
  readonly version: XliffVersion;
  /** 2.0 `srcLang`; 1.2 the first file's `source-language`. */
  readonly srcLang: string;
  /** 2.0 `trgLang`; 1.2 the first file's `target-language`. */
  readonly trgLang?: string;
  /** Position of the root element. */
  readonly line: number;
  readonly column: number;
  readonly files: readonly ParsedFile[];
}
