import { isBefore } from '../../model/dates';
import type { Field } from '../../model/types';
import type { ParsedFile } from '../../parse/parse-file';
import { setDate } from '../../fix/edits';
import type { FixSpec, Rule, RuleContext } from '../rule';
import { entity, phrase, type MessageArg } from '../../messages/message';

function swapFix(file: ParsedFile, start: Field<string>, end: Field<string>): FixSpec {
  return {
    titleId: 'fix.swap',
    titleData: { start: end.value, end: start.value },
    preferred: true,
    edits: [setDate(file, start, end.value), setDate(file, end, start.value)],
  };
}

function checkRange(
  ctx: RuleContext,
  file: ParsedFile,
  whatOf: () => MessageArg,
  start: Field<string> | undefined,
  end: Field<string> | undefined,
): void {
  if (!start || !end || !isBefore(end.value, start.value)) return;
  // Named only when inverted: every campaign of the scope passes here on every analysis.
  const what = whatOf();
  ctx.report({
    file,
    node: end.node,
    messageId: 'inverted',
    data: { what, end: end.value, start: start.value },
    related: [{ file, node: start.node, messageId: 'related.starts', data: { what, start: start.value } }],
    fixes: [swapFix(file, start, end)],
  });
}

export const scheduleInverted: Rule = {
  meta: {
    code: 'MP301',
    name: 'schedule-inverted',
    severity: 'error',
    group: 'timing',
    summary: 'A campaign schedule or the plan period ends before it starts.',
    explanation:
      'The end date is earlier than the start date, so the dates describe no time at all: media cannot be booked, and every other timing check (plan period, research, product availability, sign-offs) measures against a date that is probably a typo. ' +
      'Usually the two dates were entered the wrong way round or the year is wrong. ' +
      'Swap the dates, or correct the one that is mistyped.',
    messages: {
      inverted: '{what} ends on {end:date}, before it starts on {start:date}',
      planPeriodOf: 'the plan period of {plan}',
      planPeriod: 'the plan period',
      campaign: 'campaign {campaign}',
      'fix.swap': 'Swap the dates: start {start:date}, end {end:date}',
      'related.starts': '{what} starts on {start:date}',
    },
  },
  check(ctx) {
    for (const p of ctx.index.plans)
      checkRange(
        ctx,
        p.file,
        () => (p.id ? phrase('planPeriodOf', { plan: entity(p) }) : phrase('planPeriod')),
        p.period.start,
        p.period.end,
      );
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      if (c.schedule) checkRange(ctx, c.file, () => phrase('campaign', { campaign: entity(c) }), c.schedule.start, c.schedule.end);
    }
  },
};
