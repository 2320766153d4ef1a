/**
 * The budget of a scope: campaign budgets by segment, channel, product and
 * month, and their sum against `plan.budget`. A campaign over several segments
 * (or channels) gives each an equal share; a month gets a campaign's budget in
 * proportion to the days of the schedule it holds.
 */
import type { ScopeIndex } from '../scope/scope-index';
import { apportion, splitEvenly } from './apportion';
import type { AmountOf } from './money';
import { daysPerMonth, monthsBetween } from './months';
import type { BudgetLine, BudgetMonth, BudgetSplit, BudgetView, TimelineCampaign } from './types';

class Lines {
  private readonly lines = new Map<string, { cents: number; campaigns: Set<string>; shared: boolean }>();

  add(key: string, cents: number, campaign: string, shared: boolean): void {
    let line = this.lines.get(key);
    if (!line) this.lines.set(key, (line = { cents: 0, campaigns: new Set(), shared: false }));
    line.cents += cents;
    line.campaigns.add(campaign);
    line.shared ||= shared;
  }

  /** Largest first, then by id. */
  result(labelOf: (key: string) => string, amountOf: AmountOf): BudgetLine[] {
    return [...this.lines]
      .map(([key, l]) => ({ key, label: labelOf(key), amount: amountOf(l.cents), campaigns: [...l.campaigns], shared: l.shared }))
      .sort((a, b) => b.amount.cents - a.amount.cents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

export function budgetOf(index: ScopeIndex, campaigns: readonly TimelineCampaign[], amountOf: AmountOf): BudgetView {
  const plan = index.plan;
  const bySegment = new Lines();
  const byChannel = new Lines();
  const byProduct = new Lines();
  const months = new Map<string, number>();
  if (plan?.period.start && plan.period.end && plan.period.start.value <= plan.period.end.value) {
    for (const m of monthsBetween(plan.period.start.value, plan.period.end.value)) months.set(m, 0);
  }
  const splits: BudgetSplit[] = [];
  let total = 0;
  let unscheduled = 0;
  for (const c of campaigns) {
    if (!c.budget) continue;
    const id = c.entity.id;
    const cents = c.budget.cents;
    total += cents;
    const spread = (lines: Lines, keys: readonly string[], over: BudgetSplit['over']): void => {
      const parts = keys.length ? keys : [''];
      const shares = splitEvenly(cents, parts.length);
      parts.forEach((k, i) => lines.add(k, shares[i], id, parts.length > 1));
      if (parts.length > 1) splits.push({ campaign: id, over, parts: parts.length, amount: c.budget ?? amountOf(cents) });
    };
    spread(bySegment, c.segments, 'segments');
    spread(byChannel, c.channels, 'channels');
    byProduct.add(c.product ?? '', cents, id, false);
    if (!c.schedule) {
      unscheduled += cents;
      continue;
    }
    const days = daysPerMonth(c.schedule.start, c.schedule.end);
    const shares = apportion(
      cents,
      days.map((d) => d.days),
    );
    days.forEach((d, i) => months.set(d.month, (months.get(d.month) ?? 0) + shares[i]));
  }
  const name =
    (kind: 'segment' | 'channel' | 'product', none: string) =>
    (key: string): string => {
      if (key === '') return none;
      const e = index.get(kind, key);
      return (e && 'name' in e && e.name) || key;
    };
  const byMonth: BudgetMonth[] = [...months]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, cents]) => ({ month, amount: amountOf(cents) }));
  const planBudget = plan?.budget ? { cents: plan.budget.value.cents, text: plan.budget.value.text } : undefined;
  return {
    currency: plan?.currency?.value,
    total: amountOf(total),
    planBudget,
    remaining: planBudget ? amountOf(planBudget.cents - total) : undefined,
    over: planBudget !== undefined && total > planBudget.cents,
    bySegment: bySegment.result(name('segment', 'no segment'), amountOf),
    byChannel: byChannel.result(name('channel', 'no channel'), amountOf),
    byProduct: byProduct.result(name('product', 'no product'), amountOf),
    byMonth,
    unscheduled: amountOf(unscheduled),
    splits,
    withoutBudget: campaigns.filter((c) => !c.budget).map((c) => c.entity),
  };
}
