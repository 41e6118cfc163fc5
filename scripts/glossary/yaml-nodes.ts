import { isMap, isScalar, isSeq } from 'yaml';

/**
 * The few things the termbase reader asks of a YAML node, answered for both
 * kinds of tree it reads: the `yaml` package's nodes (which know their
 * offset in the file) and plain values loaded by js-yaml, wrapped here
 * without positions. Wrapping a plain value costs a fraction of building a
 * `yaml` document from it, which is what a large termbase spent most of its
 * load time on.
 */
export type YamlNode = unknown;

export interface MapNode {
  readonly items: readonly PairNode[];
}

export interface PairNode {
  readonly key: YamlNode;
  readonly value: YamlNode;
}

export interface SeqNode {
  readonly items: readonly YamlNode[];
}

export interface ScalarNode {
  readonly value: unknown;
}

class PlainMap implements MapNode {
  constructor(readonly items: readonly PairNode[]) {}
}

class PlainSeq implements SeqNode {
  constructor(readonly items: readonly YamlNode[]) {}
}

class PlainScalar implements ScalarNode {
  constructor(readonly value: unknown) {}
}

export function plainMap(items: readonly PairNode[]): MapNode {
  return new PlainMap(items);
}

export function plainSeq(items: readonly YamlNode[]): SeqNode {
  return new PlainSeq(items);
}

export function plainScalar(value: unknown): ScalarNode {
  return new PlainScalar(value);
}

/** A sequence whose items were handed to a reader as they were read; it holds what the reader made of them, not nodes. */
class ReadItems extends PlainSeq {}

export function readItems(items: readonly unknown[]): SeqNode {
  return new ReadItems(items);
}

export function isReadItems(node: YamlNode): boolean {
  return node instanceof ReadItems;
}

export function isMapNode(node: YamlNode): node is MapNode {
  return node instanceof PlainMap || isMap(node);
}

export function isSeqNode(node: YamlNode): node is SeqNode {
  return node instanceof PlainSeq || isSeq(node);
}

export function isScalarNode(node: YamlNode): node is ScalarNode {
  return node instanceof PlainScalar || isScalar(node);
}

/** Offset of the node in its file; 0 for a wrapped plain value, which has none. */
export function offsetOf(node: YamlNode): number {
  return (node as { range?: readonly number[] | null }).range?.[0] ?? 0;
}

/** The value node under `key`, if the mapping has that key. */
export function field(map: MapNode, key: string): YamlNode | undefined {
  for (const pair of map.items) {
    if (isScalarNode(pair.key) && pair.key.value === key) return pair.value ?? undefined;
  }
  return undefined;
}

/** A value loaded by js-yaml (CORE schema: objects, arrays, strings, numbers, booleans, null) as nodes. */
export function plainNodes(value: unknown): YamlNode {
  if (Array.isArray(value)) return new PlainSeq(value.map(plainNodes));
  if (typeof value === 'object' && value !== null) {
    return new PlainMap(Object.entries(value).map(([key, item]) => ({ key: new PlainScalar(key), value: plainNodes(item) })));
  }
  return new PlainScalar(value);
}
