import { formatMoney } from '../../model/values';
import type { Rule } from '../rule';
import { insertSignOff } from '../../fix/sign-off-edits';
import { entity } from '../../messages/message';

export const missingPretest: Rule = {
  meta: {
    code: 'MP402',
    name: 'missing-pretest',
    severity: 'warning',
    group: 'governance',
    summary: 'A campaign with a budget at or above `pretestBudget` has no `pretest`.',
    explanation:
      'A large budget is about to be spent on ads and messages that nobody has tested. ' +
      'If the message does not land with the segment, the whole budget buys indifference, and a clumsy claim can undermine the brand at scale. ' +
      'Pretest the ads or message with a sample of the audience before launch and record the method and date in `pretest`.',
    messages: {
      missing: 'campaign {campaign} has a budget of {budget:money}, at or above the pretest threshold of {threshold:money}, and no pretest',
      placeholder:
        'the pretest of campaign {campaign} is still a placeholder (TODO in {key}): fill it in once it is done; its budget of {budget:money} is at or above the pretest threshold',
      'fix.skeleton': 'Insert a pretest skeleton',
    },
  },
  checkCampaigns(ctx) {
    const threshold = ctx.thresholds.pretestBudgetCents;
    for (const c of ctx.index.campaigns) {
      const budget = c.budget;
      const placeholder = c.pretest?.placeholder;
      if (!budget || (c.pretest && !placeholder) || budget.value.cents < threshold) continue;
      if (placeholder) {
        ctx.report({
          file: c.file,
          node: placeholder,
          messageId: 'placeholder',
          data: { campaign: entity(c), key: 'pretest', budget: budget.value.text },
        });
        continue;
      }
      ctx.report({
        file: c.file,
        node: budget.node,
        messageId: 'missing',
        data: { campaign: entity(c), budget: budget.value.text, threshold: formatMoney(threshold, threshold % 100 !== 0) },
        fixes: [
          {
            titleId: 'fix.skeleton',
            preferred: true,
            edits: [insertSignOff(c, 'pretest', 'method', ctx.placeholderDate)],
          },
        ],
      });
    }
  },
};
