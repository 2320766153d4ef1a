/** The timeline of a scope: the plan period, upstream milestones and each campaign's schedule with its sign-offs. */
import type { CampaignEntity, InitiativeEntity } from '../model/types';
import { compareDates } from '../model/dates';
import type { ScopeIndex } from '../scope/scope-index';
import { entityRef, keyOf } from './entities';
import { countsOf, worstOf } from './view-findings';
import type { Amount, DateRange, EntityKey, Milestone, MilestoneKind, SignOffDate, Timeline, TimelineCampaign, ViewFinding } from './types';

/** A schedule or period whose both ends are valid dates, the end not before the start. */
export function rangeOf(start: string | undefined, end: string | undefined): DateRange | undefined {
  if (start === undefined || end === undefined || compareDates(start, end) > 0) return undefined;
  return { start, end };
}

/** Initiatives by the segment and product ids they name (declaration order kept). */
class InitiativesByTarget {
  readonly bySegment = new Map<string, InitiativeEntity[]>();
  readonly byProduct = new Map<string, InitiativeEntity[]>();
  /** Position in the scope's declaration order. */
  readonly order = new Map<InitiativeEntity, number>();

  constructor(index: ScopeIndex) {
    const add = (m: Map<string, InitiativeEntity[]>, id: string, i: InitiativeEntity): void => {
      let list = m.get(id);
      if (!list) m.set(id, (list = []));
      if (!list.includes(i)) list.push(i);
    };
    for (const i of index.initiatives) {
      this.order.set(i, this.order.size);
      for (const r of i.segments?.items ?? []) add(this.bySegment, r.id, i);
      for (const r of i.products?.items ?? []) add(this.byProduct, r.id, i);
    }
  }
}

function upstreamOf(c: CampaignEntity, index: ScopeIndex, dated: ReadonlySet<EntityKey>, initiatives: InitiativesByTarget): EntityKey[] {
  const out: EntityKey[] = [];
  const add = (key: EntityKey): void => {
    if (dated.has(key) && !out.includes(key)) out.push(key);
  };
  const segments = index.campaignSegments(c);
  for (const s of segments) for (const r of index.researchBacking(s)) add(keyOf('research', r.id));
  const product = c.product?.id;
  if (product !== undefined) add(keyOf('product', product));
  const found = new Set<InitiativeEntity>();
  for (const s of segments) for (const i of initiatives.bySegment.get(s.id) ?? []) found.add(i);
  if (product !== undefined) for (const i of initiatives.byProduct.get(product) ?? []) found.add(i);
  // In declaration order.
  for (const i of [...found].sort((a, b) => (initiatives.order.get(a) ?? 0) - (initiatives.order.get(b) ?? 0)))
    add(keyOf('initiative', i.id));
  return out;
}

function signOffsOf(c: CampaignEntity): SignOffDate[] {
  const out: SignOffDate[] = [];
  for (const kind of ['salesReview', 'pretest', 'compliance'] as const) {
    const on = c[kind]?.on?.value;
    if (on !== undefined) out.push({ kind, date: on });
  }
  return out;
}

const MILESTONE_ORDER: readonly MilestoneKind[] = ['research-completed', 'product-available', 'initiative-due'];

export function timelineOf(
  index: ScopeIndex,
  byOwner: ReadonlyMap<EntityKey, ViewFinding[]>,
  budgetOf: (c: CampaignEntity) => Amount | undefined,
): Timeline {
  const plan = index.plan;
  const period = rangeOf(plan?.period.start?.value, plan?.period.end?.value);
  const milestones: Milestone[] = [];
  const milestone = (kind: MilestoneKind, entity: Milestone['entity'], date: string | undefined): void => {
    if (date === undefined) return;
    const findings = byOwner.get(entity.key) ?? [];
    milestones.push({ kind, entity, date, findings, counts: countsOf(findings) });
  };
  for (const r of index.research) milestone('research-completed', entityRef(r), r.completed?.value);
  for (const p of index.products) milestone('product-available', entityRef(p), p.available?.value);
  for (const i of index.initiatives) milestone('initiative-due', entityRef(i), i.due?.value);
  milestones.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      MILESTONE_ORDER.indexOf(a.kind) - MILESTONE_ORDER.indexOf(b.kind) ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0),
  );
  const dated = new Set(milestones.map((m) => m.entity.key));
  const initiatives = new InitiativesByTarget(index);

  const campaigns: TimelineCampaign[] = index.campaigns.map((c) => {
    const entity = entityRef(c);
    const findings = byOwner.get(entity.key) ?? [];
    const counts = countsOf(findings);
    return {
      entity,
      status: c.status,
      product: c.product?.id,
      segments: [...new Set((c.segments?.items ?? []).map((r) => r.id))],
      channels: [...new Set((c.channels?.items ?? []).map((r) => r.id))],
      schedule: rangeOf(c.schedule?.start?.value, c.schedule?.end?.value),
      budget: budgetOf(c),
      signOffs: signOffsOf(c),
      upstream: upstreamOf(c, index, dated, initiatives),
      findings,
      counts,
      worst: worstOf(counts),
    };
  });
  campaigns.sort(compareCampaigns);

  const dates: string[] = [];
  if (period) dates.push(period.start, period.end);
  for (const m of milestones) dates.push(m.date);
  for (const c of campaigns) {
    if (c.schedule) dates.push(c.schedule.start, c.schedule.end);
    for (const s of c.signOffs) dates.push(s.date);
  }
  dates.sort(compareDates);
  const axis = dates.length ? { start: dates[0], end: dates[dates.length - 1] } : undefined;
  return { period, axis, milestones, campaigns };
}

function compareCampaigns(a: TimelineCampaign, b: TimelineCampaign): number {
  const byId = a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0;
  if (!a.schedule || !b.schedule) return (a.schedule ? -1 : 0) + (b.schedule ? 1 : 0) || byId;
  return compareDates(a.schedule.start, b.schedule.start) || compareDates(a.schedule.end, b.schedule.end) || byId;
}
