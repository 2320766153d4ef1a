/**
 * Findings placed on the entities that hold them: a finding belongs to the
 * entity whose entry (its YAML map) contains the finding's start, and relates
 * to the entities holding its related places. Lookup is a binary search over
 * each file's entries, so placing every finding of a large plan stays fast.
 */
import type { Finding, Severity } from '../findings';
import type { CampaignEntity, Entity } from '../model/types';
import { findRule } from '../rules/registry';
import type { ScopeIndex } from '../scope/scope-index';
import { keyOf } from './entities';
import type { CampaignPart, EntityKey, SeverityCounts, ViewFinding } from './types';

interface Entry {
  start: number;
  end: number;
  key: EntityKey;
  campaign: CampaignEntity | undefined;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

export function countsOf(findings: readonly ViewFinding[]): SeverityCounts {
  const c = emptyCounts();
  for (const f of findings) c[f.severity]++;
  return c;
}

export function worstOf(counts: SeverityCounts): Severity | undefined {
  return SEVERITY_ORDER.find((s) => counts[s] > 0);
}

/** Entries of one scope, per file, sorted by start. */
export class EntryIndex {
  private readonly byFile = new Map<string, Entry[]>();

  constructor(index: ScopeIndex) {
    const add = (e: Entity, key: EntityKey, campaign?: CampaignEntity): void => {
      const r = e.map.range;
      if (!r) return;
      let list = this.byFile.get(e.file.path);
      if (!list) this.byFile.set(e.file.path, (list = []));
      list.push({ start: r[0], end: r[1], key, campaign });
    };
    const plan = index.plan;
    if (plan) add(plan, keyOf('plan', plan.id));
    for (const e of index.research) add(e, keyOf('research', e.id));
    for (const e of index.segments) add(e, keyOf('segment', e.id));
    for (const e of index.channels) add(e, keyOf('channel', e.id));
    for (const e of index.products) add(e, keyOf('product', e.id));
    for (const e of index.initiatives) add(e, keyOf('initiative', e.id));
    for (const e of index.campaigns) add(e, keyOf('campaign', e.id), e);
    for (const list of this.byFile.values()) list.sort((a, b) => a.start - b.start);
  }

  /** The entry holding an offset of a file (the innermost start at or before it whose end is not before it). */
  at(file: string, offset: number): Entry | undefined {
    const list = this.byFile.get(file);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0; i--) if (list[i].end >= offset) return list[i];
    return undefined;
  }
}

const PARTS: ReadonlyArray<CampaignPart> = ['schedule', 'salesReview', 'pretest', 'compliance', 'budget'];

function partOf(c: CampaignEntity, offset: number): CampaignPart | undefined {
  for (const part of PARTS) {
    const node = part === 'schedule' ? c.schedule?.map : part === 'budget' ? c.budget?.node : c[part]?.map;
    const key = part === 'schedule' ? c.schedule?.key : part === 'budget' ? c.budget?.key : c[part]?.key;
    const start = key?.range?.[0] ?? node?.range?.[0];
    const end = node?.range?.[1] ?? key?.range?.[1];
    if (start !== undefined && end !== undefined && offset >= start && offset <= end) return part;
  }
  return undefined;
}

export function viewFindings(findings: readonly Finding[], entries: EntryIndex): ViewFinding[] {
  const out: ViewFinding[] = [];
  for (const f of findings) {
    if (f.suppressed) continue;
    const owner = entries.at(f.file, f.span.offset);
    const related = new Set<EntityKey>();
    for (const r of f.related) {
      const e = entries.at(r.file, r.span.offset);
      if (e && e.key !== owner?.key) related.add(e.key);
    }
    const relatedEntities = [...related];
    out.push({
      code: f.code,
      name: f.name,
      group: findRule(f.code)?.meta.group ?? 'structure',
      severity: f.severity,
      message: f.message,
      place: { file: f.file, range: f.range },
      owner: owner?.key,
      part: owner?.campaign ? partOf(owner.campaign, f.span.offset) : undefined,
      relatedEntities,
      related: f.related.map((r) => ({ place: { file: r.file, range: r.range }, message: r.message })),
    });
  }
  return out;
}

/** Findings grouped by the entity that holds them. */
export function findingsByOwner(findings: readonly ViewFinding[]): Map<EntityKey, ViewFinding[]> {
  const m = new Map<EntityKey, ViewFinding[]>();
  for (const f of findings) {
    if (!f.owner) continue;
    let list = m.get(f.owner);
    if (!list) m.set(f.owner, (list = []));
    list.push(f);
  }
  return m;
}
