import { isAfter } from '../../model/dates';
import type { SignOff } from '../../model/types';
import type { Rule } from '../rule';
import { entity, phrase } from '../../messages/message';

const SIGN_OFFS = [
  ['salesReview', 'sales review'],
  ['pretest', 'pretest'],
  ['compliance', 'compliance sign-off'],
] as const;

export const signoffAfterLaunch: Rule = {
  meta: {
    code: 'MP305',
    name: 'signoff-after-launch',
    severity: 'warning',
    group: 'timing',
    summary: 'A sales review, pretest or compliance sign-off is dated after the campaign starts.',
    explanation:
      'A sign-off that happens after the campaign has started cannot change it: the sales team learns of the campaign once customers already call, the pretest measures ads that are already paid for, and legal approves what has already been published. ' +
      'Whatever they find then costs a stop, a reprint or a legal risk instead of an edit. ' +
      'Schedule the sign-off before the start date, or move the start after it.',
    messages: {
      afterStart: 'the {signOff} of campaign {campaign} is dated {on:date}, after the campaign starts on {start:date}',
      salesReview: 'sales review',
      pretest: 'pretest',
      compliance: 'compliance sign-off',
      'related.starts': 'campaign {campaign} starts on {start:date}',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const start = c.schedule?.start;
      if (!start) continue;
      for (const [key] of SIGN_OFFS) {
        const signOff: SignOff | undefined = c[key];
        // A placeholder sign-off counts as missing: its date means nothing yet.
        if (signOff?.placeholder) continue;
        const on = signOff?.on;
        if (!on || !isAfter(on.value, start.value)) continue;
        ctx.report({
          file: c.file,
          node: on.node,
          messageId: 'afterStart',
          data: { signOff: phrase(key), campaign: entity(c), on: on.value, start: start.value },
          related: [{ file: c.file, node: start.node, messageId: 'related.starts', data: { campaign: c.id, start: start.value } }],
        });
      }
    }
  },
};
