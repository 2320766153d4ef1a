/** The cross-file index of one scope: every entity by kind and id, every reference. */
import { BUILTIN_CHANNELS, DOWNSTREAM_METRICS, UPSTREAM_METRICS } from '../../../../schemas/plan';
import type { FileModel } from '../model/types';
import type {
  CampaignEntity,
  ChannelEntity,
  Entity,
  InitiativeEntity,
  PlanEntity,
  ProductEntity,
  Ref,
  RefKind,
  ResearchEntity,
  SegmentEntity,
  ValuePropEntity,
} from '../model/types';

type Indexed = Exclude<Entity, PlanEntity>;
type Kind = Indexed['kind'];

export interface Duplicate {
  entity: Entity;
  first: Entity;
}

export const BUILTIN_CHANNEL_SET: ReadonlySet<string> = new Set(BUILTIN_CHANNELS);
export const METRICS: readonly string[] = [...DOWNSTREAM_METRICS, ...UPSTREAM_METRICS];
export const METRIC_SET: ReadonlySet<string> = new Set(METRICS);
export const DOWNSTREAM_METRIC_SET: ReadonlySet<string> = new Set(DOWNSTREAM_METRICS);

/** A file's references grouped by what they name (`kind\0id`; metrics name no entity), made once per model. */
const groups = new WeakMap<FileModel, Map<string, Ref[]>>();
function refGroups(m: FileModel): Map<string, Ref[]> {
  let g = groups.get(m);
  if (!g) {
    g = new Map<string, Ref[]>();
    for (const r of m.refs) {
      if (r.kind === 'metric') continue;
      const key = `${r.kind}\0${r.id}`;
      const list = g.get(key);
      if (list) list.push(r);
      else g.set(key, [r]);
    }
    groups.set(m, g);
  }
  return g;
}

/** A file's references written outside campaigns, made once per model. */
const outside = new WeakMap<FileModel, Ref[]>();
function refsOutsideCampaigns(m: FileModel): Ref[] {
  let list = outside.get(m);
  if (!list) outside.set(m, (list = m.refs.filter((r) => r.owner.kind !== 'campaign')));
  return list;
}

export class ScopeIndex {
  readonly plans: PlanEntity[] = [];
  readonly research: ResearchEntity[] = [];
  readonly segments: SegmentEntity[] = [];
  readonly channels: ChannelEntity[] = [];
  readonly products: ProductEntity[] = [];
  readonly valueProps: ValuePropEntity[] = [];
  readonly initiatives: InitiativeEntity[] = [];
  readonly campaigns: CampaignEntity[] = [];
  private allRefs: Ref[] | undefined;
  /** The references not written in a campaign of `campaigns`: in upstream entities, or in a campaign whose id was taken before. */
  readonly upstreamRefs: Ref[] = [];
  readonly duplicates: Duplicate[] = [];
  private readonly byKind = new Map<Kind, Map<string, Indexed>>();
  /** The references to each indexed entity, by `kind\0id`, gathered when first asked. */
  private readonly refsTo = new Map<string, Ref[]>();

  /** `models` must be in path order. */
  constructor(readonly models: readonly FileModel[]) {
    // One map per kind, made once: the loops below look nothing up by kind per entity.
    const research = this.mapOf('research');
    const segments = this.mapOf('segment');
    const channels = this.mapOf('channel');
    const products = this.mapOf('product');
    const valueProps = this.mapOf('valueProp');
    const initiatives = this.mapOf('initiative');
    const campaigns = this.mapOf('campaign');
    for (const m of models) {
      if (m.plan) this.plans.push(m.plan);
      this.add(m.research, this.research, research);
      this.add(m.segments, this.segments, segments);
      this.add(m.channels, this.channels, channels);
      this.add(m.products, this.products, products);
      this.add(m.valueProps, this.valueProps, valueProps);
      this.add(m.initiatives, this.initiatives, initiatives);
      this.add(m.campaigns, this.campaigns, campaigns);
    }
    // Each file's references outside campaigns are kept with its model; a campaign whose id was taken before is not indexed, so its references are not judged with it.
    const taken = new Set<Entity>(this.duplicates.filter((d) => d.entity.kind === 'campaign').map((d) => d.entity));
    for (const m of models) {
      if (!taken.size) {
        for (const r of refsOutsideCampaigns(m)) this.upstreamRefs.push(r);
        continue;
      }
      for (const r of m.refs) if (r.owner.kind !== 'campaign' || taken.has(r.owner)) this.upstreamRefs.push(r);
    }
  }

  /** Every reference written in the scope, in path order. */
  get refs(): readonly Ref[] {
    return (this.allRefs ??= this.models.flatMap((m) => m.refs));
  }

  private mapOf(kind: Kind): Map<string, Indexed> {
    const map = new Map<string, Indexed>();
    this.byKind.set(kind, map);
    return map;
  }

  private add<T extends Indexed>(items: readonly T[], into: T[], map: Map<string, Indexed>): void {
    for (const e of items) {
      const first = map.get(e.id);
      if (first) {
        this.duplicates.push({ entity: e, first });
        continue;
      }
      map.set(e.id, e);
      into.push(e);
    }
  }

  /** The plan of the scope: the first `plan:` in path order. */
  get plan(): PlanEntity | undefined {
    return this.plans[0];
  }

  get<K extends Kind>(kind: K, id: string): Extract<Indexed, { kind: K }> | undefined {
    return this.byKind.get(kind)?.get(id) as Extract<Indexed, { kind: K }> | undefined;
  }

  segment(id: string): SegmentEntity | undefined {
    return this.get('segment', id);
  }

  /** The entity a reference names (built-in channels and metrics resolve to nothing but are known). */
  resolve(ref: Ref): Indexed | undefined {
    if (ref.kind === 'metric') return undefined;
    return this.get(ref.kind, ref.id);
  }

  /** True when the reference names something that exists (declared or built in). */
  isKnown(ref: { kind: RefKind; id: string }): boolean {
    if (ref.kind === 'metric') return METRIC_SET.has(ref.id);
    if (ref.kind === 'channel' && BUILTIN_CHANNEL_SET.has(ref.id)) return true;
    return !!this.get(ref.kind, ref.id);
  }

  /** Ids a reference of this kind could name, in declaration order. */
  candidates(kind: RefKind): string[] {
    if (kind === 'metric') return [...METRICS];
    const declared = [...(this.byKind.get(kind)?.keys() ?? [])];
    return kind === 'channel' ? [...declared, ...BUILTIN_CHANNELS] : declared;
  }

  /** The references that name `entity`, in path order: none when another entity holds its id (the first in path order does). */
  referencesTo(entity: Entity): readonly Ref[] {
    if (entity.kind === 'plan' || this.get(entity.kind, entity.id) !== entity) return [];
    const key = `${entity.kind}\0${entity.id}`;
    let list = this.refsTo.get(key);
    if (!list) {
      list = [];
      for (const m of this.models) {
        const group = refGroups(m).get(key);
        if (group) for (const r of group) list.push(r);
      }
      this.refsTo.set(key, list);
    }
    return list;
  }

  private readonly segmentsOf = new Map<CampaignEntity, SegmentEntity[]>();

  /** Segments the campaign targets that resolve (computed once per campaign). */
  campaignSegments(c: CampaignEntity): SegmentEntity[] {
    let cached = this.segmentsOf.get(c);
    if (!cached) this.segmentsOf.set(c, (cached = this.resolveSegments(c)));
    return cached;
  }

  private resolveSegments(c: CampaignEntity): SegmentEntity[] {
    const out: SegmentEntity[] = [];
    for (const r of c.segments?.items ?? []) {
      const s = this.segment(r.id);
      if (s && !out.includes(s)) out.push(s);
    }
    return out;
  }

  private readonly backing = new Map<SegmentEntity, ResearchEntity[]>();

  /** Research that backs a segment: its evidence plus every research naming it (computed once per segment). */
  researchBacking(s: SegmentEntity): ResearchEntity[] {
    let cached = this.backing.get(s);
    if (!cached) this.backing.set(s, (cached = this.computeBacking(s)));
    return cached;
  }

  private computeBacking(s: SegmentEntity): ResearchEntity[] {
    const out: ResearchEntity[] = [];
    for (const r of s.evidence?.items ?? []) {
      const res = this.get('research', r.id);
      if (res && !out.includes(res)) out.push(res);
    }
    for (const ref of this.referencesTo(s)) {
      if (ref.owner.kind === 'research') {
        const res = this.get('research', ref.owner.id);
        if (res === ref.owner && !out.includes(res)) out.push(res);
      }
    }
    return out;
  }
}
