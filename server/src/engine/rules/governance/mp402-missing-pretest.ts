import { formatMoney } from '../../model/values';
import type { Rule } from '../rule';
import { insertSignOff, stillPlaceholder } from './sign-off-skeleton';

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
    fixes: ['insert a `pretest` skeleton (`method`, `on`)'],
    place: 'the budget value; a placeholder `pretest` (`method: TODO`): its `TODO`',
  },
  check(ctx) {
    const threshold = ctx.thresholds.pretestBudgetCents;
    for (const c of ctx.index.campaigns) {
      const budget = c.budget;
      const placeholder = c.pretest?.placeholder;
      if (!budget || (c.pretest && !placeholder) || budget.value.cents < threshold) continue;
      if (placeholder) {
        ctx.report({ file: c.file, node: placeholder, message: `${stillPlaceholder(c, 'pretest', 'pretest')}; its budget of ${budget.value.text} is at or above the pretest threshold` });
        continue;
      }
      ctx.report({
        file: c.file,
        node: budget.node,
        message: `campaign \`${c.id}\` has a budget of ${budget.value.text}, at or above the pretest threshold of ${formatMoney(threshold, threshold % 100 !== 0)}, and no pretest`,
        fixes: [
          {
            title: 'Insert a `pretest` skeleton',
            preferred: true,
            edits: [insertSignOff(c, 'pretest', 'method', ctx.placeholderDate)],
          },
        ],
      });
    }
  },
};
