/** Which entity or reference sits at an offset: the base of hover, definition, references, rename. */
import type { Entity, FileModel, Ref } from '../model/types';
import type { ScopeIndex } from '../scope/scope-index';

export type Target = { kind: 'ref'; ref: Ref; entity: Entity | undefined } | { kind: 'entity'; entity: Entity };

function inside(node: { range?: [number, number, number] | null }, offset: number): boolean {
  const r = node.range;
  return !!r && r[0] <= offset && offset <= r[1];
}

function entitiesOf(model: FileModel): Entity[] {
  const list: Entity[] = [];
  if (model.plan) list.push(model.plan);
  list.push(
    ...model.research,
    ...model.segments,
    ...model.channels,
    ...model.products,
    ...model.valueProps,
    ...model.initiatives,
    ...model.campaigns,
  );
  return list;
}

export function targetAt(model: FileModel, index: ScopeIndex, offset: number): Target | undefined {
  for (const ref of model.refs) {
    if (inside(ref.node, offset)) return { kind: 'ref', ref, entity: index.resolve(ref) };
  }
  for (const e of entitiesOf(model)) {
    if (e.kind !== 'plan' && inside(e.idNode, offset)) return { kind: 'entity', entity: e };
  }
  return undefined;
}

/** The entity whose map contains the offset (innermost: a value prop before its product). */
export function enclosingEntity(model: FileModel, offset: number): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entitiesOf(model)) {
    if (!inside(e.map, offset)) continue;
    if (!best || (e.map.range && best.map.range && e.map.range[0] >= best.map.range[0])) best = e;
  }
  return best;
}
