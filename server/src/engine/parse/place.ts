/**
 * A data path (`downstream.campaigns[0].offer.discount`) said for people: the entity it
 * falls in, by name, and the keys below it as the plan writes them
 * ("offer.discount in campaign Spring launch ads (spring-launch)"), per locale through
 * the `place.*` phrases. Without an entity with an id, the path as written.
 */
import { isMap, isScalar, type Document } from 'yaml';
import { entity, phrase, type MessageArg } from '../messages/message';
import { locate } from './locate';
import { findPair } from './yaml-nodes';

type PlaceKind = 'plan' | 'research' | 'segment' | 'channel' | 'product' | 'valueProp' | 'initiative' | 'campaign';

const UPSTREAM_LISTS: Readonly<Record<string, PlaceKind>> = {
  research: 'research',
  segments: 'segment',
  channels: 'channel',
  products: 'product',
  initiatives: 'initiative',
};

/** The data path as plan syntax: `a.b[0].c`. */
export function pathLabel(path: readonly PropertyKey[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${String(seg)}` : String(seg);
  return s;
}

/** The deepest entity the path falls in: its kind and how many segments lead to it. */
function entityPrefix(path: readonly PropertyKey[]): { kind: PlaceKind; length: number } | undefined {
  const [a, b, c, d, e] = path;
  if (a === 'upstream' && b === 'products' && typeof c === 'number' && d === 'valueProps' && typeof e === 'number')
    return { kind: 'valueProp', length: 5 };
  if (a === 'upstream' && typeof b === 'string' && UPSTREAM_LISTS[b] && typeof c === 'number')
    return { kind: UPSTREAM_LISTS[b], length: 3 };
  if (a === 'downstream' && b === 'campaigns' && typeof c === 'number') return { kind: 'campaign', length: 3 };
  if (a === 'plan') return { kind: 'plan', length: 1 };
  return undefined;
}

const text = (v: unknown): string | undefined =>
  isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '' ? v.value : undefined;
/** An entity is named by its id only when the id is well formed (a malformed id is the problem itself). */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function placeOf(doc: Document.Parsed | undefined, path: readonly PropertyKey[]): MessageArg {
  if (path.length === 0) return phrase('place.file');
  const prefix = entityPrefix(path);
  const at = prefix && doc ? locate(doc, path.slice(0, prefix.length)) : undefined;
  const id = at && prefix && at.depth === prefix.length && isMap(at.node) ? text(findPair(at.node, 'id')?.value) : undefined;
  if (!prefix || !at || !isMap(at.node) || id === undefined || !ID.test(id)) return pathLabel(path);
  const who = entity({ id, name: text(findPair(at.node, 'name')?.value) });
  const key = pathLabel(path.slice(prefix.length));
  return key ? phrase(`place.${prefix.kind}.key`, { key, entity: who }) : phrase(`place.${prefix.kind}`, { entity: who });
}
