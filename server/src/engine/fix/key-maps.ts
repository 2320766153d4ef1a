/** Which map holds the key at an offset: the map an unknown key's rename would write into. */
import { isScalar, visit, type Node, type YAMLMap } from 'yaml';
import type { ParsedFile } from '../parse/parse-file';
import { scalarText } from '../parse/yaml-nodes';

const cache = new WeakMap<ParsedFile, Map<number, YAMLMap>>();

function index(file: ParsedFile): Map<number, YAMLMap> {
  let byKey = cache.get(file);
  if (byKey) return byKey;
  const built = new Map<number, YAMLMap>();
  if (file.doc) {
    visit(file.doc, {
      Map(_k, map) {
        for (const item of map.items) {
          const key = item.key as Node | null;
          if (key?.range) built.set(key.range[0], map);
        }
        return undefined;
      },
    });
  }
  cache.set(file, (byKey = built));
  return byKey;
}

/** The map whose key starts at `offset`. */
export function mapOfKey(file: ParsedFile, offset: number): YAMLMap | undefined {
  return index(file).get(offset);
}

/** The keys a map holds, as text. */
export function keysOf(map: YAMLMap): Set<string> {
  const out = new Set<string>();
  for (const item of map.items) {
    const key = item.key as Node | null;
    if (key && isScalar(key) && key.value !== null) out.add(scalarText(key.value));
  }
  return out;
}

/** The offset that identifies a map in `KeyWrite` (its start). */
export function mapId(map: YAMLMap): number {
  return map.range?.[0] ?? 0;
}
