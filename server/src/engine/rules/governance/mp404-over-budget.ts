import { formatMoney } from '../../model/values';
import type { RelatedSpec, Rule } from '../rule';

export const overBudget: Rule = {
  meta: {
    code: 'MP404',
    name: 'over-budget',
    severity: 'error',
    group: 'governance',
    summary: 'The campaign budgets of the scope sum above `plan.budget`.',
    explanation:
      'The campaigns together plan to spend more than the budget the plan was given. ' +
      'Something will be cut late, after media is booked and agencies are briefed, and the cut rarely falls on the least effective campaign. ' +
      'Lower the campaign budgets until they fit, drop a campaign, or get the plan budget raised.',
    messages: {
      overBudget: 'campaign budgets sum to {sum:money}, above the plan budget of {budget:money} ({count} campaigns)',
      overBudgetOne: 'campaign budgets sum to {sum:money}, above the plan budget of {budget:money} ({count} campaign)',
      'related.budgets': 'campaign {campaign} budgets {budget:money}',
    },
  },
  check(ctx) {
    const plan = ctx.index.plan;
    const budget = plan?.budget;
    if (!plan || !budget) return;
    const budgeted = ctx.index.campaigns.filter((c) => c.budget);
    let sum = 0;
    const related: RelatedSpec[] = [];
    let decimals = budget.value.text.includes('.');
    for (const c of budgeted) {
      if (!c.budget) continue;
      sum += c.budget.value.cents;
      decimals ||= c.budget.value.text.includes('.');
      related.push({
        file: c.file,
        node: c.budget.node,
        messageId: 'related.budgets',
        data: { campaign: c.id, budget: c.budget.value.text },
      });
    }
    if (sum <= budget.value.cents) return;
    ctx.report({
      file: plan.file,
      node: budget.node,
      messageId: budgeted.length === 1 ? 'overBudgetOne' : 'overBudget',
      data: { sum: formatMoney(sum, decimals), budget: budget.value.text, count: budgeted.length },
      related,
    });
  },
};
