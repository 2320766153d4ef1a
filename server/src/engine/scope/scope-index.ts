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

export class ScopeIndex {
  readonly plans: PlanEntity[] = [];
  readonly research: ResearchEntity[] = [];
  readonly segments: SegmentEntity[] = [];
  readonly channels: ChannelEntity[] = [];
  readonly products: ProductEntity[] = [];
  readonly valueProps: ValuePropEntity[] = [];
  readonly initiatives: InitiativeEntity[] = [];
  readonly campaigns: CampaignEntity[] = [];
  readonly refs: Ref[] = [];
  /** The references not written in a campaign of `campaigns`: in upstream entities, or in a campaign whose id was taken before. */
  readonly upstreamRefs: Ref[] = [];
  readonly duplicates: Duplicate[] = [];
  private readonly byKind = new Map<Kind, Map<string, Indexed>>();
  private readonly refsTo = new Map<Entity, Ref[]>();

  /** `models` must be in path order. */
  constructor(readonly models: readonly FileModel[]) {
    for (const m of models) {
      if (m.plan) this.plans.push(m.plan);
      this.add(m.research, this.research);
      this.add(m.segments, this.segments);
      this.add(m.channels, this.channels);
      this.add(m.products, this.products);
      this.add(m.valueProps, this.valueProps);
      this.add(m.initiatives, this.initiatives);
      this.add(m.campaigns, this.campaigns);
      for (const r of m.refs) this.refs.push(r);
    }
    const takenIds = new Set<Entity>(this.duplicates.map((d) => d.entity));
    for (const r of this.refs) {
      if (r.owner.kind !== 'campaign' || takenIds.has(r.owner)) this.upstreamRefs.push(r);
      const target = this.resolve(r);
      if (!target) continue;
      let list = this.refsTo.get(target);
      if (!list) this.refsTo.set(target, (list = []));
      list.push(r);
    }
  }

  private add<T extends Indexed>(items: readonly T[], into: T[]): void {
    for (const e of items) {
      let map = this.byKind.get(e.kind);
      if (!map) this.byKind.set(e.kind, (map = new Map<string, Indexed>()));
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

  referencesTo(entity: Entity): readonly Ref[] {
    return this.refsTo.get(entity) ?? [];
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
