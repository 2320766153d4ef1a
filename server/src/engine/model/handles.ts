/**
 * Handles: what the model keeps of the YAML nodes it was read from. A handle
 * tells where its node is written (yaml's `range`: start, end of the value,
 * end of the node), which is all a finding needs, and holds the node itself
 * only when the model was built to offer fixes (`WITH_NODES`).
 *
 * A model built with `OFFSETS_ONLY` does not keep its file's tree alive: the
 * CLI, when no output it was asked for shows fixes, releases each tree as
 * soon as its file is modelled, and its memory then follows the plan, not the
 * parser. The fix helpers (`fix/`) are the only readers of `node`.
 */
import { isNode, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** Anything placed in a file's text by a yaml-style range: a node or a handle. */
export interface Placed {
  readonly range?: readonly [number, number, number] | null;
}

/** A node as written. */
export interface At<N extends Node = Node> extends Placed {
  readonly start: number;
  readonly range: [number, number, number];
  /** The node, when the model keeps nodes. */
  readonly node: N | undefined;
}

/** A list as written: also its number of items (whatever they are). */
export interface SeqAt extends At<YAMLSeq> {
  readonly count: number;
}

export type ScalarAt = At<Scalar>;
export type MapAt = At<YAMLMap>;

/** A handle holding its node: where it is written is read from the node (the language server's re-parse moves it). */
class Held<N extends Node> implements At<N> {
  constructor(readonly node: N) {}

  get start(): number {
    return this.node.range?.[0] ?? 0;
  }

  get range(): [number, number, number] {
    const r = this.node.range;
    return r ? [r[0], r[1], r[2]] : [0, 0, 0];
  }
}

class HeldSeq extends Held<YAMLSeq> implements SeqAt {
  get count(): number {
    return this.node.items.length;
  }
}

/** A handle of offsets only. */
class Offsets<N extends Node> implements At<N> {
  constructor(
    readonly start: number,
    private readonly valueEnd: number,
    private readonly end: number,
  ) {}

  get range(): [number, number, number] {
    return [this.start, this.valueEnd, this.end];
  }

  get node(): N | undefined {
    return undefined;
  }
}

class OffsetsSeq extends Offsets<YAMLSeq> implements SeqAt {
  constructor(
    start: number,
    valueEnd: number,
    end: number,
    readonly count: number,
  ) {
    super(start, valueEnd, end);
  }
}

/** Makes a model's handles: with their nodes (the language server, and any analysis asked for fixes) or offsets only. */
export interface Handles {
  readonly nodes: boolean;
  at<N extends Node>(node: N): At<N>;
  seq(seq: YAMLSeq): SeqAt;
}

/** The maker of a model that keeps its nodes (the default). */
export const WITH_NODES: Handles = Object.freeze({
  nodes: true,
  at: <N extends Node>(node: N): At<N> => new Held(node),
  seq: (seq: YAMLSeq): SeqAt => new HeldSeq(seq),
});

/** The maker of a model for findings only: offsets, no nodes (its file's tree can go). */
export const OFFSETS_ONLY: Handles = Object.freeze({
  nodes: false,
  at: <N extends Node>(node: N): At<N> => {
    const r = node.range;
    return r ? new Offsets<N>(r[0], r[1], r[2]) : new Offsets<N>(0, 0, 0);
  },
  seq: (seq: YAMLSeq): SeqAt => {
    const r = seq.range;
    return r ? new OffsetsSeq(r[0], r[1], r[2], seq.items.length) : new OffsetsSeq(0, 0, 0, seq.items.length);
  },
});

/** The node a handle stands for (or the node itself); undefined when the model was built without nodes. */
export function nodeOf<N extends Node>(x: At<N> | N): N | undefined {
  return isNode(x) ? x : x.node;
}
