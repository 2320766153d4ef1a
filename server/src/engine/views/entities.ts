/** Entity references for views: keys, labels and the place of each entity's id. */
import type { Entity } from '../model/types';
import { spanOf } from '../parse/yaml-nodes';
import type { EntityKey, EntityRef, Place, ViewEntityKind } from './types';

export type ViewEntity = Extract<Entity, { kind: ViewEntityKind }>;

export function keyOf(kind: ViewEntityKind, id: string): EntityKey {
  return `${kind}:${id}`;
}

function labelOf(e: ViewEntity): string {
  return ('name' in e && typeof e.name === 'string' && e.name) || e.id;
}

function idPlace(e: Entity): Place {
  const src = e.file.source;
  return { file: e.file.path, range: src.rangeOf(src.normalize(spanOf(e.idNode, src))) };
}

export function entityRef(e: ViewEntity): EntityRef {
  return { key: keyOf(e.kind, e.id), kind: e.kind, id: e.id, label: labelOf(e), place: idPlace(e) };
}
