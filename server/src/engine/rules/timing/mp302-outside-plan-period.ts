import { isAfter, isBefore } from '../../model/dates';
import type { CampaignEntity, Field, PlanEntity } from '../../model/types';
import { setDate } from '../../fix/edits';
import type { Rule, RuleContext } from '../rule';
import { entity } from '../../messages/message';

type Side = 'starts' | 'ends';

/** Reports one schedule date outside the period, clamped to the nearer bound. */
function checkDate(ctx: RuleContext, plan: PlanEntity, c: CampaignEntity, side: Side, date: Field<string>): void {
  const { start, end } = plan.period;
  let bound: Field<string> | undefined;
  let messageId = '';
  if (start && isBefore(date.value, start.value)) {
    bound = start;
    messageId = side === 'starts' ? 'startsBeforePeriod' : 'endsBeforePeriod';
  } else if (end && isAfter(date.value, end.value)) {
    bound = end;
    messageId = side === 'starts' ? 'startsAfterPeriod' : 'endsAfterPeriod';
  }
  if (!bound) return;
  ctx.report({
    file: c.file,
    node: date.node,
    messageId,
    data: { campaign: entity(c), date: date.value, bound: bound.value },
    related: [
      {
        file: plan.file,
        node: bound.node,
        messageId: bound === start ? 'related.periodStarts' : 'related.periodEnds',
        data: { bound: bound.value },
      },
    ],
    fixes: [
      {
        titleId: side === 'starts' ? 'fix.clampStart' : 'fix.clampEnd',
        titleData: { bound: bound.value },
        preferred: true,
        edits: [setDate(c.file, date, bound.value)],
      },
    ],
  });
}

export const outsidePlanPeriod: Rule = {
  meta: {
    code: 'MP302',
    name: 'outside-plan-period',
    severity: 'warning',
    group: 'timing',
    summary: "A campaign runs (partly) outside the plan's period.",
    explanation:
      'The campaign is scheduled, at least in part, outside the period the plan covers. ' +
      "The plan's budget, targets and upstream decisions are agreed for that period only, so the days outside it spend money nobody approved and are measured against goals that no longer apply. " +
      "Move the campaign inside the plan period, or carry it into the next period's plan.",
    messages: {
      startsBeforePeriod: 'campaign {campaign} starts on {date:date}, before the plan period starts on {bound:date}',
      endsBeforePeriod: 'campaign {campaign} ends on {date:date}, before the plan period starts on {bound:date}',
      startsAfterPeriod: 'campaign {campaign} starts on {date:date}, after the plan period ends on {bound:date}',
      endsAfterPeriod: 'campaign {campaign} ends on {date:date}, after the plan period ends on {bound:date}',
      'related.periodStarts': 'the plan period starts on {bound:date}',
      'related.periodEnds': 'the plan period ends on {bound:date}',
      'fix.clampStart': 'Clamp the start to the plan period: {bound:date}',
      'fix.clampEnd': 'Clamp the end to the plan period: {bound:date}',
    },
  },
  checkCampaigns(ctx) {
    const plan = ctx.index.plan;
    if (!plan) return;
    const { start, end } = plan.period;
    if (!start && !end) return;
    // An inverted period or schedule is MP301's: there is no interval to compare.
    if (start && end && isBefore(end.value, start.value)) return;
    for (const c of ctx.index.campaigns) {
      const s = c.schedule;
      if (!s) continue;
      if (s.start && s.end && isBefore(s.end.value, s.start.value)) continue;
      if (s.start) checkDate(ctx, plan, c, 'starts', s.start);
      if (s.end) checkDate(ctx, plan, c, 'ends', s.end);
    }
  },
};
