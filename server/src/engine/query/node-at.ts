/** What sits at an offset of a parsed file: the chain of YAML nodes, keys and list indexes. */
import { isMap, isPair, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ParsedFile } from '../parse/parse-file';

export interface NodeStep {
  node: Node;
  /** The key this node is the value of, when it is a map value. */
  key: string | undefined;
  index: number | undefined;
}

export interface NodeAt {
  /** Root first; the last step is the deepest node containing the offset. */
  steps: NodeStep[];
  /** Set when the offset is on a key: the key scalar and the data path to the map holding it. */
  onKey: { key: Scalar; name: string } | undefined;
  /** The data path of the deepest node (keys and indexes). */
  path: Array<string | number>;
}

function within(node: Node | null | undefined, offset: number): boolean {
  return !!node && !!node.range && node.range[0] <= offset && offset <= node.range[1];
}

export function nodeAt(file: ParsedFile, offset: number): NodeAt | undefined {
  const root = file.doc?.contents;
  if (!root || !within(root, offset)) return undefined;
  const steps: NodeStep[] = [{ node: root, key: undefined, index: undefined }];
  const path: Array<string | number> = [];
  let node: Node = root;
  for (let guard = 0; guard < 1000; guard++) {
    let next: NodeStep | undefined;
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const k = item.key as Node | null;
        const v = item.value as Node | null;
        const name = isScalar(k) ? String(k.value) : '';
        if (isScalar(k) && within(k, offset)) {
          return { steps, onKey: { key: k, name }, path: [...path, name] };
        }
        if (within(v, offset) && v) {
          next = { node: v, key: name, index: undefined };
          path.push(name);
          break;
        }
      }
    } else if (isSeq(node)) {
      const items = node.items as Array<Node | null>;
      for (let i = 0; i < items.length; i++) {
        const it = items[i];
        if (within(it, offset) && it) {
          next = { node: it, key: undefined, index: i };
          path.push(i);
          break;
        }
      }
    }
    if (!next) break;
    steps.push(next);
    node = next.node;
  }
  return { steps, onKey: undefined, path };
}
