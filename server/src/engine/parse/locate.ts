/** Find the YAML node a data path (as zod reports it) points at. */
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { findPair } from './yaml-nodes';

export interface Located {
  /** The deepest node reached along the path. */
  node: Node;
  /** How many path segments were resolved to reach `node`. */
  depth: number;
  /** The key whose value is `node`, when `node` is a map value. */
  key: Scalar | undefined;
  /** The map whose value is `node`'s map, and key of the map that holds `node` (for missing keys). */
  trail: TrailStep[];
}

export interface TrailStep {
  node: Node;
  /** The key (a pair key) whose value this node is, if any. */
  key: Scalar | undefined;
  /** The list index this node is at, if it is a list item. */
  index: number | undefined;
}

export function locate(doc: Document.Parsed, path: readonly PropertyKey[]): Located | undefined {
  const root = doc.contents;
  if (!root) return undefined;
  const trail: TrailStep[] = [{ node: root, key: undefined, index: undefined }];
  let node: Node = root;
  let depth = 0;
  for (const seg of path) {
    let next: Node | undefined;
    let key: Scalar | undefined;
    let index: number | undefined;
    if (isMap(node) && typeof seg === 'string') {
      const pair = findPair(node, seg);
      if (!pair) break;
      key = isScalar(pair.key) ? pair.key : undefined;
      next = pair.value ?? undefined;
      if (!next) {
        // A key with no value: stop at the key.
        if (key) {
          trail.push({ node: key, key, index: undefined });
          return { node: key, depth: depth + 1, key, trail };
        }
        break;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item || typeof item !== 'object') break;
      next = item as Node;
      index = seg;
    } else break;
    node = next;
    depth++;
    trail.push({ node, key, index });
  }
  const last = trail[trail.length - 1];
  return { node, depth, key: last.key, trail };
}
