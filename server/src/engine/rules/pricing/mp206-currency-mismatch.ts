import { replaceWritten } from '../../fix/edits';
import type { Rule } from '../rule';
import { currencyMismatch, pricedCampaign } from './priced-offer';
import { entity } from '../../messages/message';

export const currencyMismatchRule: Rule = {
  meta: {
    code: 'MP206',
    name: 'currency-mismatch',
    severity: 'error',
    group: 'pricing',
    summary: "An offer's currency differs from the plan's currency.",
    explanation:
      'The offer is priced in another currency than the one the whole plan, its prices and budgets are set in. ' +
      'Its price cannot be checked against the floor, the maximum discount or what segments will pay, and customers may be charged an amount nobody approved. ' +
      "Write the offer in the plan's currency, or plan that market in a scope of its own with its own currency.",
    messages: {
      otherCurrency: "the offer of campaign {campaign} is in {currency}, but the plan's currency is {planCurrency}",
      'fix.currency': "Set the currency to {currency}, the plan's currency",
      'related.currency': "the plan's currency: {currency}",
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      // A product with no pricing (or no valid list price) skips every price rule, this one too.
      if (!pricedCampaign(ctx, c)) continue;
      const m = currencyMismatch(ctx, c);
      if (!m) continue;
      const node = m.offerCurrency.node;
      const target = m.planCurrency.value;
      ctx.report({
        file: c.file,
        node,
        messageId: 'otherCurrency',
        data: { campaign: entity(c), currency: m.offerCurrency.value, planCurrency: target },
        related: [{ file: m.plan.file, node: m.planCurrency.node, messageId: 'related.currency', data: { currency: target } }],
        fixes: [
          {
            titleId: 'fix.currency',
            titleData: { currency: target },
            preferred: true,
            edits: [replaceWritten(c.file, node, target)],
          },
        ],
      });
    }
  },
};
