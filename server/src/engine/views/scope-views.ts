/** Every view of one analysed scope: plan summary, timeline, budget, map, findings. */
import type { ScopeAnalysis } from '../analyze';
import type { CampaignEntity } from '../model/types';
import { budgetOf } from './budget';
import { entityRef } from './entities';
import { amountStyle } from './money';
import { planMapOf } from './plan-map';
import { rangeOf, timelineOf } from './timeline';
import type { PlanSummary, ScopeViews } from './types';
import { countsOf, EntryIndex, findingsByOwner, viewFindings } from './view-findings';

export function scopeViews(analysis: ScopeAnalysis): ScopeViews {
  const index = analysis.index;
  const amountOf = amountStyle(index);
  const findings = viewFindings(analysis.findings, new EntryIndex(index));
  const byOwner = findingsByOwner(findings);
  const budgetText = (c: CampaignEntity) => (c.budget ? { cents: c.budget.value.cents, text: c.budget.value.text } : undefined);
  const timeline = timelineOf(index, byOwner, budgetText);
  const p = index.plan;
  const plan: PlanSummary | undefined = p && {
    entity: entityRef(p),
    name: p.name ?? p.id,
    period: rangeOf(p.period.start?.value, p.period.end?.value),
    currency: p.currency?.value,
    budget: p.budget ? { cents: p.budget.value.cents, text: p.budget.value.text } : undefined,
    mission: p.mission?.value,
    identity: p.identity?.value,
  };
  return {
    root: analysis.scope.root,
    files: analysis.scope.files.map((f) => f.path),
    plan,
    timeline,
    budget: budgetOf(index, timeline.campaigns, amountOf),
    map: planMapOf(index, timeline.campaigns, byOwner),
    findings,
    counts: countsOf(findings),
  };
}
